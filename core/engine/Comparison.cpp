// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Comparison.h"

#include <QSet>

namespace zelfscan {

Comparison compareResults(const AssessmentResult& before, const AssessmentResult& after)
{
    Comparison comparison;
    QSet<QString> seen;
    for (const SectionResult& s : after.sections) {
        const SectionResult* old = before.section(s.sectionId);
        comparison.sections.append({ s.sectionId, old ? old->score : std::nullopt, s.score });
        seen.insert(s.sectionId);
    }
    for (const SectionResult& s : before.sections) {
        if (!seen.contains(s.sectionId))
            comparison.sections.append(
                { s.sectionId, s.score, std::nullopt }); // a part that no longer exists
    }
    comparison.overallBefore = before.overall;
    comparison.overallAfter = after.overall;
    if (before.risk)
        comparison.classBefore = before.risk->riskClass;
    if (after.risk)
        comparison.classAfter = after.risk->riskClass;
    for (const NextStep& step : before.steps) {
        if (after.step(step.id))
            comparison.stillOpen.append(step.id);
        else
            comparison.stepsDone.append(step.id);
    }
    for (const NextStep& step : after.steps) {
        if (!before.step(step.id))
            comparison.newGaps.append(step.id);
    }
    return comparison;
}

} // namespace zelfscan
