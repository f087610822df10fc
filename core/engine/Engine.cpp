// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"

#include "core/text/Words.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace zelfscan {

namespace {

const QString profileSize = QStringLiteral("profile.size");
const QString profileSector = QStringLiteral("profile.sector");
const QString levelName = QStringLiteral("level");

class Words
{
    ZELFSCAN_WORDS(Engine)
};

/** Points an answer gives before weighting; empty when it gives none (unanswered, N/A, unscored). */
std::optional<double> answerPoints(const Question& question, const Answer& answer)
{
    switch (question.type) {
    case QuestionType::Statement:
    case QuestionType::Single: {
        const AnswerOption* option = question.option(answer.option);
        if (!option || option->notApplicable)
            return std::nullopt;
        return option->score;
    }
    case QuestionType::Multiple: {
        double sum = 0;
        for (const QString& id : answer.options) {
            if (const AnswerOption* option = question.option(id))
                sum += option->score;
        }
        return sum;
    }
    case QuestionType::Number:
        for (const NumberBand& band : question.bands) {
            if (band.contains(answer.number))
                return band.score;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

/**
 * Resolves the names conditions use. Answers to hidden questions are ignored, so a condition
 * on a hidden question is false, exactly as if it had not been answered.
 */
class VisibilityResolver
{
public:
    VisibilityResolver(const Questionnaire& questionnaire, const AnswerSet& answers)
        : m_questionnaire(questionnaire)
        , m_answers(answers)
    {
    }

    bool sectionVisible(const Section& section)
    {
        const auto it = m_sections.constFind(section.id);
        if (it != m_sections.constEnd())
            return *it;
        const bool visible = section.visibleIf.evaluate(resolver());
        m_sections.insert(section.id, visible);
        return visible;
    }

    bool questionVisible(const Question& question)
    {
        const auto it = m_questions.constFind(question.id);
        if (it != m_questions.constEnd())
            return *it;
        m_questions.insert(question.id, false); // guards against cycles in malformed content
        const Section* section = m_questionnaire.section(question.sectionId);
        const bool visible = section && sectionVisible(*section) && question.visibleIf.evaluate(resolver());
        m_questions.insert(question.id, visible);
        return visible;
    }

    QVariant value(const QString& name)
    {
        if (name == profileSize)
            return m_answers.profile.size.isEmpty() ? QVariant() : QVariant(m_answers.profile.size);
        if (name == profileSector)
            return m_answers.profile.sector.isEmpty() ? QVariant() : QVariant(m_answers.profile.sector);
        if (name == levelName) {
            const TargetLevel* level = targetLevel();
            return level ? QVariant(level->id) : QVariant();
        }
        const Question* question = m_questionnaire.question(name);
        const auto answer = m_answers.answers.constFind(name);
        if (!question || answer == m_answers.answers.constEnd() || !questionVisible(*question))
            return {};
        return answer->toVariant();
    }

    /** The OT criticality level from the intake answers; null when the intake is unanswered. */
    const TargetLevel* targetLevel()
    {
        if (!m_questionnaire.targetModel)
            return nullptr;
        if (m_levelComputed)
            return m_level;
        m_levelComputed = true;
        const TargetModel& model = *m_questionnaire.targetModel;
        const Section* intake = m_questionnaire.section(model.intakeSectionId);
        if (!intake)
            return nullptr;
        bool anyAnswered = false;
        m_levelPoints = 0;
        for (const Question& question : intake->questions) {
            const auto answer = m_answers.answers.constFind(question.id);
            if (answer == m_answers.answers.constEnd() || !questionVisible(question))
                continue;
            anyAnswered = true;
            m_levelPoints += answerPoints(question, *answer).value_or(0);
        }
        if (!anyAnswered)
            return nullptr;
        for (const TargetLevel& level : model.levels) {
            if (m_levelPoints >= level.minPoints)
                m_level = &level;
        }
        return m_level;
    }

    double levelPoints() const { return m_levelPoints; }

private:
    Expression::Resolver resolver()
    {
        return [this](const QString& name) { return value(name); };
    }

    const Questionnaire& m_questionnaire;
    const AnswerSet& m_answers;
    QHash<QString, bool> m_sections;
    QHash<QString, bool> m_questions;
    const TargetLevel* m_level = nullptr;
    bool m_levelComputed = false;
    double m_levelPoints = 0;
};

Light lightFor(const ScoringRules& rules, double score)
{
    if (score >= rules.greenFrom)
        return Light::Green;
    if (score >= rules.orangeFrom)
        return Light::Orange;
    return Light::Red;
}

int impactRank(Impact impact)
{
    return impact == Impact::High ? 0 : impact == Impact::Medium ? 1 : 2;
}

int effortRank(Effort effort)
{
    return effort == Effort::Low ? 0 : effort == Effort::Medium ? 1 : 2;
}

class StepCollector
{
public:
    StepCollector(const Questionnaire& questionnaire, Expression::Resolver resolve)
        : m_questionnaire(questionnaire)
        , m_resolve(std::move(resolve))
    {
    }

    void addFix(const QString& stepId, const Question& question, double lostPoints, bool top)
    {
        const StepTemplate* step = m_questionnaire.step(stepId);
        if (!step)
            return;
        NextStep& next = entry(step->id, StepKind::Fix, question.sectionId);
        fill(next, *step, m_resolve);
        addQuestion(next, question.id);
        next.lostPoints += lostPoints;
        next.top = next.top || top;
    }

    void addFindOut(const Question& question, double lostPoints, bool top)
    {
        NextStep& next
            = entry(QStringLiteral("find-out-") + question.id, StepKind::FindOut, question.sectionId);
        addQuestion(next, question.id);
        next.lostPoints += lostPoints;
        next.top = next.top || top;
        next.title = stepTitle(m_questionnaire, next.id);
        // The guide that explains the fix is also where one finds out (e.g. whether a law applies).
        if (const StepTemplate* fix = m_questionnaire.step(question.stepId))
            next.links = fix->links;
        for (const QString& code : m_questionnaire.languages) {
            const Language language = Language::declared(code);
            next.how.set(code,
                question.findOut.isEmpty()
                    ? Words::tr("Ask your IT supplier, or whoever looks after your IT.").in(language)
                    : question.findOut.text(language));
            next.why.set(code,
                Words::tr("Only once you know can you decide whether something needs to be done.")
                    .in(language));
        }
        next.effort = Effort::Low;
        next.impact = top ? Impact::High : Impact::Medium;
    }

    void addMeasure(const Measure& measure, MeasureStatus status)
    {
        const StepTemplate* step = m_questionnaire.step(measure.stepId);
        NextStep& next = entry(
            step ? step->id : QStringLiteral("measure-") + measure.id, StepKind::Measure, measure.group);
        if (next.measureId.isEmpty() || measure.riskClass < next.fromClass)
            next.measureId = measure.id;
        next.fromClass
            = next.fromClass == 0 ? measure.riskClass : std::min(next.fromClass, measure.riskClass);
        next.requiredByClass = next.requiredByClass || status == MeasureStatus::Missing;
        if (step) {
            fill(next, *step, m_resolve);
        } else {
            next.title = measure.title;
            next.how = Words::tr(
                "Discuss this measure with your IT supplier and write down what is already in place.")
                           .in(m_questionnaire.languages);
            next.why = Words::tr("This measure belongs to your business's risk class.")
                           .in(m_questionnaire.languages);
        }
    }

    QList<NextStep> ordered()
    {
        QList<NextStep> steps = m_steps;
        std::stable_sort(steps.begin(), steps.end(), [](const NextStep& a, const NextStep& b) {
            const int tierA = (a.top || a.requiredByClass) ? 0 : 1;
            const int tierB = (b.top || b.requiredByClass) ? 0 : 1;
            if (tierA != tierB)
                return tierA < tierB;
            // What the lowest class already requires comes before what only a higher class adds.
            const int classA = a.fromClass == 0 ? std::numeric_limits<int>::max() : a.fromClass;
            const int classB = b.fromClass == 0 ? std::numeric_limits<int>::max() : b.fromClass;
            if (classA != classB)
                return classA < classB;
            if (impactRank(a.impact) != impactRank(b.impact))
                return impactRank(a.impact) < impactRank(b.impact);
            if (effortRank(a.effort) != effortRank(b.effort))
                return effortRank(a.effort) < effortRank(b.effort);
            if (a.lostPoints != b.lostPoints)
                return a.lostPoints > b.lostPoints;
            return false; // stable: the order of the file, which is the author's priority
        });
        for (int i = 0; i < steps.size(); ++i)
            steps[i].priority = i + 1;
        return steps;
    }

private:
    NextStep& entry(const QString& id, StepKind kind, const QString& sectionId)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return m_steps[*it];
        NextStep step;
        step.id = id;
        step.kind = kind;
        step.sectionId = sectionId;
        m_index.insert(id, int(m_steps.size()));
        m_steps.append(step);
        return m_steps.last();
    }

    static void fill(NextStep& next, const StepTemplate& step, const Expression::Resolver& resolve)
    {
        next.title = step.title;
        next.how = step.how;
        for (const HowVariant& variant : step.howVariants) {
            if (variant.when.evaluate(resolve)) {
                next.how = variant.how;
                break;
            }
        }
        next.why = step.why;
        next.effort = step.effort;
        next.impact = step.impact;
        next.links = step.links;
    }

    static void addQuestion(NextStep& next, const QString& questionId)
    {
        if (!next.questionIds.contains(questionId))
            next.questionIds.append(questionId);
    }

    const Questionnaire& m_questionnaire;
    Expression::Resolver m_resolve;
    QList<NextStep> m_steps;
    QHash<QString, int> m_index;
};

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
        const auto points = answerPoints(*question, *answer);
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
                    if (option.score > 0 && doneSteps.contains(stepId) && !chosen.contains(option.id))
                        chosen.append(option.id);
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
        for (const AnswerOption& option : question.options) {
            if (option.score <= 0 || answer.options.contains(option.id))
                continue;
            const QString stepId = option.stepId.isEmpty() ? question.stepId : option.stepId;
            steps.addFix(stepId, question, option.score * question.weight, question.top);
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
    outcome.lostPoints = outcome.maximum - outcome.points;
    const double target = section.target ? std::max(*section.target, question.minTarget.value_or(0)) : best;
    outcome.gap = *points < std::min(target, best) || outcome.unknown;
    section.points += outcome.points;
    section.maximum += outcome.maximum;
    tally.maturitySum += *points * question.weight;
    tally.maturityWeight += question.weight;
    if (outcome.gap && question.top)
        section.topGap = true;
    if (outcome.gap)
        adviseOnGap(steps, question, answer, chosen, outcome);
    section.outcomes.append(outcome);
}

/**
 * The section's score (capped when a TOP item is a gap), its light, and for an OT area its
 * maturity, judged against the target rather than the best possible answer.
 */
void finishSection(SectionTally& tally, const Section& section, const Questionnaire& questionnaire)
{
    SectionResult& result = tally.result;
    if (!result.visible || result.maximum <= 0)
        return;
    double score = 100.0 * result.points / result.maximum;
    const std::optional<double> cap = section.topCap ? section.topCap : questionnaire.scoring.topCap;
    if (result.topGap && cap && score > *cap) {
        score = *cap;
        result.capped = true;
    }
    result.score = std::round(score * 10) / 10;
    result.light = lightFor(questionnaire.scoring, *result.score);
    if (tally.maturityWeight <= 0 || !questionnaire.targetModel)
        return;
    result.maturity = std::round(tally.maturitySum / tally.maturityWeight * 100) / 100;
    if (!result.target)
        return;
    const double shortfall = *result.target - *result.maturity;
    result.light = shortfall <= 0 ? Light::Green : shortfall <= 1 ? Light::Orange : Light::Red;
    if (result.topGap && result.light == Light::Green)
        result.light = Light::Orange;
}

/** The points of the risk intake, and which answers gave them. */
struct RiskTally
{
    double points = 0;
    QList<RiskDriver> answers;
};

/** Scores every section, collects the risk intake's points and the unanswered questions. */
void scoreSections(AssessmentResult& result, RiskTally& risk, StepCollector& steps,
    const Questionnaire& questionnaire, const AnswerSet& answers, VisibilityResolver& visibility)
{
    const TargetLevel* level = visibility.targetLevel();
    double scoreSum = 0;
    int scoredSections = 0;
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
                if (questionnaire.kind != QuestionnaireKind::RiskClass)
                    continue;
                const double points = answerPoints(question, *answer).value_or(0);
                risk.points += points;
                risk.answers.append({ question.id,
                    answer->kind == Answer::Kind::Option ? answer->option : QString(), points });
            } else if (question.isScored()) {
                scoreQuestion(tally, steps, question, *answer);
            }
        }
        finishSection(tally, section, questionnaire);
        if (tally.result.score) {
            scoreSum += *tally.result.score;
            ++scoredSections;
        }
        result.sections.append(tally.result);
    }
    if (scoredSections > 0)
        result.overall = std::round(scoreSum / scoredSections * 10) / 10;
}

