// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ModelWording.h"

#include "core/text/Wording.h"

namespace zelfscan::wording::models {

QString defaultStatusName(const Language& language)
{
    return pick(language, "Status", "Status");
}

QString pointsRange(const Language& language, double points, double minimum, double maximum)
{
    return pick(language, "%1 punten, van %2 tot %3", "%1 points, from %2 to %3")
        .arg(shortNumber(language, points), shortNumber(language, minimum), shortNumber(language, maximum));
}

QString lostMostHeading(const Language& language)
{
    return pick(language, "Hier liet je de meeste punten liggen:", "Where you lost the most points:");
}

QString statusMeasuresHeading(const Language& language)
{
    return pick(language, "Maatregelen bij deze uitkomst:", "Measures for this result:");
}

QString movedFrom(const Language& language, const QString& from)
{
    return pick(language, "(was %1)", "(was %1)").arg(from);
}

LocalizedText statusMeasureWhy()
{
    return both("Deze maatregel hoort bij de uitkomst van je antwoorden.",
        "This measure belongs to the result of your answers.");
}

LocalizedText riskMeasureWhy()
{
    return both("Deze maatregel hoort bij de risicoklasse van je bedrijf.",
        "This measure belongs to your business's risk class.");
}

} // namespace zelfscan::wording::models
