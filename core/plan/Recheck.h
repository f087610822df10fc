// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QDate>
#include <QString>

namespace zelfscan {

/**
 * How many months after a finished run the app offers to do a tool again, unless the user chose
 * otherwise. The Basisscan's three months and the risk class's year are the defaults the action
 * plan issue (#20) asks for; the OT check's year is our choice, as its advice is about yearly
 * maintenance windows and audits. None of these is a DTC rule.
 */
int defaultRecheckMonths(const QString& questionnaireId);

/** Whether a finished result is due for a re-check, and how old it is. */
struct RecheckState
{
    QDate finishedOn;
    QDate dueOn; ///< finishedOn plus the period
    int ageMonths = 0; ///< whole months since finishedOn
    bool due = false; ///< today is on or after dueOn
};

/** The rule, with today given: tests use fixed dates, never the clock. */
RecheckState recheckState(const QDate& finishedOn, int periodMonths, const QDate& today);

/**
 * "Resultaat van 14 maart, 8 maanden oud" (the year is named when it is not this year's). A
 * result less than a month old is "minder dan een maand oud"; from two years on, in years.
 */
QString staleText(const RecheckState& state, const QDate& today, const Language& language);

} // namespace zelfscan
