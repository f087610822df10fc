// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"

#include "core/engine/StepCollector_p.h"
#include "core/engine/Visibility_p.h"
#include "core/engine/models/MaturityModel.h"
#include "core/engine/models/PointsBandModel.h"
#include "core/engine/models/SectionScoreModel.h"
#include "core/text/Words.h"

#include <algorithm>
#include <cmath>

namespace zelfscan {

using engine::answerPoints;
using engine::StepCollector;
using engine::VisibilityResolver;

namespace {

class Words
{
    ZELFSCAN_WORDS(Engine)
};

} // namespace

bool isSectionVisible(const Questionnaire& questionnaire, const Section& section, const AnswerSet& answers)
{
    return VisibilityResolver(questionnaire, answers).sectionVisible(section);
}

bool isQuestionVisible(const Questionnaire& questionnaire, const Question& question, const AnswerSet& answers)
{
    return VisibilityResolver(questionnaire, answers).questionVisible(question);
}

AnswerSet applyDoneSteps(
    const Questionnaire& questionnaire, const AnswerSet& answers, const QSet<QString>& doneSteps)
{
    if (doneSteps.isEmpty())
        return answers;
    AnswerSet improved = answers;
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            const auto answer = answers.answers.constFind(question.id);
            if (answer == answers.answers.constEnd() || questionnaire.isIntakeQuestion(question))
                continue;
            if (question.type == QuestionType::Multiple) {
                QStringList chosen = answer->options;
                for (const AnswerOption& option : question.options) {
                    const QString stepId = option.stepId.isEmpty() ? question.stepId : option.stepId;
                    if (!doneSteps.contains(stepId))
                        continue;
                    if (option.score > 0 && !chosen.contains(option.id))
                        chosen.append(option.id);
                    else if (option.score < 0) // a done step takes away what cost points
                        chosen.removeAll(option.id);
                }
                improved.answers.insert(question.id, Answer::ofOptions(chosen));
                continue;
            }
            if (question.type == QuestionType::Number)
                continue;
            const AnswerOption* current = question.option(answer->option);
            const QString stepId = current && !current->stepId.isEmpty() ? current->stepId : question.stepId;
            if (!current || current->notApplicable || !doneSteps.contains(stepId))
                continue;
            const AnswerOption* best = nullptr;
            for (const AnswerOption& option : question.options) {
                if (!option.notApplicable && !option.unknown && (!best || option.score > best->score))
                    best = &option;
            }
            if (best)
                improved.answers.insert(question.id, Answer::ofOption(best->id));
        }
    }
    return improved;
}

LocalizedText stepTitle(const Questionnaire& questionnaire, const QString& stepId)
{
    if (const StepTemplate* step = questionnaire.step(stepId))
        return step->title;
    LocalizedText title;
    const QString findOut = QStringLiteral("find-out-");
    const QString measure = QStringLiteral("measure-");
    if (stepId.startsWith(measure) && questionnaire.riskModel) {
        // A measure without a step template of its own is advised under its own title.
        for (const Measure& m : questionnaire.riskModel->measures) {
            if (m.id == QStringView(stepId).mid(measure.size()))
                return m.title;
        }
        return title;
    }
    const Question* question
        = stepId.startsWith(findOut) ? questionnaire.question(stepId.mid(findOut.size())) : nullptr;
    if (!question)
        return title;
    if (!question->findOutTitle.isEmpty())
        return question->findOutTitle;
    for (const QString& code : questionnaire.languages) {
        const Language language = Language::declared(code);
        title.set(code, Words::tr("Find out: %1").in(language).arg(question->text.text(language)));
    }
    return title;
}

