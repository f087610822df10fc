// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

namespace zelfscan::models {

/**
 * Maturity against a target set by an intake (the OT check): the intake points give a level,
 * the level a target per area, and each area's weighted mean answer is judged against it.
 */

/** The last level whose min_points the intake points reach; null when there is none. */
const TargetLevel* levelForPoints(const TargetModel& model, double points);

/** The level after the model's overrides (bands are the levels, lowest first). */
const TargetLevel* overrideLevel(const TargetModel& model, const TargetLevel* level,
    const Expression::Resolver& resolve, QList<AppliedOverride>* applied);

/**
 * The area's maturity (the weighted mean of its answers on the scale) and its light: green at
 * or above the target, orange up to one level below, red further below; a TOP gap or a critical
 * item below its own target (SectionResult::criticalGap) makes green orange. Without a target
 * only the maturity is set.
 */
void judgeArea(SectionResult& area, double maturitySum, double maturityWeight);

} // namespace zelfscan::models
