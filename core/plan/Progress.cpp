// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Progress.h"

#include "core/text/Wording.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace zelfscan {

namespace {

constexpr qsizetype namedParts = 2;

QString percent(const Language& language, double value)
{
    const QString number = language.locale().toString(std::lround(value));
    return language.isDutch() ? number + QStringLiteral(" %") : number + QStringLiteral("%");
}

QStringList improvedParts(
    const Comparison& comparison, const Questionnaire& questionnaire, const Language& language)
{
    QList<Comparison::SectionChange> improved;
    for (const Comparison::SectionChange& change : comparison.sections) {
        if (change.before && change.after && std::lround(*change.after) > std::lround(*change.before))
            improved.append(change);
    }
    std::stable_sort(improved.begin(), improved.end(),
        [](const Comparison::SectionChange& a, const Comparison::SectionChange& b) {
            return *a.delta() > *b.delta();
        });
    QStringList parts;
    for (const Comparison::SectionChange& change : improved.mid(0, namedParts)) {
        const Section* section = questionnaire.section(change.sectionId);
        const QString title = section ? section->title.text(language) : change.sectionId;
        parts.append(wording::pick(language, "%1 van %2 naar %3", "%1 from %2 to %3")
                         .arg(title, percent(language, *change.before), percent(language, *change.after)));
    }
    return parts;
}

} // namespace

QString progressSentence(
    const Comparison& comparison, const Questionnaire& questionnaire, const Language& language)
{
    QStringList parts;
    if (const auto done = comparison.stepsDone.size(); done == 1)
        parts.append(wording::pick(language, "1 stap gedaan", "1 step done"));
    else if (done > 1)
        parts.append(wording::pick(language, "%1 stappen gedaan", "%1 steps done").arg(done));
    const QStringList improved = improvedParts(comparison, questionnaire, language);
    if (!improved.isEmpty())
        parts.append(improved.join(wording::pick(language, " en ", " and ")));
    if (parts.isEmpty())
        return {};
    return parts.join(QStringLiteral(", ")) + u'.';
}

} // namespace zelfscan
