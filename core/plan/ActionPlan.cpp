// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/ActionPlan.h"

#include "core/plan/StepKinship.h"

#include <QHash>

namespace zelfscan {

QList<PlanEntry> buildActionPlan(const QList<ToolState>& tools, const PlanBook& book)
{
    QList<PlanEntry> plan;
    QHash<QString, qsizetype> rowOfKey;
    for (const ToolState& tool : tools) {
        if (!tool.lastResult)
            continue;
        for (const NextStep& step : tool.lastResult->steps) {
            const QString key = planKey(tool.questionnaireId, step.id);
            qsizetype row = rowOfKey.value(key, -1);
            if (row < 0) {
                row = plan.size();
                rowOfKey.insert(key, row);
                PlanEntry entry { key, tool.questionnaireId, step, {}, book.value(key) };
                plan.append(entry);
            }
            PlanEntry& entry = plan[row];
            entry.sources.append({ tool.questionnaireId, step.id });
            if (tool.doneSteps.contains(step.id))
                entry.planning.status = PlanStatus::Done;
        }
    }
    return plan;
}

QList<PlanEntry> calendarEntries(const QList<PlanEntry>& plan)
{
    QList<PlanEntry> entries;
    for (const PlanEntry& entry : plan) {
        if (entry.planning.due.isValid() && entry.planning.status != PlanStatus::Done
            && entry.planning.status != PlanStatus::NotRelevant)
            entries.append(entry);
    }
    return entries;
}

PlanBook planOfResult(const PlanBook& book, const AssessmentResult& result)
{
    PlanBook part;
    for (const NextStep& step : result.steps) {
        const QString key = planKey(result.questionnaireId, step.id);
        if (book.contains(key))
            part.insert(key, book.value(key));
    }
    return part;
}

} // namespace zelfscan
