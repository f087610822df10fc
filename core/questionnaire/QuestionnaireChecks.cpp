// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that need the whole questionnaire: references, conditions, models, advice.
#include "core/assessment/Profile.h"
#include "core/questionnaire/QuestionnaireParser_p.h"

#include <QSet>

#include <algorithm>

namespace zelfscan {

namespace {

const QString profileSize = QStringLiteral("profile.size");
const QString profileSector = QStringLiteral("profile.sector");
const QString levelName = QStringLiteral("level");

// Reachability is checked by trying every combination of the values a condition reads;
// beyond this many combinations the check is skipped rather than slowing the loader down.
constexpr int maxCombinations = 20000;

template<typename List> void reportDuplicates(YamlReader& reader, const List& ids, const QString& what)
{
    QSet<QString> seen;
    for (const auto& [id, position] : ids) {
        if (id.isEmpty())
            continue;
        if (seen.contains(id))
            reader.error(position, QStringLiteral("duplicate %1 id '%2'").arg(what, id));
        seen.insert(id);
    }
}

} // namespace

void QuestionnaireParser::check()
{
    checkUniqueIds();
    checkStepReferences();
    checkConditions();
    checkRiskModel();
    checkTargetModel();
    checkModels();
    if (!m_warningChecks)
        return;
    checkAdvice();
    checkDeadOptions();

    const QString source = m_questionnaire.source.text(Language::dutch()).toLower() + QLatin1Char(' ')
        + m_questionnaire.source.text(Language::english()).toLower();
    if (!source.contains(QLatin1String("gebaseerd op")) && !source.contains(QLatin1String("based on")))
        m_reader.warning(m_sourcePosition,
            QStringLiteral("source should say what the content is based on ('gebaseerd op' / 'based on'); "
                           "never present it as the official tool"));
}

void QuestionnaireParser::checkUniqueIds()
{
    reportDuplicates(m_reader, m_sectionIds, QStringLiteral("section"));
    reportDuplicates(m_reader, m_questionIds, QStringLiteral("question"));
    QSet<QString> sectionIds;
    for (const auto& [id, position] : m_sectionIds)
        sectionIds.insert(id);
    for (const auto& [id, position] : m_questionIds) {
        if (sectionIds.contains(id))
            m_reader.error(position,
                QStringLiteral("question id '%1' is also a section id; ids must be unique").arg(id));
    }
}

void QuestionnaireParser::checkStepReferences()
{
    for (const StepReference& reference : m_stepReferences) {
        if (!m_questionnaire.steps.contains(reference.stepId))
            m_reader.error(reference.position,
                QStringLiteral("unknown step '%1' (define it under 'steps')").arg(reference.stepId));
    }
}

void QuestionnaireParser::checkConditions()
{
    QHash<QString, int> questionOrder;
    int index = 0;
    for (const Section& section : m_questionnaire.sections) {
        for (const Question& question : section.questions)
            questionOrder.insert(question.id, index++);
    }
    for (const ConditionSite& site : m_conditions)
        checkConditionSite(site, questionOrder);
}

void QuestionnaireParser::checkConditionSite(
    const ConditionSite& site, const QHash<QString, int>& questionOrder)
{
    // Values are checked only against names that exist, and reachability only for valid values:
    // each later check would otherwise repeat the first one's error in other words.
    if (!checkConditionNames(site, questionOrder) || !checkConditionLiterals(site))
        return;
    if (m_warningChecks)
        checkReachability(site);
}

bool QuestionnaireParser::checkConditionNames(
    const ConditionSite& site, const QHash<QString, int>& questionOrder)
{
    const bool isOt = m_questionnaire.kind == QuestionnaireKind::OtCheck;
    const bool inIntake = isOt && m_questionnaire.targetModel
        && site.sectionId == m_questionnaire.targetModel->intakeSectionId;
    bool allNamesKnown = true;
    for (const QString& name : site.expression.names()) {
        if (name == profileSize || name == profileSector)
            continue;
        if (name == levelName) {
            if (!isOt) {
                m_reader.error(site.position,
                    QStringLiteral("%1 uses 'level', which exists only in an ot_check").arg(site.owner));
                allNamesKnown = false;
            } else if (inIntake) {
                m_reader.error(site.position,
                    QStringLiteral("%1 uses 'level' inside the intake that sets it").arg(site.owner));
                allNamesKnown = false;
            }
            continue;
        }
        if (name.startsWith(QLatin1String("profile."))) {
            m_reader.error(site.position,
                QStringLiteral(
                    "%1 refers to unknown profile field '%2' (known: profile.size, profile.sector)")
                    .arg(site.owner, name));
            allNamesKnown = false;
            continue;
        }
        const auto it = questionOrder.constFind(name);
        if (it == questionOrder.constEnd()) {
            m_reader.error(
                site.position, QStringLiteral("%1 refers to unknown question '%2'").arg(site.owner, name));
            allNamesKnown = false;
        } else if (*it >= site.questionIndex) {
            m_reader.error(site.position,
                QStringLiteral(
                    "%1 refers to question '%2', which comes later; a condition may only use earlier answers")
                    .arg(site.owner, name));
            allNamesKnown = false;
        }
    }
    return allNamesKnown;
}

bool QuestionnaireParser::checkConditionLiterals(const ConditionSite& site)
{
    bool literalsValid = true;
    for (const Expression::Comparison& comparison : site.expression.comparisons()) {
        QStringList allowed;
        if (comparison.name == profileSize)
            allowed = Profile::sizeIds();
        else if (comparison.name == profileSector)
            allowed = Profile::sectorIds();
        else if (comparison.name == levelName) {
            if (m_questionnaire.targetModel) {
                for (const TargetLevel& level : m_questionnaire.targetModel->levels)
                    allowed.append(level.id);
            }
        } else if (const Question* question = m_questionnaire.question(comparison.name)) {
            if (question->type == QuestionType::Number) {
                if (!comparison.literals.isEmpty()) {
                    literalsValid = false;
                    m_reader.error(site.position,
                        QStringLiteral("%1 compares number question '%2' with text '%3'")
                            .arg(site.owner, comparison.name, comparison.literals.first()));
                }
                continue;
            }
            for (const AnswerOption& option : question->options)
                allowed.append(option.id);
        }
        for (const QString& literal : comparison.literals) {
            if (!allowed.isEmpty() && !allowed.contains(literal)) {
                literalsValid = false;
                m_reader.error(site.position,
                    QStringLiteral("%1 compares '%2' with '%3', which is not one of its values (%4)")
                        .arg(site.owner, comparison.name, literal, allowed.join(QStringLiteral(", "))));
            }
        }
    }
    return literalsValid;
}

void QuestionnaireParser::checkReachability(const ConditionSite& site)
{
    // The values each name can take, including "unanswered" (an invalid QVariant).
    QList<QPair<QString, QVariantList>> domains;
    qint64 combinations = 1;
    for (const QString& name : site.expression.names()) {
        QVariantList values { QVariant() };
        if (name == profileSize) {
            for (const QString& id : Profile::sizeIds())
                values.append(id);
        } else if (name == profileSector) {
            for (const QString& id : Profile::sectorIds())
                values.append(id);
        } else if (name == levelName) {
            if (m_questionnaire.targetModel) {
                for (const TargetLevel& level : m_questionnaire.targetModel->levels)
                    values.append(level.id);
            }
        } else if (const Question* question = m_questionnaire.question(name)) {
            switch (question->type) {
            case QuestionType::Statement:
            case QuestionType::Single:
                for (const AnswerOption& option : question->options)
                    values.append(option.id);
                break;
            case QuestionType::Multiple: {
                const int n = int(question->options.size());
                if (n > 8)
                    return; // too many subsets to try; skip the check
                for (int mask = 0; mask < (1 << n); ++mask) {
                    QStringList chosen;
                    for (int i = 0; i < n; ++i) {
                        if (mask & (1 << i))
                            chosen.append(question->options.at(i).id);
                    }
                    values.append(chosen);
                }
                break;
            }
            case QuestionType::Number: {
                // A sample of the range: enough to catch a condition no number can satisfy.
                const double stride = std::max(1.0, (question->maximum - question->minimum) / 32);
                for (double value = question->minimum; value < question->maximum; value += stride)
                    values.append(value);
                values.append(question->maximum);
                break;
            }
            }
        }
        combinations *= values.size();
        if (combinations > maxCombinations)
            return;
        domains.append({ name, values });
    }

    QList<int> cursor(domains.size(), 0);
    QHash<QString, QVariant> current;
    while (true) {
        for (int i = 0; i < domains.size(); ++i)
            current.insert(domains.at(i).first, domains.at(i).second.at(cursor.at(i)));
        if (site.expression.evaluate([&](const QString& name) { return current.value(name); }))
            return; // reachable
        int i = 0;
        while (i < domains.size() && ++cursor[i] == domains.at(i).second.size()) {
            cursor[i] = 0;
            ++i;
        }
        if (i == domains.size())
            break;
    }
    m_reader.warning(site.position,
        QStringLiteral("%1 can never be shown: no answers make '%2' true")
            .arg(site.owner, site.expression.source()));
}

void QuestionnaireParser::checkRiskModel()
{
    if (!m_questionnaire.riskModel)
        return;
    const RiskModel& model = *m_questionnaire.riskModel;
    if (model.classes.isEmpty()) {
        m_reader.error(m_riskModelPosition, QStringLiteral("risk_model needs at least one class"));
        return;
    }
    for (int i = 0; !m_namedBands && i < model.classes.size(); ++i) {
        const RiskClassDefinition& definition = model.classes.at(i);
        if (definition.number != i + 1)
            m_reader.error(m_classPositions.value(i),
                QStringLiteral(
                    "risk classes must be numbered 1, 2, 3 ... in order; found %1 where %2 was expected")
                    .arg(definition.number)
                    .arg(i + 1));
        if (i == 0 && definition.minPoints != 0)
            m_reader.error(m_classPositions.value(i), QStringLiteral("class 1 must start at min_points 0"));
        if (i > 0 && definition.minPoints <= model.classes.at(i - 1).minPoints)
            m_reader.error(m_classPositions.value(i),
                QStringLiteral("thresholds out of order: class %1 starts at %2, not above class %3 (%4)")
                    .arg(definition.number)
                    .arg(definition.minPoints)
                    .arg(model.classes.at(i - 1).number)
                    .arg(model.classes.at(i - 1).minPoints));
    }
    const int classCount = int(model.classes.size());
    for (int i = 0; !m_namedBands && i < model.overrides.size(); ++i) {
        const RiskOverride& rule = model.overrides.at(i);
        for (const auto& bound : { rule.atLeast, rule.atMost }) {
            if (bound && (*bound < 1 || *bound > classCount))
                m_reader.error(m_overridePositions.value(i),
                    QStringLiteral("override %1 names class %2; classes run from 1 to %3")
                        .arg(i + 1)
                        .arg(*bound)
                        .arg(classCount));
        }
    }
    QSet<QString> measureIds;
    for (int i = 0; i < model.measures.size(); ++i) {
        const Measure& measure = model.measures.at(i);
        const SourcePosition position = m_measurePositions.value(i);
        if (measureIds.contains(measure.id))
            m_reader.error(position, QStringLiteral("duplicate measure id '%1'").arg(measure.id));
        measureIds.insert(measure.id);
        if (measure.riskClass < 1 || measure.riskClass > classCount)
            m_reader.error(position,
                QStringLiteral("measure '%1' is for class %2; classes run from 1 to %3")
                    .arg(measure.id)
                    .arg(measure.riskClass)
                    .arg(classCount));
        for (const MeasureEvidence& evidence : measure.evidence) {
            if (!evidence.questionnaireId.isEmpty() && evidence.questionnaireId != m_questionnaire.id)
                continue; // checked by the catalog, which sees the other questionnaire
            const Question* question = m_questionnaire.question(evidence.questionId);
            if (!question) {
                m_reader.error(evidence.position,
                    QStringLiteral("measure '%1' refers to unknown question '%2'")
                        .arg(measure.id, evidence.questionId));
                continue;
            }
            for (const QString& option : evidence.inPlaceOptions) {
                if (!question->option(option))
                    m_reader.error(evidence.position,
                        QStringLiteral("measure '%1': question '%2' has no option '%3'")
                            .arg(measure.id, evidence.questionId, option));
            }
        }
    }
}

void QuestionnaireParser::checkTargetModel()
{
    if (!m_questionnaire.targetModel)
        return;
    const TargetModel& model = *m_questionnaire.targetModel;
    const Section* intake = m_questionnaire.section(model.intakeSectionId);
    if (!intake)
        m_reader.error(m_targetModelPosition,
            QStringLiteral("target_model names intake section '%1', which does not exist")
                .arg(model.intakeSectionId));
    else if (intake != &m_questionnaire.sections.first())
        m_reader.error(intake->position,
            QStringLiteral("the intake section '%1' must come first").arg(model.intakeSectionId));
    if (model.levels.isEmpty())
        m_reader.error(m_targetModelPosition, QStringLiteral("target_model needs at least one level"));
    checkBandOrder(QStringLiteral("level"), bandStarts(model.levels), m_levelPositions);
    for (int i = 0; i < model.levels.size(); ++i) {
        const TargetLevel& level = model.levels.at(i);
        const SourcePosition position = m_levelPositions.value(i);
        if (i == 0 && level.minPoints != 0)
            m_reader.error(position, QStringLiteral("the first level must start at min_points 0"));
        for (auto it = level.areaTargets.cbegin(); it != level.areaTargets.cend(); ++it) {
            if (!m_questionnaire.section(it.key()) || it.key() == model.intakeSectionId)
                m_reader.error(position,
                    QStringLiteral("level '%1' sets a target for unknown area '%2'").arg(level.id, it.key()));
        }
        if (level.target < 0)
            m_reader.error(position, QStringLiteral("level '%1' has a negative target").arg(level.id));
    }
}

void QuestionnaireParser::checkAdvice()
{
    for (const Section& section : m_questionnaire.sections) {
        for (const Question& question : section.questions) {
            if (m_questionnaire.isIntakeQuestion(question) || !question.isScored())
                continue;
            const double best = question.maxScore();
            const QString what = QStringLiteral("question '%1'").arg(question.id);
            bool hasUnknown = false;
            for (const AnswerOption& option : question.options) {
                hasUnknown = hasUnknown || option.unknown;
                const bool isGap = question.type == QuestionType::Multiple
                    ? option.score > 0
                    : (!option.notApplicable && !option.unknown && option.score < best);
                if (isGap && question.stepId.isEmpty() && option.stepId.isEmpty())
                    m_reader.warning(question.position,
                        QStringLiteral("%1 has no next step for the gap answer '%2'").arg(what, option.id));
            }
            if (hasUnknown && question.findOut.isEmpty())
                m_reader.warning(question.position,
                    QStringLiteral("%1 can be answered \"don't know\" but has no find_out text").arg(what));
            // "Zoek uit: <statement>" is not a sentence; only the author can write "Zoek uit of ...".
            if (hasUnknown && question.findOutTitle.isEmpty())
                m_reader.warning(question.position,
                    QStringLiteral("%1 can be answered \"don't know\" but has no find_out_title "
                                   "(\"Zoek uit of ...\" / \"Find out whether ...\")")
                        .arg(what));
        }
    }
}

} // namespace zelfscan
