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
    return object;
}

QJsonObject describeQuestion(const Question& question)
{
    QJsonObject object { { QStringLiteral("id"), question.id },
        { QStringLiteral("type"), questionTypeName(question.type) },
        { QStringLiteral("text"), toJson(question.text) }, { QStringLiteral("weight"), question.weight } };
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
        { QStringLiteral("kind"), kindName(questionnaire.kind) },
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