/**
 * The class the points give, then the overrides in file order, and the three answers that
 * raised the points most.
 */
RiskResult classifyRisk(const RiskModel& model, RiskTally tally, const Expression::Resolver& resolve)
{
    RiskResult risk;
    risk.points = tally.points;
    for (const RiskClassDefinition& definition : model.classes) {
        if (tally.points >= definition.minPoints)
            risk.pointsClass = definition.number;
    }
    risk.riskClass = risk.pointsClass;
    for (int i = 0; i < model.overrides.size(); ++i) {
        const RiskOverride& rule = model.overrides.at(i);
        if (!rule.when.evaluate(resolve))
            continue;
        int changed = risk.riskClass;
        if (rule.atLeast)
            changed = std::max(changed, *rule.atLeast);
        if (rule.atMost)
            changed = std::min(changed, *rule.atMost);
        if (changed != risk.riskClass) {
            risk.overrides.append({ i, risk.riskClass, changed });
            risk.riskClass = changed;
        }
    }
    std::stable_sort(tally.answers.begin(), tally.answers.end(),
        [](const RiskDriver& a, const RiskDriver& b) { return a.points > b.points; });
    for (const RiskDriver& driver : tally.answers) {
        if (driver.points <= 0 || risk.drivers.size() == 3)
            break;
        risk.drivers.append(driver);
    }
    return risk;
}

/** Judges the measures the class asks for; a missing or unknown one becomes a step. */
void judgeMeasures(RiskResult& risk, StepCollector& steps, const Questionnaire& questionnaire,
    const AnswerSet& answers, const AssessmentOptions& options, const Expression::Resolver& resolve)
{
    for (const Measure& measure : questionnaire.riskModel->measures) {
        if (measure.riskClass > risk.riskClass || !measure.appliesIf.evaluate(resolve))
            continue;
        const MeasureResult measureResult = judgeMeasure(measure, questionnaire, answers, options);
        if (measureResult.status == MeasureStatus::Missing || measureResult.status == MeasureStatus::Unknown)
            steps.addMeasure(measure, measureResult.status);
        risk.measures.append(measureResult);
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
        result.target = TargetResult { level->id, visibility.levelPoints() };

    RiskTally riskTally;
    scoreSections(result, riskTally, steps, questionnaire, answers, visibility);
    if (questionnaire.riskModel) {
        RiskResult risk = classifyRisk(*questionnaire.riskModel, riskTally, resolve);
        judgeMeasures(risk, steps, questionnaire, answers, options, resolve);
        result.risk = risk;
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
    if (risk) {
        for (const MeasureResult& measure : risk->measures) {
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
