// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/NextSteps.h"
#include "core/plan/ActionPlan.h"

namespace zelfscan {

using advisories::AdvisoryStep;
using advisories::AdvisoryStore;
using advisories::StepStatus;

/**
 * The vulnerability alerts' part in the action plan: each step to do (one asset, one advisory)
 * becomes a plan entry under the id alertsPlanId(), with an owner and a due date kept in the plan
 * like any step. Its status is the decision kept in the advisory store (the alerts window shows
 * the same); "planned" is a plan status only, and still open for the store.
 */
QString alertsPlanId();

/** The step's id in the plan: asset and advisory, stable across revisions of the advisory. */
QString planStepId(const AdvisoryStep& step);

/** @p step as a plan entry, with its planning from @p book and its status from the store. */
PlanEntry planEntryOf(const AdvisoryStep& step, const PlanBook& book);

/** The store's decision for a plan status: planned is still open there. */
StepStatus::Value decisionFor(PlanStatus status);

/** Records the decision @p value (with @p reason when not relevant) for every vulnerability of @p step. */
bool recordDecision(AdvisoryStore& store, const AdvisoryStep& step, StepStatus::Value value,
    const QString& reason, QString* error);

} // namespace zelfscan
