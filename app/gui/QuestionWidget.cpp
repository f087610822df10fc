// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/QuestionWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace zelfscan;

QuestionWidget::QuestionWidget(const Question& question, const Language& language, QWidget* parent)
    : QFrame(parent)
    , m_question(question)
    , m_language(language)
{
    setObjectName(QStringLiteral("question_") + question.id);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    header->addWidget(m_text, 1);
    if (question.top) {
        // Said in a word and a symbol, not by colour alone.
        m_topBadge = new QLabel(this);
        m_topBadge->setObjectName(QStringLiteral("topBadge"));
        m_topBadge->setTextFormat(Qt::RichText);
        // Its words are read with the question (accessibleDescription); no Tab stop of its own.
        m_topBadge->setFocusPolicy(Qt::NoFocus);
        m_topBadge->setTextInteractionFlags(Qt::NoTextInteraction);
        header->insertWidget(0, m_topBadge, 0, Qt::AlignTop);
    }
    if (!question.help.isEmpty()) {
        m_helpButton = new QToolButton(this);
        m_helpButton->setObjectName(QStringLiteral("helpButton"));
        m_helpButton->setText(QStringLiteral("?"));
        m_helpButton->setCheckable(true);
        m_helpButton->setAutoRaise(true);
        // A Tab stop per question would double the presses to get through a page; the keyboard
        // has Shift+F1 on the question instead (the standard "What's this?" key; F1 is the page's help).
        m_helpButton->setFocusPolicy(Qt::ClickFocus);
        header->addWidget(m_helpButton, 0, Qt::AlignTop);
        auto* helpKey = new QShortcut(QKeySequence::WhatsThis, this);
        helpKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(helpKey, &QShortcut::activated, m_helpButton, &QToolButton::toggle);
    }
    layout->addLayout(header);

    if (!question.instruction.isEmpty()) {
        m_instruction = new QLabel(this);
        m_instruction->setObjectName(QStringLiteral("instructionText"));
        m_instruction->setWordWrap(true);
        m_instruction->setTextFormat(Qt::PlainText);
        layout->addWidget(m_instruction);
    }

    if (!question.help.isEmpty()) {
        m_help = new QLabel(this);
        m_help->setObjectName(QStringLiteral("helpText"));
        m_help->setWordWrap(true);
        m_help->setTextFormat(Qt::PlainText);
        m_help->setForegroundRole(QPalette::PlaceholderText);
        m_help->setVisible(false);
        layout->addWidget(m_help);
        connect(m_helpButton, &QToolButton::toggled, m_help, &QLabel::setVisible);
    }

    if (question.type == QuestionType::Number) {
        auto* row = new QHBoxLayout;
        m_spin = new QSpinBox(this);
        m_spin->setObjectName(QStringLiteral("numberInput"));
        // One below the minimum means "not answered", shown as a word instead of a number.
        const int minimum = int(std::max(question.minimum, double(std::numeric_limits<int>::min() + 1)));
        const int maximum = int(std::min(question.maximum, double(std::numeric_limits<int>::max())));
        m_spin->setRange(minimum - 1, maximum);
        m_spin->setValue(minimum - 1);
        m_spin->setMinimumWidth(120);
        row->addWidget(m_spin);
        m_unit = new QLabel(this);
        row->addWidget(m_unit);
        row->addStretch();
        layout->addLayout(row);
        connect(m_spin, &QSpinBox::valueChanged, this, &QuestionWidget::emitAnswer);
    } else {
        const bool multiple = question.type == QuestionType::Multiple;
        m_group = new QButtonGroup(this);
        m_group->setExclusive(false); // exclusivity is handled here, so an answer can also be cleared
        for (int i = 0; i < question.options.size(); ++i) {
            QAbstractButton* button
                = multiple ? static_cast<QAbstractButton*>(new QCheckBox(this)) : new QRadioButton(this);
            button->setObjectName(QStringLiteral("option_") + question.options.at(i).id);
            m_group->addButton(button, i);
            button->installEventFilter(this);
            m_buttons.append(button);
            layout->addWidget(button);
        }
        connect(m_group, &QButtonGroup::buttonToggled, this, &QuestionWidget::optionToggled);
    }
    retranslate();
}

QWidget* QuestionWidget::focusInput() const
{
    if (m_spin)
        return m_spin;
    // As in Qt's own radio groups: the keyboard starts on the answer given (perhaps filled in from
    // the intake), so Space or an arrow key acts on it instead of on the first option.
    if (m_question.type != QuestionType::Multiple) {
        for (QAbstractButton* button : m_buttons) {
            if (button->isChecked())
                return button;
        }
    }
    return m_buttons.isEmpty() ? nullptr : m_buttons.first();
}

