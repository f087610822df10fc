// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the engine and its scoring models: which questions are shown, and what an answer
// is worth.

#include "core/assessment/AnswerSet.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QHash>

#include <optional>

namespace zelfscan::engine {

/** Points an answer gives before weighting; empty when it gives none (unanswered, N/A, unscored). */
std::optional<double> answerPoints(const Question& question, const Answer& answer);

/**
 * Resolves the names conditions use. Answers to hidden questions are ignored, so a condition
 * on a hidden question is false, exactly as if it had not been answered.
 */
class VisibilityResolver
{
public:
    VisibilityResolver(const Questionnaire& questionnaire, const AnswerSet& answers);

    bool sectionVisible(const Section& section);
    bool questionVisible(const Question& question);
    QVariant value(const QString& name);
    Expression::Resolver resolver();

    /**
     * The OT criticality level from the intake answers, after the maturity model's overrides;
     * null when the intake is unanswered.
     */
    const TargetLevel* targetLevel();
    double levelPoints() const { return m_levelPoints; }
    /** The level from the points alone, and the overrides that moved it. */
    const TargetLevel* pointsLevel() const { return m_pointsLevel; }
    const QList<AppliedOverride>& levelOverrides() const { return m_levelOverrides; }

private:
    const Questionnaire& m_questionnaire;
    const AnswerSet& m_answers;
    QHash<QString, bool> m_sections;
    QHash<QString, bool> m_questions;
    const TargetLevel* m_level = nullptr;
    const TargetLevel* m_pointsLevel = nullptr;
    QList<AppliedOverride> m_levelOverrides;
    bool m_levelComputed = false;
    double m_levelPoints = 0;
};

} // namespace zelfscan::engine
