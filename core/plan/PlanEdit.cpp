// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanEdit.h"

namespace zelfscan::planedit {

namespace {

bool isPlanned(const StepPlanning& planning)
{
    return planning.due.isValid() || !planning.owner.isEmpty();
}

StepPlanning stamped(StepPlanning edited, const StepPlanning& before, const QDateTime& now)
{
    if (edited == before)
        return before;
    edited.changed = now;
    return edited;
}

/** An open step that got an owner or a date is planned: that is what planning it means. */
StepPlanning plannedWhenOpen(StepPlanning planning)
{
    if (planning.status == PlanStatus::Open && isPlanned(planning))
        planning.status = PlanStatus::Planned;
    return planning;
}

} // namespace

StepPlanning setStatus(StepPlanning planning, PlanStatus status, const QDateTime& now)
{
    const StepPlanning before = planning;
    planning.status = status;
    if (status != PlanStatus::NotRelevant)
        planning.reason.clear();
    return stamped(planning, before, now);
}

StepPlanning setOwner(StepPlanning planning, const QString& owner, const QDateTime& now)
{
    const StepPlanning before = planning;
    planning.owner = owner.trimmed();
    if (planning.owner == before.owner)
        return before;
    return stamped(plannedWhenOpen(planning), before, now);
}

StepPlanning setDue(StepPlanning planning, const QDate& due, const QDateTime& now)
{
    const StepPlanning before = planning;
    planning.due = due.isValid() ? due : QDate();
    if (planning.due == before.due)
        return before;
    return stamped(plannedWhenOpen(planning), before, now);
}

StepPlanning setReason(StepPlanning planning, const QString& reason, const QDateTime& now)
{
    const StepPlanning before = planning;
    planning.reason = reason.trimmed();
    return stamped(planning, before, now);
}

StepPlanning setTicked(StepPlanning planning, bool done, const QDateTime& now)
{
    if (done == (planning.status == PlanStatus::Done))
        return planning;
    const StepPlanning before = planning;
    planning.status = done ? PlanStatus::Done : isPlanned(planning) ? PlanStatus::Planned : PlanStatus::Open;
    return stamped(planning, before, now);
}

} // namespace zelfscan::planedit
