// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ReviewPage.h"

#include "app/gui/PageLayout.h"
#include "app/gui/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace zelfscan;

ReviewPage::ReviewPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageLayout::apply(layout);
    m_title = PageLayout::makeTitle(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("missingList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_result = new QPushButton(this);
    m_result->setObjectName(QStringLiteral("resultButton"));
    m_result->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_result);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    connect(m_result, &QPushButton::clicked, this, &ReviewPage::resultRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT questionChosen(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    retranslate();
}

bool ReviewPage::hasMissing() const
{
    return m_session.answeredVisibleQuestionCount() < m_session.visibleQuestionCount();
}

void ReviewPage::refresh()
{
    m_list->clear();
    for (const Section* section : m_session.visibleSections()) {
        for (const Question& question : section->questions) {
            if (!m_session.isQuestionVisible(question) || m_session.answers().answers.contains(question.id))
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(section->title.text(m_language),
                                                 question.text.text(m_language)),
                m_list);
            item->setData(Qt::UserRole, section->id);
            item->setData(Qt::UserRole + 1, question.id);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    retranslate();
}

void ReviewPage::setLanguage(const Language& language)
{
    m_language = language;
    refresh();
}

void ReviewPage::retranslate()
{
    m_title->setText(tr("Still unanswered"));
    m_intro->setText(tr("%n question(s) have no answer yet. Unanswered questions do not count in your score. "
                        "Press Enter on a question to answer it, or look at the result now.",
        nullptr, int(m_list->count())));
    m_list->setAccessibleName(tr("Unanswered questions"));
    m_back->setText(tr("&Back"));
    m_result->setText(tr("Show the &result"));
}
