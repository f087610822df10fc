// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Profile.h"

#include "core/text/Words.h"

#include <QCoreApplication>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(Profile)
};

/** An id as files and shares keep it, and its label (translated in zelfscan_core_<lang>.ts). */
struct Choice
{
    const char* id;
    const char* label;
};

// The DTC's sector groups and the size bands of the intake; the order is the order shown.
constexpr Choice sectors[] = {
    { "zorg", QT_TRANSLATE_NOOP("Profile", "Health care and welfare") },
    { "handel", QT_TRANSLATE_NOOP("Profile", "Trade and services") },
    { "ict", QT_TRANSLATE_NOOP("Profile", "ICT") },
    { "landbouw", QT_TRANSLATE_NOOP("Profile", "Agriculture, nature and fisheries") },
    { "media", QT_TRANSLATE_NOOP("Profile", "Media and communication") },
    { "onderwijs", QT_TRANSLATE_NOOP("Profile", "Education, culture and science") },
    { "techniek", QT_TRANSLATE_NOOP("Profile", "Engineering, manufacturing and construction") },
    { "transport", QT_TRANSLATE_NOOP("Profile", "Transport and logistics") },
    { "overig", QT_TRANSLATE_NOOP("Profile", "Other") },
};

constexpr Choice sizes[] = {
    { "1", QT_TRANSLATE_NOOP("Profile", "Just me (freelancer)") },
    { "2-9", QT_TRANSLATE_NOOP("Profile", "2 to 9 people") },
    { "10-49", QT_TRANSLATE_NOOP("Profile", "10 to 49 people") },
    { "50-249", QT_TRANSLATE_NOOP("Profile", "50 to 249 people") },
    { "250+", QT_TRANSLATE_NOOP("Profile", "250 people or more") },
};

template<std::size_t N> QStringList idsOf(const Choice (&choices)[N])
{
    QStringList ids;
    for (const Choice& choice : choices)
        ids << QLatin1String(choice.id);
    return ids;
}

template<std::size_t N> LocalizedText labelOf(const Choice (&choices)[N], const QString& id)
{
    for (const Choice& choice : choices) {
        if (id == QLatin1String(choice.id))
            return Words::noted(choice.label).in(QStringList { Language::dutch().code() });
    }
    return {};
}

} // namespace

const QStringList& Profile::sectorIds()
{
    static const QStringList ids = idsOf(sectors);
    return ids;
}

const QStringList& Profile::sizeIds()
{
    static const QStringList ids = idsOf(sizes);
    return ids;
}

LocalizedText Profile::sectorLabel(const QString& id)
{
    return labelOf(sectors, id);
}

LocalizedText Profile::sizeLabel(const QString& id)
{
    return labelOf(sizes, id);
}

} // namespace zelfscan
