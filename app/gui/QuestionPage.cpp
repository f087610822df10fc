// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/QuestionPage.h"

#include "app/gui/PageLayout.h"
#include "app/gui/QuestionWidget.h"
#include "app/gui/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace zelfscan;

QuestionPage::QuestionPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageLayout::apply(layout);

    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);

    m_title = PageLayout::makeTitle(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_description);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // texts wrap instead
    // Tab goes from answer to answer and scrolls along; a Tab stop on the area itself shows nothing.
    m_scroll->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_scroll, 1);

    const PageLayout::NavigationButtons navigation = PageLayout::addNavigation(this, layout);
    m_back = navigation.back;
    m_next = navigation.next;

    connect(m_back, &QPushButton::clicked, this, &QuestionPage::backRequested);
    connect(m_next, &QPushButton::clicked, this, &QuestionPage::nextRequested);
    connect(&m_session, &Session::answersChanged, this, [this] {
        updateVisibility();
        updateProgress();
    });
    retranslate();
}

void QuestionPage::setLanguage(const Language& language)
{
    m_language = language;
    for (QuestionWidget* widget : m_widgets)
        widget->setLanguage(language);
    retranslate();
}

void QuestionPage::showSection(int index)
{
    m_index = index;
    rebuild();
}

void QuestionPage::rebuild()
{
    const QList<const Section*> sections = m_session.visibleSections();
    m_widgets.clear();
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setSpacing(12);
    if (m_index < 0 || m_index >= sections.size()) {
        m_sectionId.clear();
        m_scroll->setWidget(m_content);
        return;
    }
    const Section& section = *sections.at(m_index);
    m_sectionId = section.id;
    for (const Question& question : section.questions) {
        auto* widget = new QuestionWidget(question, m_language, m_content);
        const auto answer = m_session.answers().answers.constFind(question.id);
        widget->setAnswer(
            answer == m_session.answers().answers.constEnd() ? std::nullopt : std::optional<Answer>(*answer));
        connect(widget, &QuestionWidget::answerChanged, this,
            [this](const QString& id, const std::optional<Answer>& value) {
                if (value)
                    m_session.setAnswer(id, *value);
                else
                    m_session.clearAnswer(id);
            });
        m_contentLayout->addWidget(widget);
        m_widgets.append(widget);
    }
    m_contentLayout->addStretch();
    m_scroll->setWidget(m_content); // deletes the previous page's widgets
    updateVisibility();
    updateProgress();
    retranslate();
    // Focus after layout, so the chosen question can be scrolled to; a question chosen before then
    // (focusQuestion right after showSection) wins over the page's first one.
    m_focusTarget.clear();
    m_focusPending = true;
    QTimer::singleShot(0, this, &QuestionPage::applyFocus);
}

void QuestionPage::updateVisibility()
{
    for (QuestionWidget* widget : std::as_const(m_widgets))
        widget->setVisible(m_session.isQuestionVisible(widget->question()));
}

void QuestionPage::updateProgress()
{
    const int sections = int(m_session.visibleSections().size());
    const int total = m_session.visibleQuestionCount();
    const int answered = m_session.answeredVisibleQuestionCount();
    m_progressText->setText(tr("Part %1 of %2 · %3 of %4 questions answered")
                                .arg(m_index + 1)
                                .arg(sections)
                                .arg(answered)
                                .arg(total));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(answered);
    m_progress->setAccessibleName(m_progressText->text());
    m_next->setText(m_index + 1 >= sections ? tr("To the &result") : tr("&Next"));
}

void QuestionPage::focusQuestion(const QString& questionId)
{
    m_focusTarget = questionId;
    if (!m_focusPending)
        applyFocus();
}

void QuestionPage::applyFocus()
{
    m_focusPending = false;
    QuestionWidget* target = nullptr;
    for (QuestionWidget* widget : std::as_const(m_widgets)) {
        if (widget->isHidden() || !widget->focusInput())
            continue;
        if (!target)
            target = widget; // the first visible question, unless another was chosen
        if (widget->question().id == m_focusTarget) {
            target = widget;
            break;
        }
    }
    if (!target)
        return;
    if (!m_focusTarget.isEmpty())
        m_scroll->ensureWidgetVisible(target);
    target->focusInput()->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::retranslate()
{
    m_scroll->setAccessibleName(tr("Questions"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Previous part (Alt+Left)"));
    m_next->setToolTip(tr("Next part (Alt+Right)"));
    const Questionnaire* questionnaire = m_session.questionnaire();
    const Section* section = questionnaire ? questionnaire->section(m_sectionId) : nullptr;
    m_title->setText(section ? section->title.text(m_language) : QString());
    m_description->setText(section ? section->description.text(m_language) : QString());
    m_description->setVisible(section && !section->description.isEmpty());
    updateProgress();
}
