// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Profile.h"

namespace zelfscan {

namespace {

LocalizedText make(const char* nl, const char* en)
{
    LocalizedText text;
    text.set(QStringLiteral("nl"), QString::fromUtf8(nl));
    text.set(QStringLiteral("en"), QString::fromUtf8(en));
    return text;
}

} // namespace

const QStringList& Profile::sectorIds()
{
    static const QStringList ids = { QStringLiteral("zorg"), QStringLiteral("handel"), QStringLiteral("ict"),
        QStringLiteral("landbouw"), QStringLiteral("media"), QStringLiteral("onderwijs"),
        QStringLiteral("techniek"), QStringLiteral("transport"), QStringLiteral("overig") };
    return ids;
}

const QStringList& Profile::sizeIds()
{
    static const QStringList ids = { QStringLiteral("1"), QStringLiteral("2-9"), QStringLiteral("10-49"),
        QStringLiteral("50-249"), QStringLiteral("250+") };
    return ids;
}

LocalizedText Profile::sectorLabel(const QString& id)
{
    if (id == QLatin1String("zorg"))
        return make("Gezondheidszorg en welzijn", "Health care and welfare");
    if (id == QLatin1String("handel"))
        return make("Handel en dienstverlening", "Trade and services");
    if (id == QLatin1String("ict"))
        return make("ICT", "ICT");
    if (id == QLatin1String("landbouw"))
        return make("Landbouw, natuur en visserij", "Agriculture, nature and fisheries");
    if (id == QLatin1String("media"))
        return make("Media en communicatie", "Media and communication");
    if (id == QLatin1String("onderwijs"))
        return make("Onderwijs, cultuur en wetenschap", "Education, culture and science");
    if (id == QLatin1String("techniek"))
        return make("Techniek, productie en bouw", "Engineering, manufacturing and construction");
    if (id == QLatin1String("transport"))
        return make("Transport en logistiek", "Transport and logistics");
    if (id == QLatin1String("overig"))
        return make("Overig", "Other");
    return {};
}

LocalizedText Profile::sizeLabel(const QString& id)
{
    if (id == QLatin1String("1"))
        return make("Alleen ikzelf (zzp)", "Just me (freelancer)");
    if (id == QLatin1String("2-9"))
        return make("2 tot en met 9 mensen", "2 to 9 people");
    if (id == QLatin1String("10-49"))
        return make("10 tot en met 49 mensen", "10 to 49 people");
    if (id == QLatin1String("50-249"))
        return make("50 tot en met 249 mensen", "50 to 249 people");
    if (id == QLatin1String("250+"))
        return make("250 mensen of meer", "250 people or more");
    return {};
}

} // namespace zelfscan
