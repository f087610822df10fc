// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/SectionScoreModel.h"

#include "core/engine/models/BandOverrides.h"

#include <algorithm>
#include <cmath>

namespace zelfscan::models {

Light lightFor(const ScoringRules& rules, double score)
{
    if (score >= rules.greenFrom)
        return Light::Green;
    if (score >= rules.orangeFrom)
        return Light::Orange;
    return Light::Red;
}

void scoreSection(SectionResult& result, const Section& section, const Questionnaire& questionnaire)
{
    const double range = result.maximum - result.minimum;
    if (!result.visible || range <= 0)
        return;
    double score = 100.0 * (result.points - result.minimum) / range;
    const std::optional<double> cap = section.topCap ? section.topCap : questionnaire.scoring.topCap;
    if (result.topGap && cap && score > *cap) {
        score = *cap;
        result.capped = true;
    }
    result.score = std::round(score * 10) / 10;
    result.light = lightFor(questionnaire.scoring, *result.score);
}

void overrideLights(
    QList<SectionResult>& sections, const QList<BandOverride>& overrides, const Expression::Resolver& resolve)
{
    if (overrides.isEmpty())
        return;
    for (SectionResult& section : sections) {
        if (section.light == Light::None)
            continue;
        const OverrideContext context { section.topGap, section.sectionId };
        const int band = applyOverrides(int(section.light), overrides, resolve, context, &section.overrides);
        section.light = static_cast<Light>(std::clamp(band, int(Light::Red), int(Light::Green)));
    }
}

std::optional<double> overallScore(const QList<SectionResult>& sections)
{
    double sum = 0;
    int scored = 0;
    for (const SectionResult& section : sections) {
        if (section.score) {
            sum += *section.score;
            ++scored;
        }
    }
    if (scored == 0)
        return std::nullopt;
    return std::round(sum / scored * 10) / 10;
}

} // namespace zelfscan::models
