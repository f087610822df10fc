// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/ModelWording.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

namespace zelfscan::wording::models {

namespace {

class Words
{
    ZELFSCAN_WORDS(ModelWording)
};

} // namespace

QString defaultStatusName(const Language& language)
{
    return Words::tr("Status").in(language);
}

QString pointsRange(const Language& language, double points, double minimum, double maximum)
{
    return Words::tr("%1 points, from %2 to %3")
        .in(language)
        .arg(shortNumber(language, points), shortNumber(language, minimum), shortNumber(language, maximum));
}

QString lostMostHeading(const Language& language)
{
    return Words::tr("Where you lost the most points:").in(language);
}

QString statusMeasuresHeading(const Language& language)
{
    return Words::tr("Measures for this result:").in(language);
}

QString movedFrom(const Language& language, const QString& from)
{
    return Words::tr("(was %1)").in(language).arg(from);
}

LocalizedText statusMeasureWhy(const QStringList& languages)
{
    return Words::tr("This measure belongs to the result of your answers.").in(languages);
}

LocalizedText riskMeasureWhy(const QStringList& languages)
{
    return Words::tr("This measure belongs to your business's risk class.").in(languages);
}

} // namespace zelfscan::wording::models
