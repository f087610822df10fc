// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/NextSteps.h"
#include "core/engine/Result.h"
#include "core/plan/StepPlan.h"
#include "core/text/Language.h"

#include <QSet>
#include <QString>

namespace zelfscan::cli {

/**
 * Writes the planned steps of @p result and of the vulnerability alerts (those with a due date,
 * not done) as an iCalendar file. Returns how many were written (0: none is planned, and no file
 * is written), or -1 with @p error set.
 */
int writePlanCalendar(const AssessmentResult& result, const QSet<QString>& doneSteps, const PlanBook& plan,
    const QList<advisories::AdvisoryStep>& alerts, const Language& language, const QString& path,
    QString* error);

} // namespace zelfscan::cli
