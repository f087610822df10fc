// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/StepPlan.h"

namespace zelfscan {

/**
 * The rules of changing one step's planning, wherever the change comes from (the plan table, a
 * tick in a tool's step list). Each returns @p planning unchanged, `changed` included, when the
 * edit changes nothing; otherwise the edited planning with `changed` set to @p now.
 */
namespace planedit {

/** A status other than "not relevant" drops the reason given for it. */
StepPlanning setStatus(StepPlanning planning, PlanStatus status, const QDateTime& now);
/** Giving an open step an owner plans it; the owner is trimmed. */
StepPlanning setOwner(StepPlanning planning, const QString& owner, const QDateTime& now);
/** Giving an open step a date plans it; an invalid date removes the date. */
StepPlanning setDue(StepPlanning planning, const QDate& due, const QDateTime& now);
/** Why the step is not relevant; trimmed. */
StepPlanning setReason(StepPlanning planning, const QString& reason, const QDateTime& now);
/**
 * A tick in a tool's step list: done, or back to planned when it has an owner or a date, else
 * open.
 */
StepPlanning setTicked(StepPlanning planning, bool done, const QDateTime& now);

} // namespace planedit

} // namespace zelfscan
