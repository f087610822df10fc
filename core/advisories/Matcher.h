// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/CsafDocument.h"
#include "core/advisories/Inventory.h"
#include "core/questionnaire/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace zelfscan::advisories {

/** One open vulnerability of a match, with what a next step needs. */
struct MatchedVulnerability
{
    QString label; ///< CVE or other id
    QString title;
    QString status; ///< the open status: known_affected, first_affected, ...
    double cvss = -1; ///< highest base score for the matched products; -1 none
    QString severity; ///< CVSS base severity
    QString exploitStatus;
    QString impact;
    Remediation remediation; ///< the most useful one for the matched products; empty category none
};

/** An asset affected by an advisory: one per asset and advisory. */
struct Match
{
    QString assetId;
    QString advisoryId; ///< tracking id
    QString advisoryTitle;
    QString advisoryVersion;
    QString publisher;
    QString publisherNamespace;
    QString fileName;
    QString productName; ///< the advisory's product the asset matched
    QString fixedIn; ///< a version the advisory lists as fixed for that product, when it names one
    QStringList vulnerabilities; ///< labels, in document order
    QList<MatchedVulnerability> details;
    QString status; ///< the most certain open status among the vulnerabilities
    double confidence = 0;
    QString reason;
    Remediation remediation;
    double cvss = -1;
    QStringList publisherNotes; ///< the document's notes (NCSC's own rating, likelihood, impact)
};

/** An asset the advisory may concern where the version cannot be decided by a program. */
struct CheckByHand
{
    QString assetId;
    QString advisoryId;
    QString publisher;
    QString fileName;
    QString productName;
    QStringList vulnerabilities;
    QString reason; ///< in English, as the CLI prints it
    LocalizedText why; ///< the same in Dutch and English, for the app
};

struct MatchResult
{
    QList<Match> matches;
    QList<CheckByHand> checkByHand;
};

/**
 * Matches the assets of one inventory against advisories. Built once per inventory: the assets
 * are indexed by CPE, purl, model number, vendor and product name, so each of an advisory's
 * products is compared only with the assets that could be it.
 *
 * Identity: CPE (2.3 and 2.2, wildcards) and purl are certain, model numbers nearly so, vendor +
 * product name count by how close they are after normalising; the confidence is their product
 * and the reason says which. Version: the product's exact version or range must contain the
 * asset's; a range that cannot be read, or an asset without a version, gives a CheckByHand.
 * A definite fixed / not-affected match for the same vulnerability closes it.
 */
class Matcher
{
public:
    explicit Matcher(const Inventory& inventory, double threshold = 0.6);
    ~Matcher();
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    MatchResult match(const CsafDocument& document) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace zelfscan::advisories
