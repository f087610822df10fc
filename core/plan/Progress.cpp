// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Progress.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(Progress)
};

constexpr qsizetype namedParts = 2;

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
        parts.append(Words::tr("%1 from %2 to %3")
                         .in(language)
                         .arg(title, wording::percent(language, *change.before),
                             wording::percent(language, *change.after)));
    }
    return parts;
}

} // namespace

QString progressSentence(
    const Comparison& comparison, const Questionnaire& questionnaire, const Language& language)
{
    QStringList parts;
    if (const auto done = comparison.stepsDone.size(); done == 1)
        parts.append(Words::tr("1 step done").in(language));
    else if (done > 1)
        parts.append(Words::tr("%1 steps done").in(language).arg(done));
    const QStringList improved = improvedParts(comparison, questionnaire, language);
    if (!improved.isEmpty())
        parts.append(improved.join(Words::tr(" and ").in(language)));
    if (parts.isEmpty())
        return {};
    return parts.join(QStringLiteral(", ")) + u'.';
}

} // namespace zelfscan
