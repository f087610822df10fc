// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/Report.h"

namespace zelfscan {

/**
 * The action plan as an Excel workbook: one row per next step (priority, title, effort, impact,
 * why, how, link, a status drop-down and empty owner and date columns to fill in), a frozen
 * header with filters, and a second sheet saying what made it and when. Empty with @p error set
 * on failure.
 */
QByteArray actionPlanXlsx(const ReportInput& input, QString* error);

} // namespace zelfscan
