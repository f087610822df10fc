// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireJson.h"

#include <QJsonArray>

namespace zelfscan {

QJsonObject toJson(const LocalizedText& text)
{
    QJsonObject object;
    for (const QString& language : text.languages())
        object.insert(language, text.exact(language));
    return object;
}

namespace {

QJsonObject describeOption(const AnswerOption& option)
{
    QJsonObject object { { QStringLiteral("id"), option.id },
        { QStringLiteral("label"), toJson(option.label) } };
    if (option.notApplicable)
        object.insert(QStringLiteral("na"), true);
    else
        object.insert(QStringLiteral("score"), option.score);
    if (option.unknown)
        object.insert(QStringLiteral("unknown"), true);
    if (option.exclusive)
        object.insert(QStringLiteral("exclusive"), true);
    if (!option.stepId.isEmpty())
        object.insert(QStringLiteral("step"), option.stepId);
    if (!option.profileSizes.isEmpty())
        object.insert(QStringLiteral("profile_size"), QJsonArray::fromStringList(option.profileSizes));
    return object;
}

QJsonObject describeQuestion(const Question& question)
{
    QJsonObject object { { QStringLiteral("id"), question.id },
        { QStringLiteral("type"), questionTypeName(question.type) },
        { QStringLiteral("text"), toJson(question.text) }, { QStringLiteral("weight"), question.weight } };
    if (!question.instruction.isEmpty())
        object.insert(QStringLiteral("instruction"), toJson(question.instruction));
    if (question.top)
        object.insert(QStringLiteral("top"), true);
    if (question.basic)
        object.insert(QStringLiteral("basic"), true);
    if (question.visibleIf.isValid())
        object.insert(QStringLiteral("visible_if"), question.visibleIf.source());
    if (!question.stepId.isEmpty())
        object.insert(QStringLiteral("step"), question.stepId);
    if (question.type == QuestionType::Number) {
        object.insert(QStringLiteral("min"), question.minimum);
        object.insert(QStringLiteral("max"), question.maximum);
        QJsonArray bands;
        for (const NumberBand& band : question.bands) {
            QJsonObject b { { QStringLiteral("score"), band.score } };
            if (band.min)
                b.insert(QStringLiteral("min"), *band.min);
            if (band.max)
                b.insert(QStringLiteral("max"), *band.max);
            bands.append(b);
        }
        object.insert(QStringLiteral("bands"), bands);
    } else {
        QJsonArray options;
        for (const AnswerOption& option : question.options)
            options.append(describeOption(option));
        object.insert(QStringLiteral("options"), options);
    }
    return object;
}

QJsonArray describeOverrides(const QList<BandOverride>& overrides, const QStringList& bandIds)
{
    const auto band = [&](int number) {
        return number >= 1 && number <= bandIds.size() ? QJsonValue(bandIds.at(number - 1))
                                                       : QJsonValue(number);
    };
    QJsonArray list;
    for (const BandOverride& rule : overrides) {
        QJsonObject object { { QStringLiteral("reason"), toJson(rule.reason) } };
        if (rule.when.isValid())
            object.insert(QStringLiteral("when"), rule.when.source());
        if (rule.topGap)
            object.insert(QStringLiteral("top_gap"), true);
        if (!rule.sectionId.isEmpty())
            object.insert(QStringLiteral("section"), rule.sectionId);
        if (rule.atLeast)
            object.insert(QStringLiteral("at_least"), band(*rule.atLeast));
        if (rule.atMost)
            object.insert(QStringLiteral("at_most"), band(*rule.atMost));
        list.append(object);
    }
    return list;
}

QJsonObject describePointsModel(const PointsModel& model)
{
    QJsonArray bands;
    QStringList ids;
    for (const RiskClassDefinition& band : model.classes) {
        ids.append(band.id);
        bands.append(QJsonObject { { QStringLiteral("id"), band.id },
            { QStringLiteral("number"), band.number }, { QStringLiteral("min_points"), band.minPoints },
            { QStringLiteral("title"), toJson(band.title) } });
    }
    QJsonArray measures;
    for (const Measure& m : model.measures)
        measures.append(QJsonObject { { QStringLiteral("id"), m.id },
            { QStringLiteral("band"), ids.value(m.riskClass - 1) }, { QStringLiteral("group"), m.group } });
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("points") },
        { QStringLiteral("counts"), model.exposure ? QStringLiteral("exposure") : QStringLiteral("answers") },
        { QStringLiteral("name"), toJson(model.name) },
        { QStringLiteral("sections"), QJsonArray::fromStringList(model.sectionIds) },
        { QStringLiteral("bands"), bands }, { QStringLiteral("cumulative"), model.cumulative },
        { QStringLiteral("overrides"), describeOverrides(model.overrides, ids) },
        { QStringLiteral("measures"), measures } };
}

