// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PlanCalendar.h"

#include "core/io/SafeWrite.h"
#include "core/plan/ActionPlan.h"
#include "core/plan/AlertPlan.h"
#include "core/plan/Icalendar.h"

namespace zelfscan::cli {

int writePlanCalendar(const AssessmentResult& result, const QSet<QString>& doneSteps, const PlanBook& plan,
    const QList<advisories::AdvisoryStep>& alerts, const Language& language, const QString& path,
    QString* error)
{
    ToolState tool;
    tool.questionnaireId = result.questionnaireId;
    tool.lastResult = result;
    tool.doneSteps = doneSteps;
    QList<PlanEntry> all = buildActionPlan({ tool }, plan);
    for (const advisories::AdvisoryStep& step : alerts)
        all.append(planEntryOf(step, plan));
    const QList<PlanEntry> entries = calendarEntries(all);
    if (entries.isEmpty())
        return 0; // RFC 5545 wants at least one item: an empty calendar is not written
    if (!writeFileAtomically(path, ical::calendar(entries, language, QDateTime::currentDateTimeUtc()), error))
        return -1;
    return int(entries.size());
}

} // namespace zelfscan::cli
