// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/text/Language.h"

#include <QString>

namespace zelfscan::wording {

/**
 * The words for results of format 2 scoring models (a status from a points total, overrides of
 * lights and levels), all in one place. A risk class keeps its own words in ResultFormat.
 */
namespace models {

/** "Status" when the file gives its points total no name of its own. */
QString defaultStatusName(const Language& language);
/** "12 points, from -21 to 27". */
QString pointsRange(const Language& language, double points, double minimum, double maximum);
/** The heading above the unmet items that lost the most points. */
QString lostMostHeading(const Language& language);
/** The heading above the measures of a status band. */
QString statusMeasuresHeading(const Language& language);
/** "(was X)": a light, status or level moved by an override. */
QString movedFrom(const Language& language, const QString& from);
/** Why a missing measure of a status band is advised. */
LocalizedText statusMeasureWhy();
/** Why a missing measure of a risk class is advised. */
LocalizedText riskMeasureWhy();

} // namespace models
} // namespace zelfscan::wording
