// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zelfscan {

/**
 * "Kwetsbaarheden in je systemen": the vulnerability alerts' steps to do, as the report's own
 * section (HTML for QTextDocument, so PDF and ODT have it too). Empty when the report has no
 * advisory plan; a short "nothing to do" when it has one without steps.
 */
QString advisorySectionHtml(const ReportInput& input);

/** The section's title in @p language. */
QString advisorySectionTitle(const Language& language);

/**
 * The same steps as rows of the action plan's CSV columns (step, priority, effort, impact, why,
 * how, link, status, id), unquoted. Priority and effort stay empty: the scan's numbering does
 * not extend to them; impact holds the severity.
 */
QList<QStringList> advisoryPlanRows(const ReportInput& input);

/** The status word the plan uses: "open" or "bezig" / "in progress". */
QString advisoryStepStatus(const advisories::AdvisoryStep& step, const Language& language);
/** "kritiek (CVSS 9,8)", "CVSS 5,0", "hoog" or empty: what the advisory says of its severity. */
QString advisorySeverity(const advisories::AdvisoryStep& step, const Language& language);
/** An id that stays the same for the same step in a later plan: advisory/ASSET/TRACKING-ID. */
QString advisoryStepId(const advisories::AdvisoryStep& step);

} // namespace zelfscan
