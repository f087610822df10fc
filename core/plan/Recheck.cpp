// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Recheck.h"

#include "core/text/Wording.h"

namespace zelfscan {

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
        age = wording::pick(language, "minder dan een maand oud", "less than a month old");
    else if (state.ageMonths == 1)
        age = wording::pick(language, "1 maand oud", "1 month old");
    else if (state.ageMonths < 24)
        age = wording::pick(language, "%1 maanden oud", "%1 months old").arg(state.ageMonths);
    else
        age = wording::pick(language, "%1 jaar oud", "%1 years old").arg(state.ageMonths / 12);
    return wording::pick(language, "Resultaat van %1, %2", "Result of %1, %2").arg(date, age);
}

} // namespace zelfscan
