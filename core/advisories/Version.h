// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace zelfscan::advisories {

/**
 * Compares two version strings the way vendors write them: number and letter runs, a leading
 * "v" ignored, numbers numerically (1.10 > 1.9), pre-release words (alpha, beta, rc) before the
 * release and SP/Update/patch words after it ("V7.4 SP1" > "V7.4" < "V7.4.1"). Returns <0, 0 or >0.
 */
int compareVersions(const QString& a, const QString& b);

/**
 * Compares two revisions of one advisory (document/tracking/version), as CSAF 2.0 section
 * 3.1.11 orders them: whole numbers numerically, else semantic versioning, where a pre-release
 * comes before its release ("1.0.0-1" < "1.0.0") and build metadata ("+build5") does not count.
 * Text that is neither falls back to compareVersions(). Returns <0, 0 or >0.
 */
int compareTrackingVersions(const QString& a, const QString& b);

/**
 * Whether compareVersions() can order @p a and @p b: not when one starts with a word and the
 * other with a number ("CPCI85 V05" against "V04.90"), where a product designation before the
 * version would make any number compare as older or newer by accident.
 */
bool versionsComparable(const QString& a, const QString& b);

/**
 * Whether @p version is @p named with a build number added ("7.1.1-42962" of "7.1.1",
 * "1.2.3+5" of "1.2.3"): the same release, where an advisory or a CPE names only the release.
 */
bool isBuildOf(const QString& version, const QString& named);

/** Whether @p text has at least one digit: "all versions" or "" is no version. */
bool looksLikeVersion(const QString& text);

/** One comparison of a range: "<V3.0.29" is {Less, "V3.0.29"}. */
struct VersionConstraint
{
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
    Op op = Op::Equal;
    QString version;
};

// A product_version_range read leniently: `vers` (`vers:generic/>=1.0|<2.0`, `vers:all/*`), the
// bare form (`<V3.0.29`) and what real documents contain (`vers:all/<CPCI85 V05`,
// `>=V7.80<V9.40`, `All versions < V7.4 SP1`, `all versions`). What cannot be read is Unreadable
// and `vers:unknown/*` is Unknown: both need a person, never a silent "not affected".
struct VersionRange
{
    enum class Kind { All, Constraints, Unknown, Unreadable };
    enum class Contains { Yes, No };

    Kind kind = Kind::Unreadable;
    QList<VersionConstraint> constraints; ///< sorted by version, for Constraints
    QString text; ///< as written

    /** For Kind::All and Kind::Constraints only. */
    bool contains(const QString& version) const;
    /** "versions before V3.0.29", for reasons shown to people. */
    QString describe() const;
    /** The constraints alone, as describe() writes them after "versions": ">=1.0 <2.0". */
    QString constraintsText() const;
};

VersionRange parseVersionRange(const QString& text);

} // namespace zelfscan::advisories