void QuestionWidget::setLanguage(const Language& language)
{
    m_language = language;
    retranslate();
}

void QuestionWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void QuestionWidget::retranslate()
{
    const QString text = m_question.text.text(m_language);
    m_text->setText(text);
    setAccessibleName(text);
    const QString instruction = m_question.instruction.text(m_language);
    if (m_instruction)
        m_instruction->setText(instruction);
    // An option is read with its question, and with how to choose when the question says so.
    const QString optionContext = instruction.isEmpty() ? text : text + QLatin1Char('\n') + instruction;
    if (m_topBadge) {
        const QString why
            = tr("Critical (TOP) question: a weak answer here limits the score of the whole part.");
        // U+26A0 (warning sign) in the text itself, so it scales with the font and needs no colour.
        m_topBadge->setText(QStringLiteral("<b>\u26A0 %1</b>").arg(tr("TOP").toHtmlEscaped()));
        m_topBadge->setToolTip(why);
        m_topBadge->setAccessibleName(tr("Critical question"));
        setAccessibleDescription(why);
    }
    if (m_help) {
        m_help->setText(m_question.help.text(m_language));
        m_helpButton->setToolTip(tr("Show or hide an explanation (Shift+F1 on the question)"));
        m_helpButton->setAccessibleName(tr("Explanation for: %1").arg(text));
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        const AnswerOption& option = m_question.options.at(i);
        m_buttons.at(i)->setText(option.label.text(m_language));
        m_buttons.at(i)->setToolTip(option.help.text(m_language));
        m_buttons.at(i)->setAccessibleDescription(optionContext);
    }
    if (m_spin) {
        m_spin->setSpecialValueText(tr("Not answered"));
        m_spin->setAccessibleName(text);
        m_unit->setText(m_question.unit.text(m_language));
    }
}

bool QuestionWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys move between the options, as in any radio group; for one answer they also choose
    // it. The group is not exclusive (so an answer can be cleared), and Qt then moves nothing.
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const int step = key == Qt::Key_Down || key == Qt::Key_Right ? 1
        : key == Qt::Key_Up || key == Qt::Key_Left               ? -1
                                                                 : 0;
    const int index = int(m_buttons.indexOf(static_cast<QAbstractButton*>(watched)));
    if (step == 0 || index < 0)
        return QFrame::eventFilter(watched, event);
    const int target = index + step;
    if (target < 0 || target >= m_buttons.size())
        return true;
    QAbstractButton* next = m_buttons.at(target);
    next->setFocus(Qt::TabFocusReason);
    if (m_question.type != QuestionType::Multiple)
        next->setChecked(true);
    return true;
}

void QuestionWidget::optionToggled(QAbstractButton* button, bool checked)
{
    if (m_updating)
        return;
    const int index = m_group->id(button);
    const bool multiple = m_question.type == QuestionType::Multiple;
    if (checked) {
        m_updating = true;
        const bool exclusive = multiple && m_question.options.at(index).exclusive;
        for (int i = 0; i < m_buttons.size(); ++i) {
            if (i == index)
                continue;
            // Radio buttons: one answer. Check boxes: "none of these" excludes the rest and vice versa.
            if (!multiple || exclusive || m_question.options.at(i).exclusive)
                m_buttons.at(i)->setChecked(false);
        }
        m_updating = false;
    }
    emitAnswer();
}

std::optional<Answer> QuestionWidget::answer() const
{
    if (m_spin) {
        if (m_spin->value() == m_spin->minimum())
            return std::nullopt;
        return Answer::ofNumber(m_spin->value());
    }
    QStringList chosen;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            chosen.append(m_question.options.at(i).id);
    }
    if (m_question.type == QuestionType::Multiple)
        return chosen.isEmpty() ? std::nullopt : std::optional<Answer>(Answer::ofOptions(chosen));
    return chosen.isEmpty() ? std::nullopt : std::optional<Answer>(Answer::ofOption(chosen.first()));
}

void QuestionWidget::emitAnswer()
{
    if (!m_updating)
        Q_EMIT answerChanged(m_question.id, answer());
}

void QuestionWidget::setAnswer(const std::optional<Answer>& answer)
{
    m_updating = true;
    if (m_spin) {
        m_spin->setValue(answer && answer->kind == Answer::Kind::Number ? int(std::lround(answer->number))
                                                                        : m_spin->minimum());
    } else {
        for (int i = 0; i < m_buttons.size(); ++i) {
            const QString& id = m_question.options.at(i).id;
            const bool checked = answer
                && (answer->kind == Answer::Kind::Options ? answer->options.contains(id)
                                                          : answer->option == id);
            m_buttons.at(i)->setChecked(checked);
        }
    }
    m_updating = false;
}