namespace {

/** The steps a gap in @p question calls for: find out, or the fix of each missing or chosen option. */
void adviseOnGap(StepCollector& steps, const Question& question, const Answer& answer,
    const AnswerOption* chosen, const QuestionOutcome& outcome)
{
    if (outcome.unknown) {
        steps.addFindOut(question, outcome.lostPoints, question.top);
    } else if (question.type == QuestionType::Multiple) {
        // A gap is a good option left out, or an option that costs points chosen.
        for (const AnswerOption& option : question.options) {
            const bool chosenOption = answer.options.contains(option.id);
            if (option.score == 0 || (option.score > 0) == chosenOption)
                continue;
            const QString stepId = option.stepId.isEmpty() ? question.stepId : option.stepId;
            steps.addFix(stepId, question, std::abs(option.score) * question.weight, question.top);
        }
    } else {
        const QString stepId = chosen && !chosen->stepId.isEmpty() ? chosen->stepId : question.stepId;
        steps.addFix(stepId, question, outcome.lostPoints, question.top);
    }
}

/** A section's running totals while its questions are scored. */
struct SectionTally
{
    SectionResult result;
    double maturitySum = 0;
    double maturityWeight = 0;
};

/**
 * Scores one answered, scored question into @p tally and advises on its gap. A question is a gap
 * when its points stay below the target (the best answer, or for an OT area its target level,
 * raised by the question's own minimum) or when the answer is "I don't know".
 */
void scoreQuestion(SectionTally& tally, StepCollector& steps, const Question& question, const Answer& answer)
{
    SectionResult& section = tally.result;
    QuestionOutcome outcome;
    outcome.questionId = question.id;
    outcome.answered = true;
    outcome.top = question.top;
    const AnswerOption* chosen
        = answer.kind == Answer::Kind::Option ? question.option(answer.option) : nullptr;
    if (chosen)
        outcome.optionId = chosen->id;
    const std::optional<double> points = answerPoints(question, answer);
    if (!points) {
        outcome.applicable = false;
        section.outcomes.append(outcome);
        return;
    }
    outcome.unknown = chosen && chosen->unknown;
    const double best = question.maxScore();
    outcome.points = *points * question.weight;
    outcome.maximum = best * question.weight;
    outcome.minimum = question.minScore() * question.weight;
    outcome.lostPoints = outcome.maximum - outcome.points;
    const double target = section.target ? std::max(*section.target, question.minTarget.value_or(0)) : best;
    outcome.gap = *points < std::min(target, best) || outcome.unknown;
    section.points += outcome.points;
    section.maximum += outcome.maximum;
    section.minimum += outcome.minimum;
    tally.maturitySum += *points * question.weight;
    tally.maturityWeight += question.weight;
    if (outcome.gap && question.top)
        section.topGap = true;
    if (outcome.gap && section.target && question.minTarget && *question.minTarget > *section.target)
        section.criticalGap = true;
    if (outcome.gap)
        adviseOnGap(steps, question, answer, chosen, outcome);
    section.outcomes.append(outcome);
}

/** The section's score and light where the file declares them; for an OT area its maturity. */
void finishSection(SectionTally& tally, const Section& section, const Questionnaire& questionnaire)
{
    SectionResult& result = tally.result;
    if (!result.visible || result.maximum - result.minimum <= 0)
        return;
    if (questionnaire.sectionScores || questionnaire.targetModel)
        models::scoreSection(result, section, questionnaire);
    if (questionnaire.targetModel)
        models::judgeArea(result, tally.maturitySum, tally.maturityWeight);
}

/** Scores every section, collects the risk intake's points and the unanswered questions. */
void scoreSections(AssessmentResult& result, models::PointsTally& risk, StepCollector& steps,
    const Questionnaire& questionnaire, const AnswerSet& answers, VisibilityResolver& visibility)
{
    const TargetLevel* level = visibility.targetLevel();
    for (const Section& section : questionnaire.sections) {
        SectionTally tally;
        tally.result.sectionId = section.id;
        tally.result.visible = visibility.sectionVisible(section);
        if (questionnaire.targetModel && !questionnaire.isIntakeSection(section.id) && level)
            tally.result.target = level->targetFor(section.id);
        for (const Question& question : section.questions) {
            if (!visibility.questionVisible(question))
                continue;
            const auto answer = answers.answers.constFind(question.id);
            if (answer == answers.answers.constEnd()) {
                result.missing.append(question.id);
            } else if (questionnaire.isIntakeQuestion(question)) {
                if (!questionnaire.riskModel || !questionnaire.riskModel->exposure)
                    continue;
                const double points = answerPoints(question, *answer).value_or(0);
                risk.points += points;
                risk.answers.append({ question.id,
                    answer->kind == Answer::Kind::Option ? answer->option : QString(), points, 0 });
            } else if (question.isScored()) {
                scoreQuestion(tally, steps, question, *answer);
            }
        }
        finishSection(tally, section, questionnaire);
        result.sections.append(tally.result);
    }
}

} // namespace

