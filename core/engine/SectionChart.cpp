// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SectionChart.h"

#include <algorithm>

namespace zelfscan {

QList<const SectionResult*> listedSections(const Questionnaire& questionnaire, const AssessmentResult& result)
{
    QList<const SectionResult*> sections;
    for (const SectionResult& s : result.sections) {
        if (s.visible && !questionnaire.isIntakeSection(s.sectionId))
            sections.append(&s);
    }
    return sections;
}

QList<ChartPoint> chartPoints(const Questionnaire& questionnaire, const AssessmentResult& result)
{
    const bool maturity = questionnaire.targetModel.has_value();
    QList<ChartPoint> points;
    for (const SectionResult* s : listedSections(questionnaire, result)) {
        const std::optional<double> value = maturity ? s->maturity : s->score;
        if (value)
            points.append({ s->sectionId, *value, maturity ? s->target : std::nullopt });
    }
    return points;
}

double chartMaximum(const Questionnaire& questionnaire)
{
    if (!questionnaire.targetModel)
        return 100;
    double maximum = 0;
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            if (!questionnaire.isIntakeQuestion(question))
                maximum = std::max(maximum, question.maxScore());
        }
    }
    return std::max(maximum, 1.0);
}

const SectionResult* weakestSection(const Questionnaire& questionnaire, const AssessmentResult& result)
{
    auto shortfall = [](const SectionResult& s) {
        return s.maturity && s.target ? *s.target - *s.maturity : 100.0 - s.score.value_or(100.0);
    };
    // The light first: it is what the user sees beside each part, and it also counts what the
    // mean cannot show (a TOP or critical item below its target). Naming a green part "weakest"
    // beside orange ones would point the owner at the wrong place.
    auto severity = [](const SectionResult& s) {
        return s.light == Light::Red ? 3 : s.light == Light::Orange ? 2 : s.light == Light::Green ? 1 : 0;
    };
    auto weaker = [&](const SectionResult& a, const SectionResult& b) {
        return severity(a) != severity(b) ? severity(a) > severity(b) : shortfall(a) > shortfall(b);
    };
    const SectionResult* weakest = nullptr;
    for (const SectionResult& s : result.sections) {
        if (s.score && !questionnaire.isIntakeSection(s.sectionId) && (!weakest || weaker(s, *weakest)))
            weakest = &s;
    }
    return weakest;
}

} // namespace zelfscan
