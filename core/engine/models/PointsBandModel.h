// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Engine.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

namespace zelfscan::engine {
class StepCollector;
}

namespace zelfscan::models {

/**
 * A points total with bands. Of exposure (the risk class): the intake answers' points, drivers
 * the answers that added the most. Of the answers' own points (a status): the weighted points of
 * the questions in the model's sections, drivers the unmet items that lost the most; not
 * applicable answers count in neither points nor range. Then the overrides, then the measures
 * of the band.
 */

/** The points a model counts, and the answers behind them. */
struct PointsTally
{
    double points = 0;
    double minimum = 0;
    double maximum = 0;
    bool topGap = false;
    QList<RiskDriver> answers; ///< exposure: every intake answer; status: every unmet item
};

/** A status model's tally from the scored sections it counts. */
PointsTally tallyOutcomes(const PointsModel& model, const QList<SectionResult>& sections);

/** The band the points give, then the overrides in file order, then the three main drivers. */
PointsResult classify(const PointsModel& model, PointsTally tally, const Expression::Resolver& resolve);

/** Judges the measures the band asks for; a missing or unknown one becomes a step. */
void judgeMeasures(PointsResult& result, engine::StepCollector& steps, const Questionnaire& questionnaire,
    const AnswerSet& answers, const AssessmentOptions& options, const Expression::Resolver& resolve);

} // namespace zelfscan::models
