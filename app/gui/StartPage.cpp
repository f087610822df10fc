// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StartPage.h"

#include "app/gui/AutosaveStore.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace zelfscan;

namespace {

// The tools in the order a business meets them: risk class first, then the scans.
int toolOrder(const Questionnaire& q)
{
    switch (q.kind) {
    case QuestionnaireKind::Scan:
        return 0;
    case QuestionnaireKind::RiskClass:
        return 1;
    case QuestionnaireKind::OtCheck:
        return 2;
    }
    return 3;
}

} // namespace

StartPage::StartPage(const QuestionnaireCatalog& catalog, const AutosaveStore& store, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_store(store)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);

    auto* top = new QHBoxLayout;
    m_welcome = new QLabel(this);
    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_welcome->setFont(big);
    top->addWidget(m_welcome, 1);
    m_languageLabel = new QLabel(this);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_languageBox->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_languageBox);
    top->addWidget(m_languageLabel);
    top->addWidget(m_languageBox);
    outer->addLayout(top);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);

    m_toolLayout = new QVBoxLayout;
    QList<const Questionnaire*> tools;
    for (const Questionnaire& q : m_catalog.questionnaires())
        tools.append(&q);
    std::stable_sort(tools.begin(), tools.end(),
        [](const Questionnaire* a, const Questionnaire* b) { return toolOrder(*a) < toolOrder(*b); });
    for (const Questionnaire* q : tools) {
        auto* button = new QCommandLinkButton(this);
        button->setObjectName(QStringLiteral("tool_") + q->id);
        button->setProperty("questionnaireId", q->id);
        connect(button, &QPushButton::clicked, this, [this, id = q->id] { Q_EMIT toolChosen(id); });
        m_toolLayout->addWidget(button);
        m_toolButtons.append(button);
    }
    outer->addLayout(m_toolLayout);

    m_recentLabel = new QLabel(this);
    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    outer->addWidget(m_recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(110);
    m_recentLabel->setBuddy(m_recent);
    outer->addWidget(m_recent);
    auto* recentButtons = new QHBoxLayout;
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_openFile = new QPushButton(this);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    recentButtons->addWidget(m_resume);
    recentButtons->addStretch();
    recentButtons->addWidget(m_openFile);
    outer->addLayout(recentButtons);

    m_disclaimer = new QLabel(this);
    m_disclaimer->setWordWrap(true);
    m_disclaimer->setForegroundRole(QPalette::PlaceholderText);
    outer->addStretch();
    outer->addWidget(m_disclaimer);

    connect(m_languageBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT languageChosen(m_languageBox->itemData(index).toString()); });
    auto resume = [this] {
        if (QListWidgetItem* item = m_recent->currentItem())
            Q_EMIT resumeChosen(item->data(Qt::UserRole).toString());
    };
    connect(m_resume, &QPushButton::clicked, this, resume);
    connect(m_recent, &QListWidget::itemActivated, this, resume);
    connect(
        m_recent, &QListWidget::currentRowChanged, this, [this](int row) { m_resume->setEnabled(row >= 0); });
    connect(m_openFile, &QPushButton::clicked, this, &StartPage::openFileRequested);
    retranslate();
    refresh();
}

void StartPage::setLanguage(const QString& language)
{
    m_language = language;
    m_languageBox->setCurrentIndex(m_languageBox->findData(language));
    retranslate();
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const AutosaveStore::Entry& entry : m_store.entries()) {
        const Questionnaire* q = m_catalog.find(entry.questionnaireId);
        if (!q)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 — last changed %2")
                .arg(q->title.text(m_language), QLocale().toString(entry.modified, QLocale::ShortFormat)),
            m_recent);
        item->setData(Qt::UserRole, q->id);
    }
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
    m_resume->setVisible(m_recent->count() > 0);
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_resume->setEnabled(m_recent->currentRow() >= 0);
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_welcome->setText(tr("Zelfscan"));
    m_intro->setText(tr(
        "How cyber resilient is your business? Choose a self-assessment. Everything stays on this computer: "
        "Zelfscan works fully offline."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setAccessibleName(tr("Language"));
    for (QPushButton* button : std::as_const(m_toolButtons)) {
        const Questionnaire* q = m_catalog.find(button->property("questionnaireId").toString());
        if (!q)
            continue;
        button->setText(q->title.text(m_language));
        const QString minutes = q->minutes > 0 ? tr("about %n minute(s)", nullptr, q->minutes) : QString();
        static_cast<QCommandLinkButton*>(button)->setDescription(
            q->summary.text(m_language) + (minutes.isEmpty() ? QString() : QStringLiteral(" · ") + minutes));
        button->setAccessibleName(q->title.text(m_language));
        button->setAccessibleDescription(q->summary.text(m_language));
    }
    m_recentLabel->setText(tr("&Continue where you left off"));
    m_recent->setAccessibleName(tr("Assessments in progress"));
    m_resume->setText(tr("&Resume"));
    m_openFile->setText(tr("&Open a saved assessment…"));
    m_disclaimer->setText(tr(
        "Zelfscan is independent. Its questionnaires are based on the tools of the Digital Trust Center and "
        "the CCV; it is not the official tool of either."));
}
