// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/questionnaire/Questionnaire.h"

#include <QFrame>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QSpinBox;
class QToolButton;

/**
 * One question with its answer controls: radio buttons (statement, single), check boxes
 * (multiple) or a spin box (number), and its help text one click or Shift+F1 away.
 */
class QuestionWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionWidget)

public:
    QuestionWidget(
        const zelfscan::Question& question, const zelfscan::Language& language, QWidget* parent = nullptr);

    const zelfscan::Question& question() const { return m_question; }
    /** Shows @p answer without emitting answerChanged. */
    void setAnswer(const std::optional<zelfscan::Answer>& answer);
    std::optional<zelfscan::Answer> answer() const;
    void setLanguage(const zelfscan::Language& language);
    /** The control that takes the keyboard focus: the chosen option of a one-answer question, else the first.
     */
    QWidget* focusInput() const;

Q_SIGNALS:
    void answerChanged(const QString& questionId, const std::optional<zelfscan::Answer>& answer);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitAnswer();
    void optionToggled(QAbstractButton* button, bool checked);
    void retranslate();

    const zelfscan::Question& m_question;
    zelfscan::Language m_language;
    QLabel* m_text = nullptr;
    QLabel* m_topBadge = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_instruction = nullptr; ///< how to choose between the options; always shown
    QToolButton* m_helpButton = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QAbstractButton*> m_buttons; ///< one per option, in option order
    QSpinBox* m_spin = nullptr;
    QLabel* m_unit = nullptr;
    bool m_updating = false;
};
