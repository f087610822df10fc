// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/NextSteps.h"

#include <QList>
#include <QString>

#include <optional>

namespace zelfscan::advisories {

/**
 * What a report and an action plan show of the vulnerability alerts: the steps still to do
 * (open or in progress, most urgent first, as advisorySteps() orders them) and how much was
 * looked at, so that "nothing to do" can be told from "nothing checked".
 */
struct AdvisoryPlan
{
    QList<AdvisoryStep> steps;
    int systems = 0;
    int advisories = 0;
    int checkByHand = 0;
};

/** The steps whose decision is open or in progress; done and not relevant ones are left out. */
QList<AdvisoryStep> stepsToDo(const QList<AdvisoryStep>& steps);

/**
 * Reads the inventory (YAML) and the advisory store, matches every stored advisory and keeps the
 * steps to do. Neither file is created or changed. Empty with @p error set when either cannot
 * be read.
 */
std::optional<AdvisoryPlan> loadAdvisoryPlan(
    const QString& inventoryPath, const QString& storePath, QString* error);

} // namespace zelfscan::advisories