AssessmentResult assess(
    const Questionnaire& questionnaire, const AnswerSet& inputAnswers, const AssessmentOptions& options)
{
    const AnswerSet answers = applyDoneSteps(questionnaire, inputAnswers, options.doneSteps);
    VisibilityResolver visibility(questionnaire, answers);
    const Expression::Resolver resolve
        = [&visibility](const QString& name) { return visibility.value(name); };
    StepCollector steps(questionnaire, resolve);

    AssessmentResult result;
    result.questionnaireId = questionnaire.id;
    result.questionnaireVersion = questionnaire.version;
    result.questionnaireHash = questionnaire.contentHash;
    const TargetLevel* level = visibility.targetLevel();
    if (questionnaire.targetModel && level)
        result.target = TargetResult { level->id, visibility.levelPoints(), visibility.pointsLevel()->id,
            visibility.levelOverrides() };

    models::PointsTally exposure;
    scoreSections(result, exposure, steps, questionnaire, answers, visibility);
    models::overrideLights(result.sections, questionnaire.scoring.overrides, resolve);
    result.overall = models::overallScore(result.sections);
    if (questionnaire.riskModel) {
        const PointsModel& model = *questionnaire.riskModel;
        PointsResult points = models::classify(
            model, model.exposure ? exposure : models::tallyOutcomes(model, result.sections), resolve);
        models::judgeMeasures(points, steps, questionnaire, answers, options, resolve);
        (model.exposure ? result.risk : result.status) = points;
    }

    result.steps = steps.ordered();
    // "What if": steps taken as done no longer appear as advice.
    result.steps.erase(std::remove_if(result.steps.begin(), result.steps.end(),
                           [&](const NextStep& s) { return options.doneSteps.contains(s.id); }),
        result.steps.end());
    for (int i = 0; i < result.steps.size(); ++i)
        result.steps[i].priority = i + 1;
    return result;
}

const SectionResult* AssessmentResult::section(const QString& id) const
{
    for (const SectionResult& s : sections) {
        if (s.sectionId == id)
            return &s;
    }
    return nullptr;
}

bool AssessmentResult::everythingInOrder() const
{
    if (!steps.isEmpty() || !missing.isEmpty())
        return false;
    for (const std::optional<PointsResult>& points : { risk, status }) {
        if (!points)
            continue;
        for (const MeasureResult& measure : points->measures) {
            if (measure.status == MeasureStatus::Missing || measure.status == MeasureStatus::Unknown)
                return false;
        }
    }
    return true;
}

const NextStep* AssessmentResult::step(const QString& id) const
{
    for (const NextStep& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString lightName(Light light)
{
    switch (light) {
    case Light::None:
        return QStringLiteral("none");
    case Light::Red:
        return QStringLiteral("red");
    case Light::Orange:
        return QStringLiteral("orange");
    case Light::Green:
        return QStringLiteral("green");
    }
    return {};
}

QString measureStatusName(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::InPlace:
        return QStringLiteral("in_place");
    case MeasureStatus::Missing:
        return QStringLiteral("missing");
    case MeasureStatus::Unknown:
        return QStringLiteral("unknown");
    case MeasureStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Fix:
        return QStringLiteral("fix");
    case StepKind::FindOut:
        return QStringLiteral("find_out");
    case StepKind::Measure:
        return QStringLiteral("measure");
    }
    return {};
}

} // namespace zelfscan
