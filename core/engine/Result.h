// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/questionnaire/Questionnaire.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan {

enum class Light { None, Red, Orange, Green };
QString lightName(Light light);

/** How one question contributed to its section: the "why" behind a score. */
struct QuestionOutcome
{
    QString questionId;
    QString optionId; ///< the chosen option (single/statement); empty otherwise
    bool answered = false;
    bool applicable = true; ///< false for "not applicable" (left out of points and maximum)
    bool unknown = false; ///< "don't know"
    bool gap = false; ///< below the best answer (ot_check: below the area's target)
    bool top = false;
    double points = 0; ///< weighted
    double maximum = 0; ///< weighted
    double minimum = 0; ///< weighted; below 0 only when an option scores below 0
    double lostPoints = 0; ///< maximum - points
};

/** An override that changed a model's band (class, status, light or level numbers, from 1). */
struct AppliedOverride
{
    int index = 0; ///< position in the model's override list
    int fromClass = 0;
    int toClass = 0;
};

struct SectionResult
{
    QString sectionId;
    bool visible = true;
    std::optional<double> score; ///< 0-100; empty when nothing applicable was answered
    double points = 0;
    double maximum = 0;
    double minimum = 0; ///< below 0 only when options score below 0
    Light light = Light::None;
    bool topGap = false;
    /**
     * ot_check: an item with a minimum target of its own (min_target, a critical item) is below
     * it, above what the area's target asks of the rest.
     */
    bool criticalGap = false;
    bool capped = false; ///< the score was lowered to the TOP cap
    std::optional<double> maturity; ///< ot_check: weighted mean on the answer scale
    std::optional<double> target; ///< ot_check: target maturity for this area
    QList<QuestionOutcome> outcomes; ///< visible, scored questions
    QList<AppliedOverride> overrides; ///< format 2 overrides that changed the light
};

/** An answer that explains a points total: it added points (exposure) or lost them (status). */
struct RiskDriver
{
    QString questionId;
    QString optionId;
    double points = 0;
    double lostPoints = 0; ///< status: what the answer lost against the best answer
};

enum class MeasureStatus { InPlace, Missing, Unknown, NotApplicable };
QString measureStatusName(MeasureStatus status);

struct MeasureResult
{
    QString measureId;
    int riskClass = 1;
    QString group;
    MeasureStatus status = MeasureStatus::Unknown;
    bool answeredDirectly = false; ///< the user's own answer, for want of evidence
};

/** The result of a points model: a risk class (exposure) or a status (the answers' points). */
struct RiskResult
{
    double points = 0;
    double minimum = 0; ///< status: the fewest points the answered questions could give
    double maximum = 0; ///< status: the most points the answered questions could give
    /** status: 100 x (points - minimum) / (maximum - minimum), one decimal; empty without a range. */
    std::optional<double> percent;
    int pointsClass = 1; ///< the band from points alone (1 = lowest)
    int riskClass = 1; ///< after overrides
    /**
     * Risk class: the answers that raised the class most. Status: the unmet items that lost the
     * most points (never a met or not-applicable one). Largest first, at most three.
     */
    QList<RiskDriver> drivers;
    QList<AppliedOverride> overrides;
    QList<MeasureResult> measures; ///< the measures of the band (and below it, when cumulative)
};
using PointsResult = RiskResult;

struct TargetResult
{
    QString levelId;
    double points = 0;
    QString pointsLevelId; ///< the level from the intake points alone, before overrides
    QList<AppliedOverride> overrides;
};

enum class StepKind { Fix, FindOut, Measure };
QString stepKindName(StepKind kind);

/** A concrete next step, ready to show; priority 1 comes first. */
struct NextStep
{
    QString id; ///< stable across runs: the step's id, or "find-out-QUESTION"
    StepKind kind = StepKind::Fix;
    int priority = 0;
    QString sectionId; ///< the section of the first question that advised it (or the measure group)
    QStringList questionIds; ///< every question that advised it
    QString measureId;
    bool top = false; ///< closes a TOP gap
    bool requiredByClass = false; ///< a missing measure of the user's risk class
    int fromClass = 0; ///< the lowest risk class whose measures advise it; 0 for other steps
    double lostPoints = 0; ///< weighted points the advising answers lost
    LocalizedText title;
    LocalizedText how;
    LocalizedText why;
    Effort effort = Effort::Medium;
    Impact impact = Impact::Medium;
    QList<StepLink> links; ///< official guides
};

/** Everything the engine concludes from one answer set. Deterministic for equal inputs. */
struct AssessmentResult
{
    QString questionnaireId;
    QString questionnaireVersion;
    QString questionnaireHash;
    QList<SectionResult> sections;
    std::optional<double> overall; ///< mean of the section scores; empty when there are none
    QStringList missing; ///< visible questions not answered yet, in order
    std::optional<RiskResult> risk; ///< a points model of exposure: the risk class
    std::optional<PointsResult> status; ///< a points model of the answers' own points (format 2)
    std::optional<TargetResult> target;
    QList<NextStep> steps; ///< in priority order

    const SectionResult* section(const QString& id) const;
    const NextStep* step(const QString& id) const;
    /**
     * True only when nothing is left to do: every visible question answered, no step advised,
     * every measure of the class in place or not applicable. "Alles is op orde" needs this.
     */
    bool everythingInOrder() const;
};

} // namespace zelfscan
