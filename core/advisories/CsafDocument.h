// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/Version.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zelfscan::advisories {

/** One product of an advisory's product tree, flattened: the path's names gathered in one place. */
struct Product
{
    enum class VersionKind { None, Exact, Range };

    QString id; ///< product_id
    QString fullName; ///< the product's own name in the tree
    QString vendor; ///< from a vendor branch
    QString family; ///< from a product_family branch
    QString name; ///< from a product_name branch
    VersionKind versionKind = VersionKind::None;
    QString version; ///< product_version, or the range's text
    VersionRange range; ///< for VersionKind::Range
    QString cpe;
    QString purl;
    QStringList models; ///< model_numbers (and skus)
    /** For a relationship's product: the component (product_reference) and the platform. */
    QString componentOf;
    QString platformId;
    QString relationCategory;
};

struct Remediation
{
    QString category; ///< vendor_fix, mitigation, workaround, none_available, no_fix_planned
    QString details;
    QString url;
    QStringList productIds; ///< group_ids expanded
};

struct Score
{
    double baseScore = -1;
    QString baseSeverity;
    QString vector;
    QStringList productIds;
};

struct Vulnerability
{
    QString cve;
    QStringList ids; ///< ids[].text, for advisories without a CVE
    QString title;
    /** product_status: category → product ids (groups are not allowed there). */
    QHash<QString, QStringList> status;
    QList<Remediation> remediations;
    QList<Score> scores;
    QString exploitStatus; ///< threats with category exploit_status (the first one)
    /** Each exploit_status threat's details and the products it names (empty: all). */
    QList<QPair<QStringList, QString>> exploitThreats;
    QString impact; ///< threats with category impact
    QStringList notes; ///< summary and description notes

    /** The CVE, or the first other id, or the title: what a person can look up. */
    QString label() const;
};

struct CsafDocument
{
    QString fileName;
    QString category;
    QString title;
    QString lang;
    QString publisherName;
    QString publisherNamespace;
    QString trackingId;
    QString trackingVersion;
    QString trackingStatus;
    QString currentReleaseDate;
    QString tlp;
    QStringList notes; ///< "title: text" of document notes (NCSC's "Kans", "Schade" ...)
    QList<Product> products;
    QHash<QString, qsizetype> productIndex; ///< product_id → index in products
    QList<Vulnerability> vulnerabilities;

    const Product* product(const QString& id) const;
};

/** Statuses under which a product is open, as the issue defines them. */
bool isOpenStatus(const QString& status);
const QStringList& openStatuses();
/** fixed, first_fixed, known_not_affected, recommended. */
const QStringList& closedStatuses();

} // namespace zelfscan::advisories
