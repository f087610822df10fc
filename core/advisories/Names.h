// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace zelfscan::advisories {

/**
 * A vendor name reduced to what identifies it: lower case, punctuation and extra spaces gone,
 * legal forms dropped ("Siemens AG" → "siemens", "Synology Inc." → "synology").
 */
QString normaliseVendor(const QString& vendor);

/**
 * A product name reduced the same way, without the vendor's name at its start ("Siemens SIMATIC
 * S7-1500" → "simatic s7 1500" for vendor "siemens").
 */
QString normaliseProduct(const QString& product, const QString& normalisedVendor = QString());

/** A model or order number compared exactly, apart from case and spaces. */
QString normaliseModel(const QString& model);

/**
 * Whether the asset's @p model (normalised) is what an advisory's model number @p pattern
 * (normalised) names: equal, or matching its wildcards, which CSAF allows in model numbers and
 * SKUs ("6RA801?-??V62-0AA0": "?" one character, "*" any run, "\\?" and "\\*" themselves).
 */
bool modelMatches(const QString& pattern, const QString& model);
/** Whether @p pattern has an unescaped "?" or "*". */
bool hasModelWildcard(const QString& pattern);

/** How two names compare, for a confidence and a reason in words. */
struct NameComparison
{
    double score
        = 0; ///< 1 same, 0.95 same apart from case, 0.9 same after normalising, 0.75 one contains the other
    QString how; ///< "equal", "equal apart from case", ...
};

NameComparison compareNames(
    const QString& a, const QString& normalisedA, const QString& b, const QString& normalisedB);

} // namespace zelfscan::advisories
