// SPDX-License-Identifier: GPL-3.0-or-later
// Steps and plannings as the plan's tests make them: only the fields a test looks at, the rest as
// the engine's defaults. Header-only.
#pragma once

#include "core/engine/Result.h"
#include "core/plan/StepPlan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace testutil {

/** A step titled with its own id, so a test can tell which one it sees in any text. */
inline zelfscan::NextStep makeStep(const QString& id)
{
    zelfscan::NextStep step;
    step.id = id;
    step.title.set(QStringLiteral("nl"), id);
    return step;
}

inline zelfscan::NextStep makeStep(
    const QString& id, zelfscan::Effort effort, zelfscan::Impact impact, bool top = false)
{
    zelfscan::NextStep step = makeStep(id);
    step.effort = effort;
    step.impact = impact;
    step.top = top;
    return step;
}

inline zelfscan::StepPlanning makePlanning(zelfscan::PlanStatus status, const QString& owner = {},
    const QDate& due = {}, const QDateTime& changed = {})
{
    zelfscan::StepPlanning planning;
    planning.status = status;
    planning.owner = owner;
    planning.due = due;
    planning.changed = changed;
    return planning;
}

/** One text field of each item, in order: a list compared at a glance (ids, plan keys). */
template<typename Item> QStringList fieldOf(const QList<Item>& items, QString Item::*field)
{
    QStringList texts;
    for (const Item& item : items)
        texts.append(item.*field);
    return texts;
}

} // namespace testutil
