// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/AlertPlan.h"

#include "core/plan/StepKinship.h"

namespace zelfscan {

namespace {

PlanStatus planStatusOf(StepStatus::Value decision, PlanStatus planned)
{
    switch (decision) {
    case StepStatus::Value::InProgress:
        return PlanStatus::InProgress;
    case StepStatus::Value::Done:
        return PlanStatus::Done;
    case StepStatus::Value::NotRelevant:
        return PlanStatus::NotRelevant;
    case StepStatus::Value::Open:
        break;
    }
    // Open in the store: the plan may still say it is planned (a plan-only status).
    return planned == PlanStatus::Planned ? PlanStatus::Planned : PlanStatus::Open;
}

} // namespace

QString alertsPlanId()
{
    return QStringLiteral("alerts");
}

QString planStepId(const AdvisoryStep& step)
{
    return step.assetId + u'/' + step.advisoryId;
}

PlanEntry planEntryOf(const AdvisoryStep& step, const PlanBook& book)
{
    PlanEntry entry;
    entry.questionnaireId = alertsPlanId();
    entry.key = planKey(alertsPlanId(), planStepId(step));
    entry.sources = { { alertsPlanId(), planStepId(step) } };
    entry.step.id = planStepId(step);
    entry.step.title = step.title;
    entry.step.how = step.how;
    entry.step.why = step.why;
    if (!step.url.isEmpty()) {
        StepLink link;
        // The advisory's own title, in its own language: every language falls back to it.
        link.title.set(
            Language::english().code(), step.publisher + QStringLiteral(": ") + step.advisoryTitle);
        link.url = step.url;
        entry.step.links.append(link);
    }
    entry.planning = book.value(entry.key);
    entry.planning.status = planStatusOf(step.status.value, entry.planning.status);
    if (entry.planning.status == PlanStatus::NotRelevant)
        entry.planning.reason = step.status.reason;
    return entry;
}

StepStatus::Value decisionFor(PlanStatus status)
{
    switch (status) {
    case PlanStatus::InProgress:
        return StepStatus::Value::InProgress;
    case PlanStatus::Done:
        return StepStatus::Value::Done;
    case PlanStatus::NotRelevant:
        return StepStatus::Value::NotRelevant;
    case PlanStatus::Open:
    case PlanStatus::Planned:
        break;
    }
    return StepStatus::Value::Open;
}

} // namespace zelfscan
