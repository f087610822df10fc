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

QString reason(Maturity maturity, qsizetype pinnedCount, const Language& language)
{
    if (pinnedCount >= firstCount)
        return Words::tr(
            "These three are TOP points or measures your risk class requires; they always come first.")
            .in(language);
    QString because;
    QString what = Words::tr("the steps that improve your score the most").in(language);
    if (maturity == Maturity::Starting) {
        because = Words::tr("because you still score low on most parts").in(language);
        what = Words::tr("steps that take little effort and achieve a lot").in(language);
    } else if (maturity == Maturity::Mature) {
        because = Words::tr("because your basics are in good shape").in(language);
        what = Words::tr("the steps with the most effect, even when they take more work").in(language);
    }
    if (pinnedCount > 0)
        return because.isEmpty()
            ? Words::tr("TOP points and what your risk class requires come first; after that %1.")
                  .in(language)
                  .arg(what)
            : Words::tr("TOP points and what your risk class requires come first; after that, %1, %2.")
                  .in(language)
                  .arg(because, what);
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
    qsizetype pinnedCount = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i < firstCount && pinned(steps.at(i)))
            ++pinnedCount;
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
    first.why = reason(maturity, pinnedCount, language);
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
