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

enum class Direction { Up, Down };

/** The parts that went @p direction, largest change first, at most namedParts of them. */
QStringList changedParts(const Comparison& comparison, const Questionnaire& questionnaire,
    const Language& language, Direction direction)
{
    QList<Comparison::SectionChange> changed;
    for (const Comparison::SectionChange& change : comparison.sections) {
        if (!change.before || !change.after)
            continue;
        const long before = std::lround(*change.before);
        const long after = std::lround(*change.after);
        if (direction == Direction::Up ? after > before : after < before)
            changed.append(change);
    }
    std::stable_sort(changed.begin(), changed.end(),
        [](const Comparison::SectionChange& a, const Comparison::SectionChange& b) {
            return std::abs(*a.delta()) > std::abs(*b.delta());
        });
    QStringList parts;
    for (const Comparison::SectionChange& change : changed.mid(0, namedParts)) {
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
    const QString and_ = Words::tr(" and ").in(language);
    const QStringList improved = changedParts(comparison, questionnaire, language, Direction::Up);
    if (!improved.isEmpty())
        parts.append(improved.join(and_));
    QString sentence = parts.isEmpty() ? QString() : parts.join(QStringLiteral(", ")) + u'.';
    // A part that went down is said too: leaving it out would make the re-check look better than it is.
    const QStringList declined = changedParts(comparison, questionnaire, language, Direction::Down);
    if (!declined.isEmpty()) {
        if (!sentence.isEmpty())
            sentence += u' ';
        sentence += Words::tr("Lower than last time: %1.").in(language).arg(declined.join(and_));
    }
    return sentence;
}

} // namespace zelfscan
