// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QJsonObject>

namespace zelfscan {

/** The result as JSON in @p language (the `score --format json` schema, documented in README.md). */
QJsonObject resultToJson(
    const AssessmentResult& result, const Questionnaire& questionnaire, const Language& language);

/** A plain-text report for a terminal, in @p language. */
QString resultToText(
    const AssessmentResult& result, const Questionnaire& questionnaire, const Language& language);

/** Words for the traffic light, so it is never shown by colour alone. */
QString lightLabel(Light light, const Language& language);
QString measureStatusLabel(MeasureStatus status, const Language& language);
QString effortLabel(Effort effort, const Language& language);
QString impactLabel(Impact impact, const Language& language);
/**
 * An answer as the user chose it: the option's label, the chosen options' labels, or the number
 * with its unit, in @p language. Shown beside the question a step comes from, so the step can
 * be traced to the answer.
 */
QString answerLabel(const Question& question, const Answer& answer, const Language& language);

} // namespace zelfscan
