// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QList>

#include <optional>

namespace zelfscan {

/**
 * What a result shows per part, decided once for the app, the reports and the CLI: which parts
 * are listed, which are drawn, on what scale, and which is weakest.
 */

/** The parts a result lists one by one: visible ones, never an intake (it has no score). */
QList<const SectionResult*> listedSections(
    const Questionnaire& questionnaire, const AssessmentResult& result);

/** One spoke of the per-part chart. */
struct ChartPoint
{
    QString sectionId;
    double value = 0; ///< percentage for a scan, maturity level for an OT check
    std::optional<double> target; ///< OT check: the level this business should reach
};

/**
 * The listed parts that have a figure. A part without a score is left out: drawn at 0 it would
 * show a score nobody gave.
 */
QList<ChartPoint> chartPoints(const Questionnaire& questionnaire, const AssessmentResult& result);

/** The outer ring of the chart: 100 for percentages, the top of the answer scale for maturity. */
double chartMaximum(const Questionnaire& questionnaire);

/**
 * The part to name first: the one with the worst light (red, then orange, then green), and
 * among those the lowest score, or for an OT check the area furthest below its target. Null
 * when no part has a score.
 */
const SectionResult* weakestSection(const Questionnaire& questionnaire, const AssessmentResult& result);

} // namespace zelfscan
