// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Recheck.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(Recheck)
};

} // namespace

int defaultRecheckMonths(const QString& questionnaireId)
{
    if (questionnaireId == QLatin1String("basisscan"))
        return 3;
    return 12; // risicoklasse, procesautomatisering and any tool added later
}

RecheckState recheckState(const QDate& finishedOn, int periodMonths, const QDate& today)
{
    RecheckState state;
    state.finishedOn = finishedOn;
    if (!finishedOn.isValid() || !today.isValid())
        return state;
    state.dueOn = finishedOn.addMonths(qMax(1, periodMonths));
    int months = (today.year() - finishedOn.year()) * 12 + today.month() - finishedOn.month();
    if (today.day() < finishedOn.day() && months > 0)
        --months;
    state.ageMonths = qMax(0, months);
    state.due = today >= state.dueOn;
    return state;
}

QString staleText(const RecheckState& state, const QDate& today, const Language& language)
{
    const QLocale locale = language.locale();
    const QString format
        = state.finishedOn.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy");
    const QString date = locale.toString(state.finishedOn, format);
    QString age;
    if (state.ageMonths < 1)
        age = Words::tr("less than a month old").in(language);
    else if (state.ageMonths < 24) // "18 months" says more than "1 year"
        age = Words::tr("%n month(s) old", nullptr, state.ageMonths).in(language);
    else
        age = Words::tr("%n year(s) old", nullptr, state.ageMonths / 12).in(language);
    return Words::tr("Result of %1, %2").in(language).arg(date, age);
}

} // namespace zelfscan
