// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dashboard/ToolOverview.h"
#include "core/engine/Result.h"
#include "core/plan/StepPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zelfscan {

/** One step of the action plan across tools, with what the user decided about it. */
struct PlanEntry
{
    QString key; ///< planKey() of the first tool that advises it
    QString questionnaireId; ///< the first tool that advises it (its texts are shown)
    NextStep step;
    /** Every tool that advises it with its own step id: more than one when two tools advise alike. */
    QList<std::pair<QString, QString>> sources;
    StepPlanning planning; ///< status Done when the step is ticked in any tool
};

/**
 * The action plan: the steps of each tool's latest finished run (ToolState::lastResult), tools in
 * the order given and each tool's steps in the engine's priority order. A step two tools advise
 * alike (StepKinship) appears once, where it first appears, with both tools as sources. Ticks
 * map onto status Done; a step not in @p book is open.
 */
QList<PlanEntry> buildActionPlan(const QList<ToolState>& tools, const PlanBook& book);

/** The entries a calendar gets: a due date, and neither done nor not relevant. */
QList<PlanEntry> calendarEntries(const QList<PlanEntry>& plan);

/** The part of @p book about the steps of @p result (for a `.zelfscan` document of that run). */
PlanBook planOfResult(const PlanBook& book, const AssessmentResult& result);

} // namespace zelfscan
