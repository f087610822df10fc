// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

namespace zelfscan::models {

/**
 * Per-section percentages with lights (the Basisscan): a section's score is
 * 100 x (points - minimum) / (maximum - minimum) over its answered, applicable questions, where
 * the minimum is below 0 only when options score below 0. A TOP gap caps it at `top_cap`.
 */

Light lightFor(const ScoringRules& rules, double score);

/** The section's score and light; nothing when it has no range to score on. */
void scoreSection(SectionResult& result, const Section& section, const Questionnaire& questionnaire);

/** Format 2: the light overrides (red 1, orange 2, green 3) on every scored section. */
void overrideLights(QList<SectionResult>& sections, const QList<BandOverride>& overrides,
    const Expression::Resolver& resolve);

/** The mean of the section scores (each section counts equally); empty when none has a score. */
std::optional<double> overallScore(const QList<SectionResult>& sections);

} // namespace zelfscan::models
