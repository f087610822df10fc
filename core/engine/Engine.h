// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QSet>

namespace zelfscan {

/** Extra inputs to one assessment. */
struct AssessmentOptions
{
    /** Answers to another questionnaire (the Basisscan) used as measure evidence; may be null. */
    const AnswerSet* evidenceAnswers = nullptr;
    const Questionnaire* evidenceQuestionnaire = nullptr;
    /** "What if": steps taken as done; their gaps count as closed. */
    QSet<QString> doneSteps;
};

/** Whether a section or question is shown for these answers (conditions and level). */
bool isSectionVisible(const Questionnaire& questionnaire, const Section& section, const AnswerSet& answers);
bool isQuestionVisible(
    const Questionnaire& questionnaire, const Question& question, const AnswerSet& answers);

/** Scores, classifies and advises. Pure: the same inputs always give the same result. */
AssessmentResult assess(
    const Questionnaire& questionnaire, const AnswerSet& answers, const AssessmentOptions& options = {});

/**
 * The answers as they would be if every step in @p doneSteps were carried out: each question
 * that advised a done step gets its best answer. Used for "what if" scores.
 */
AnswerSet applyDoneSteps(
    const Questionnaire& questionnaire, const AnswerSet& answers, const QSet<QString>& doneSteps);

/**
 * The title of a step assess() can advise: a step of the questionnaire, a measure of its risk
 * model without a step of its own (id "measure-MEASURE"), or "find out" about one of its questions
 * (id "find-out-QUESTION": the question's find_out_title, else "Find out: " and its text). Empty
 * for an id it cannot advise, for instance one from another version of the questionnaire.
 */
LocalizedText stepTitle(const Questionnaire& questionnaire, const QString& stepId);

} // namespace zelfscan