/** The results the file produces, one entry per scoring model, whether declared or named by kind. */
QJsonArray describeModels(const Questionnaire& questionnaire)
{
    QJsonArray models;
    if (questionnaire.sectionScores) {
        const ScoringRules& rules = questionnaire.scoring;
        QJsonObject lights { { QStringLiteral("green"), rules.greenFrom },
            { QStringLiteral("orange"), rules.orangeFrom } };
        models.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("sections") },
            { QStringLiteral("lights"), lights },
            { QStringLiteral("top_cap"), rules.topCap ? QJsonValue(*rules.topCap) : QJsonValue() },
            { QStringLiteral("overrides"),
                describeOverrides(rules.overrides,
                    { QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("green") }) } });
    }
    if (questionnaire.riskModel)
        models.append(describePointsModel(*questionnaire.riskModel));
    if (questionnaire.targetModel) {
        QStringList ids;
        for (const TargetLevel& level : questionnaire.targetModel->levels)
            ids.append(level.id);
        models.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("maturity") },
            { QStringLiteral("intake"), questionnaire.targetModel->intakeSectionId },
            { QStringLiteral("levels"), QJsonArray::fromStringList(ids) },
            { QStringLiteral("overrides"), describeOverrides(questionnaire.targetModel->overrides, ids) } });
    }
    return models;
}

} // namespace

QJsonObject describeQuestionnaire(const Questionnaire& questionnaire)
{
    QJsonArray sections;
    for (const Section& section : questionnaire.sections) {
        QJsonArray questions;
        for (const Question& question : section.questions)
            questions.append(describeQuestion(question));
        QJsonObject s { { QStringLiteral("id"), section.id },
            { QStringLiteral("title"), toJson(section.title) }, { QStringLiteral("questions"), questions } };
        if (section.visibleIf.isValid())
            s.insert(QStringLiteral("visible_if"), section.visibleIf.source());
        sections.append(s);
    }
    QJsonObject object {
        { QStringLiteral("id"), questionnaire.id },
        { QStringLiteral("version"), questionnaire.version },
        { QStringLiteral("hash"), questionnaire.contentHash },
        { QStringLiteral("format"), questionnaire.format },
        { QStringLiteral("kind"), kindName(questionnaire.kind) },
        { QStringLiteral("models"), describeModels(questionnaire) },
        { QStringLiteral("languages"), QJsonArray::fromStringList(questionnaire.languages) },
        { QStringLiteral("title"), toJson(questionnaire.title) },
        { QStringLiteral("source"), toJson(questionnaire.source) },
        { QStringLiteral("sections"), sections },
    };
    if (questionnaire.riskModel) {
        QJsonArray classes;
        for (const RiskClassDefinition& c : questionnaire.riskModel->classes)
            classes.append(QJsonObject { { QStringLiteral("class"), c.number },
                { QStringLiteral("min_points"), c.minPoints },
                { QStringLiteral("title"), toJson(c.title) } });
        QJsonArray measures;
        for (const Measure& m : questionnaire.riskModel->measures)
            measures.append(QJsonObject { { QStringLiteral("id"), m.id },
                { QStringLiteral("class"), m.riskClass }, { QStringLiteral("group"), m.group } });
        object.insert(QStringLiteral("risk_model"),
            QJsonObject { { QStringLiteral("classes"), classes }, { QStringLiteral("measures"), measures } });
    }
    if (questionnaire.targetModel) {
        QJsonArray levels;
        for (const TargetLevel& l : questionnaire.targetModel->levels) {
            QJsonObject areaTargets;
            for (auto it = l.areaTargets.cbegin(); it != l.areaTargets.cend(); ++it)
                areaTargets.insert(it.key(), it.value());
            levels.append(QJsonObject { { QStringLiteral("id"), l.id },
                { QStringLiteral("min_points"), l.minPoints }, { QStringLiteral("target"), l.target },
                { QStringLiteral("area_targets"), areaTargets } });
        }
        object.insert(QStringLiteral("target_model"),
            QJsonObject { { QStringLiteral("intake"), questionnaire.targetModel->intakeSectionId },
                { QStringLiteral("levels"), levels } });
    }
    return object;
}

} // namespace zelfscan
