// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/questionnaire/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace zelfscan::advisories {

using StatusMap = QHash<QPair<QString, QString>, StepStatus>;

/** One thing to do about one asset and one advisory, written like the scans' next steps. */
struct AdvisoryStep
{
    QString assetId;
    QString assetName; ///< the user's name for it, or vendor and product
    QString advisoryId;
    QString advisoryTitle;
    QString publisher;
    QStringList vulnerabilities;
    LocalizedText title; ///< "Werk Besturing hal 2 bij naar CPCI85 V05.00"
    LocalizedText why; ///< CVE ids, CVSS, exploitation, the publisher's own notes
    LocalizedText how; ///< the remediation, or replace / isolate when there is none
    QString url;
    double cvss = -1;
    QString severity; ///< CVSS base severity of the highest score, as the advisory writes it
    bool exploited = false;
    bool underInvestigation = false; ///< only under_investigation: watch, nothing to do yet
    StepStatus status; ///< the decision in force: Open again when the advice has changed since
    QString remediationKey;
};

/** A CVSS base severity ("CRITICAL") as a word in @p language ("kritiek"); empty stays empty. */
QString severityText(const QString& severity, const Language& language);

/**
 * A fingerprint of the advice (category, details, URL): a decision is kept while a newer
 * revision gives the same advice, and falls back to Open when the advice changes.
 */
QString remediationKey(const Remediation& remediation);

/**
 * The steps for @p matches, most urgent first: exploited before not, higher CVSS before lower,
 * "under investigation" last. @p statuses are the stored decisions per (asset, vulnerability).
 */
QList<AdvisoryStep> advisorySteps(
    const QList<Match>& matches, const Inventory& inventory, const StatusMap& statuses);

} // namespace zelfscan::advisories
