// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/PointsBandModel.h"

#include "core/engine/StepCollector_p.h"
#include "core/engine/Visibility_p.h"
#include "core/engine/models/BandOverrides.h"

#include <algorithm>
#include <cmath>

namespace zelfscan::models {

namespace {

/** Evidence for a measure from an answer set: in place, missing, or unknown. */
MeasureStatus evidenceStatus(
    const MeasureEvidence& evidence, const Questionnaire& questionnaire, const AnswerSet& answers)
{
    const Question* question = questionnaire.question(evidence.questionId);
    if (!question)
        return MeasureStatus::Unknown;
    // A question hidden for this business (a zzp'er has no staff to give accounts) asks about
    // something that does not exist there: the measure does not apply, it is not unknown.
    if (!isQuestionVisible(questionnaire, *question, answers))
        return MeasureStatus::NotApplicable;
    const auto answer = answers.answers.constFind(evidence.questionId);
    if (answer == answers.answers.constEnd())
        return MeasureStatus::Unknown;
    if (question->type == QuestionType::Multiple || question->type == QuestionType::Number) {
        const auto points = engine::answerPoints(*question, *answer);
        if (!points)
            return MeasureStatus::Unknown;
        return *points >= question->maxScore() ? MeasureStatus::InPlace : MeasureStatus::Missing;
    }
    const AnswerOption* option = question->option(answer->option);
    if (!option || option->unknown)
        return MeasureStatus::Unknown;
    if (option->notApplicable)
        return MeasureStatus::NotApplicable;
    const bool inPlace = evidence.inPlaceOptions.isEmpty() ? option->score >= question->maxScore()
                                                           : evidence.inPlaceOptions.contains(option->id);
    return inPlace ? MeasureStatus::InPlace : MeasureStatus::Missing;
}

/** The status of one measure: from its evidence, else the user's own answer, then done steps. */
MeasureResult judgeMeasure(const Measure& measure, const Questionnaire& questionnaire,
    const AnswerSet& answers, const AssessmentOptions& options)
{
    MeasureResult result { measure.id, measure.riskClass, measure.group, MeasureStatus::Unknown };
    bool anyMissing = false;
    bool anyUnknown = false;
    bool anyInPlace = false;
    for (const MeasureEvidence& evidence : measure.evidence) {
        MeasureStatus status = MeasureStatus::Unknown;
        if (evidence.questionnaireId.isEmpty() || evidence.questionnaireId == questionnaire.id) {
            status = evidenceStatus(evidence, questionnaire, answers);
        } else if (options.evidenceQuestionnaire
            && options.evidenceQuestionnaire->id == evidence.questionnaireId) {
            if (options.evidenceAnswers) {
                const AnswerSet evidenceAnswers = applyDoneSteps(
                    *options.evidenceQuestionnaire, *options.evidenceAnswers, options.doneSteps);
                status = evidenceStatus(evidence, *options.evidenceQuestionnaire, evidenceAnswers);
            } else if (!answers.profile.size.isEmpty()) {
                // Without answers the profile still tells which questions exist for this business.
                AnswerSet profileOnly;
                profileOnly.profile = answers.profile;
                status = evidenceStatus(evidence, *options.evidenceQuestionnaire, profileOnly);
            }
        }
        anyMissing = anyMissing || status == MeasureStatus::Missing;
        anyUnknown = anyUnknown || status == MeasureStatus::Unknown;
        anyInPlace = anyInPlace || status == MeasureStatus::InPlace;
    }
    if (!measure.evidence.isEmpty())
        result.status = anyMissing ? MeasureStatus::Missing
            : anyUnknown           ? MeasureStatus::Unknown
            : anyInPlace           ? MeasureStatus::InPlace
                                   : MeasureStatus::NotApplicable;
    if (result.status == MeasureStatus::Unknown) {
        const auto direct = answers.measureAnswers.constFind(measure.id);
        if (direct != answers.measureAnswers.constEnd()) {
            result.status = *direct ? MeasureStatus::InPlace : MeasureStatus::Missing;
            result.answeredDirectly = true;
        }
    }
    const bool stillOpen = result.status == MeasureStatus::Missing || result.status == MeasureStatus::Unknown;
    if (stillOpen && options.doneSteps.contains(measure.stepId))
        result.status = MeasureStatus::InPlace;
    return result;
}

} // namespace

PointsTally tallyOutcomes(const PointsModel& model, const QList<SectionResult>& sections)
{
    PointsTally tally;
    for (const SectionResult& section : sections) {
        if (!section.visible || !model.counts(section.sectionId))
            continue;
        for (const QuestionOutcome& outcome : section.outcomes) {
            if (!outcome.applicable)
                continue;
            tally.points += outcome.points;
            tally.minimum += outcome.minimum;
            tally.maximum += outcome.maximum;
            tally.topGap = tally.topGap || (outcome.gap && outcome.top);
            if (outcome.lostPoints > 0)
                tally.answers.append(
                    { outcome.questionId, outcome.optionId, outcome.points, outcome.lostPoints });
        }
    }
    return tally;
}

PointsResult classify(const PointsModel& model, PointsTally tally, const Expression::Resolver& resolve)
{
    PointsResult result;
    result.points = tally.points;
    result.minimum = tally.minimum;
    result.maximum = tally.maximum;
    if (!model.exposure && tally.maximum > tally.minimum)
        result.percent
            = std::round(100.0 * (tally.points - tally.minimum) / (tally.maximum - tally.minimum) * 10) / 10;
    for (const RiskClassDefinition& band : model.classes) {
        if (tally.points >= band.minPoints)
            result.pointsClass = band.number;
    }
    result.riskClass = applyOverrides(
        result.pointsClass, model.overrides, resolve, { tally.topGap, {} }, &result.overrides);
    if (model.exposure) {
        std::stable_sort(tally.answers.begin(), tally.answers.end(),
            [](const RiskDriver& a, const RiskDriver& b) { return a.points > b.points; });
    } else {
        std::stable_sort(tally.answers.begin(), tally.answers.end(),
            [](const RiskDriver& a, const RiskDriver& b) { return a.lostPoints > b.lostPoints; });
    }
    for (const RiskDriver& driver : tally.answers) {
        // Only what pushed the result: an answer that added nothing, or lost nothing, is no driver.
        const double weight = model.exposure ? driver.points : driver.lostPoints;
        if (weight <= 0 || result.drivers.size() == 3)
            break;
        result.drivers.append(driver);
    }
    return result;
}

void judgeMeasures(PointsResult& result, engine::StepCollector& steps, const Questionnaire& questionnaire,
    const AnswerSet& answers, const AssessmentOptions& options, const Expression::Resolver& resolve)
{
    const PointsModel& model = *questionnaire.riskModel;
    for (const Measure& measure : model.measures) {
        const bool inBand = model.cumulative ? measure.riskClass <= result.riskClass
                                             : measure.riskClass == result.riskClass;
        if (!inBand || !measure.appliesIf.evaluate(resolve))
            continue;
        const MeasureResult measureResult = judgeMeasure(measure, questionnaire, answers, options);
        if (measureResult.status == MeasureStatus::Missing || measureResult.status == MeasureStatus::Unknown)
            steps.addMeasure(measure, measureResult.status, model.exposure);
        result.measures.append(measureResult);
    }
}

} // namespace zelfscan::models
