// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"
#include "core/text/Language.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace zelfscan {

/** How far a business already is, read from its result. */
enum class Maturity {
    Starting, ///< overall score under 50: low nearly everywhere
    Growing, ///< in between, or no overall score (the risk class has none)
    Mature ///< overall score 75 or more and no part red
};

Maturity maturityOf(const AssessmentResult& result);

/** The steps in the order to show them, and why the first three are these. */
struct FirstSteps
{
    QList<NextStep> steps; ///< all steps of the result, the first three chosen for the business
    QString why; ///< one sentence; empty when there are no steps
};

/**
 * Weighs effort against effect for the first three steps (the NHL Stenden finding in the DTC's
 * 2022 letter: whether a scan leads to action depends on how mature the business is):
 * - Starting: quick steps with a big effect first (impact minus effort, then impact);
 * - Mature: the steps with the most effect first, also when they take more work (impact, then
 *   the deeper step: effort high before low);
 * - Growing: the engine's order (the steps that lose the most points).
 * TOP gaps and measures the risk class requires keep the places the engine gave them: when they
 * are among its first three they stay there, and only the other places are filled this way.
 * Every step after the third keeps the engine's order.
 */
FirstSteps firstStepsFor(const AssessmentResult& result, const Language& language);

/**
 * The step to start with: the first of firstStepsFor()'s order that is not in @p done (the steps
 * the user ticked). None when every step is ticked or there are none.
 */
std::optional<NextStep> firstOpenStep(const AssessmentResult& result, const QSet<QString>& done);

} // namespace zelfscan
