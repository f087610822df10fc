// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/IntakePage.h"

#include "app/gui/PageLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace zelfscan;

IntakePage::IntakePage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    PageLayout::apply(layout);
    m_title = PageLayout::makeTitle(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sectorBox"));
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("sizeBox"));
    m_sectorLabel = new QLabel(this);
    m_sizeLabel = new QLabel(this);
    m_sectorLabel->setBuddy(m_sector);
    m_sizeLabel->setBuddy(m_size);
    m_sectorHelp = new QLabel(this);
    m_sectorHelp->setObjectName(QStringLiteral("sectorHelp"));
    m_sectorHelp->setWordWrap(true);
    // The hint shares the sector's field with its box: as a form row of its own, QFormLayout gave
    // the wrapped text about three lines more than it needed.
    auto* sectorField = new QVBoxLayout;
    sectorField->addWidget(m_sector);
    sectorField->addWidget(m_sectorHelp);
    form->addRow(m_sectorLabel, sectorField);
    form->addRow(m_sizeLabel, m_size);
    layout->addLayout(form);
    layout->addStretch();
    // Showing the page focuses it (MainWindow::showIntake); the keyboard starts at the first box.
    setFocusProxy(m_sector);

    const PageLayout::NavigationButtons navigation = PageLayout::addNavigation(this, layout);
    m_back = navigation.back;
    m_next = navigation.next;

    connect(m_back, &QPushButton::clicked, this, &IntakePage::backRequested);
    connect(m_next, &QPushButton::clicked, this, &IntakePage::nextRequested);
    connect(m_size, &QComboBox::currentIndexChanged, this, &IntakePage::updateNext);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &IntakePage::updateNext);
    retranslate();
}

void IntakePage::setProfile(const Profile& profile)
{
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(profile.sector)));
    m_size->setCurrentIndex(std::max(0, m_size->findData(profile.size)));
    updateNext();
}

Profile IntakePage::profile() const
{
    return { m_sector->currentData().toString(), m_size->currentData().toString() };
}

void IntakePage::setLanguage(const Language& language)
{
    m_language = language;
    retranslate();
}

void IntakePage::setToolTitle(const QString& title)
{
    m_toolTitle = title;
    retranslate();
}

void IntakePage::updateNext()
{
    // Size decides which questions apply (a zzp'er has no staff), so it is required.
    m_next->setEnabled(!m_size->currentData().toString().isEmpty());
}

void IntakePage::retranslate()
{
    const Profile current = profile();
    m_title->setText(
        m_toolTitle.isEmpty() ? tr("About your business") : tr("%1: about your business").arg(m_toolTitle));
    m_intro->setText(
        tr("Two questions first. They decide which questions apply to you and let you compare with similar "
           "businesses. Zelfscan remembers them for the other tools."));
    m_sectorLabel->setText(tr("&Sector:"));
    // The nine sectors are the DTC's own grouping (kept so results stay comparable); where common
    // businesses belong is not obvious from their names.
    m_sectorHelp->setText(tr("Accountancy, bookkeeping, payroll and consultancy firms choose \"Trade and "
                             "services\"; a dental or physiotherapy practice chooses \"Health care and "
                             "welfare\"."));
    m_sector->setAccessibleDescription(m_sectorHelp->text());
    m_sizeLabel->setText(tr("Number of &people working in the business:"));
    m_sector->setAccessibleName(tr("Sector"));
    m_size->setAccessibleName(tr("Number of people"));
    m_back->setText(tr("&Back"));
    m_next->setText(tr("&Next"));

    const QSignalBlocker sectorBlock(m_sector);
    const QSignalBlocker sizeBlock(m_size);
    m_sector->clear();
    m_sector->addItem(tr("Choose your sector (optional)"), QString());
    for (const QString& id : Profile::sectorIds())
        m_sector->addItem(Profile::sectorLabel(id).text(m_language), id);
    m_size->clear();
    m_size->addItem(tr("Choose…"), QString());
    for (const QString& id : Profile::sizeIds())
        m_size->addItem(Profile::sizeLabel(id).text(m_language), id);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(current.sector)));
    m_size->setCurrentIndex(std::max(0, m_size->findData(current.size)));
    updateNext();
}
