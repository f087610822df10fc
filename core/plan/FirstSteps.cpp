// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/FirstSteps.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <algorithm>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(FirstSteps)
};

constexpr qsizetype firstCount = 3;
constexpr double startingBelow = 50;
constexpr double matureFrom = 75;

int rank(Effort effort)
{
    return effort == Effort::Low ? 1 : effort == Effort::Medium ? 2 : 3;
}

int rank(Impact impact)
{
    return impact == Impact::Low ? 1 : impact == Impact::Medium ? 2 : 3;
}

bool pinned(const NextStep& step)
{
    return step.top || step.requiredByClass;
}

/** True when @p a goes before @p b for a business of @p maturity. */
bool before(Maturity maturity, const NextStep& a, const NextStep& b)
{
    if (maturity == Maturity::Starting) {
        const int gainA = rank(a.impact) - rank(a.effort);
        const int gainB = rank(b.impact) - rank(b.effort);
        return gainA != gainB ? gainA > gainB : rank(a.impact) > rank(b.impact);
    }
    if (maturity == Maturity::Mature)
        return rank(a.impact) != rank(b.impact) ? rank(a.impact) > rank(b.impact)
                                                : rank(a.effort) > rank(b.effort);
    return false;
}

/** What put steps first: a Basisscan has TOP points, a risk class its required measures. */
enum class Pinned { Top, ByClass, Both };

Pinned pinnedBy(const QList<NextStep>& pinnedSteps)
{
    if (std::all_of(pinnedSteps.cbegin(), pinnedSteps.cend(), [](const NextStep& s) { return s.top; }))
        return Pinned::Top;
    if (std::all_of(
            pinnedSteps.cbegin(), pinnedSteps.cend(), [](const NextStep& s) { return s.requiredByClass; }))
        return Pinned::ByClass;
    return Pinned::Both;
}

/** The reason names only what put the steps first: no risk class where the user has none. */
QString reason(Maturity maturity, const QList<NextStep>& pinnedSteps, const Language& language)
{
    const Pinned by = pinnedBy(pinnedSteps);
    if (pinnedSteps.size() >= firstCount) {
        const Phrase all = by == Pinned::Top
            ? Words::tr("The first three are TOP points; those always come first.")
            : by == Pinned::ByClass
            ? Words::tr("The first three are measures your risk class requires; those always come first.")
            : Words::tr("The first three are TOP points or measures your risk class requires; those always "
                        "come first.");
        return all.in(language);
    }
    QString because;
    QString what = Words::tr("the steps that improve your score the most").in(language);
    if (maturity == Maturity::Starting) {
        because = Words::tr("because you still score low on most parts").in(language);
        what = Words::tr("steps that take little effort and achieve a lot").in(language);
    } else if (maturity == Maturity::Mature) {
        because = Words::tr("because your basics are in good shape").in(language);
        what = Words::tr("the steps with the most effect, even when they take more work").in(language);
    }
    if (!pinnedSteps.isEmpty() && because.isEmpty()) {
        const Phrase first = by == Pinned::Top ? Words::tr("TOP points come first; after that %1.")
            : by == Pinned::ByClass
            ? Words::tr("What your risk class requires comes first; after that %1.")
            : Words::tr("TOP points and what your risk class requires come first; after that %1.");
        return first.in(language).arg(what);
    }
    if (!pinnedSteps.isEmpty()) {
        const Phrase first = by == Pinned::Top ? Words::tr("TOP points come first; after that, %1, %2.")
            : by == Pinned::ByClass
            ? Words::tr("What your risk class requires comes first; after that, %1, %2.")
            : Words::tr("TOP points and what your risk class requires come first; after that, %1, %2.");
        return first.in(language).arg(because, what);
    }
    QString sentence = because.isEmpty() ? Words::tr("first %1.").in(language).arg(what)
                                         : Words::tr("%1, first %2.").in(language).arg(because, what);
    sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

} // namespace

Maturity maturityOf(const AssessmentResult& result)
{
    if (!result.overall)
        return Maturity::Growing;
    if (*result.overall < startingBelow)
        return Maturity::Starting;
    const bool anyRed = std::any_of(result.sections.cbegin(), result.sections.cend(),
        [](const SectionResult& section) { return section.visible && section.light == Light::Red; });
    return *result.overall >= matureFrom && !anyRed ? Maturity::Mature : Maturity::Growing;
}

FirstSteps firstStepsFor(const AssessmentResult& result, const Language& language)
{
    FirstSteps first;
    if (result.steps.isEmpty())
        return first;
    const Maturity maturity = maturityOf(result);
    const QList<NextStep>& steps = result.steps;
    QList<NextStep> candidates;
    QList<NextStep> pinnedSteps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i < firstCount && pinned(steps.at(i)))
            pinnedSteps.append(steps.at(i));
        else
            candidates.append(steps.at(i));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [maturity](const NextStep& a, const NextStep& b) { return before(maturity, a, b); });
    QList<NextStep> chosen;
    qsizetype next = 0;
    for (qsizetype i = 0; i < qMin(firstCount, steps.size()); ++i)
        chosen.append(pinned(steps.at(i)) ? steps.at(i) : candidates.at(next++));
    first.steps = chosen;
    for (const NextStep& step : steps) {
        const bool taken
            = std::any_of(chosen.cbegin(), chosen.cend(), [&](const NextStep& c) { return c.id == step.id; });
        if (!taken)
            first.steps.append(step);
    }
    first.why = reason(maturity, pinnedSteps, language);
    return first;
}

std::optional<NextStep> firstOpenStep(const AssessmentResult& result, const QSet<QString>& done)
{
    // The order does not depend on the language; only the reason sentence does.
    for (const NextStep& step : firstStepsFor(result, Language::english()).steps) {
        if (!done.contains(step.id))
            return step;
    }
    return std::nullopt;
}

} // namespace zelfscan
