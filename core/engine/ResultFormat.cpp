// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ResultFormat.h"

#include "core/questionnaire/QuestionnaireJson.h"
#include "core/text/ModelWording.h"
#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(ResultFormat)
};

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/** The option's label; its id when the question does not have it (any more). */
QString optionLabel(const Question* question, const QString& optionId, const Language& language)
{
    const AnswerOption* option = question ? question->option(optionId) : nullptr;
    return option ? option->label.text(language) : optionId;
}

QString optionLabel(const Questionnaire& questionnaire, const QString& questionId, const QString& optionId,
    const Language& language)
{
    return optionLabel(questionnaire.question(questionId), optionId, language);
}

} // namespace

QString lightLabel(Light light, const Language& language)
{
    switch (light) {
    case Light::Green:
        return Words::tr("Good").in(language);
    case Light::Orange:
        return Words::tr("Could be better").in(language);
    case Light::Red:
        return Words::tr("Insufficient").in(language);
    case Light::None:
        return Words::tr("No score").in(language);
    }
    return {};
}

QString answerLabel(const Question& question, const Answer& answer, const Language& language)
{
    switch (answer.kind) {
    case Answer::Kind::Option:
        return optionLabel(&question, answer.option, language);
    case Answer::Kind::Options: {
        QStringList labels;
        for (const QString& id : answer.options)
            labels.append(optionLabel(&question, id, language));
        return labels.join(QStringLiteral(", "));
    }
    case Answer::Kind::Number: {
        const QString number = language.locale().toString(answer.number, 'g', QLocale::FloatingPointShortest);
        const QString unit = question.unit.text(language);
        return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
    }
    }
    return {};
}

QString measureStatusLabel(MeasureStatus status, const Language& language)
{
    switch (status) {
    case MeasureStatus::InPlace:
        return Words::tr("In place").in(language);
    case MeasureStatus::Missing:
        return Words::tr("Missing").in(language);
    case MeasureStatus::Unknown:
        return Words::tr("Unknown").in(language);
    case MeasureStatus::NotApplicable:
        return Words::tr("Not applicable").in(language);
    }
    return {};
}

QString effortLabel(Effort effort, const Language& language)
{
    switch (effort) {
    case Effort::Low:
        return Words::tr("Little work (under an hour)").in(language);
    case Effort::Medium:
        return Words::tr("Moderate (up to a day)").in(language);
    case Effort::High:
        return Words::tr("A lot of work (a project)").in(language);
    }
    return {};
}

QString impactLabel(Impact impact, const Language& language)
{
    switch (impact) {
    case Impact::Low:
        return Words::tr("Small effect").in(language);
    case Impact::Medium:
        return Words::tr("Medium effect").in(language);
    case Impact::High:
        return Words::tr("Large effect").in(language);
    }
    return {};
}

namespace {

QStringList lightBandNames()
{
    return { lightName(Light::Red), lightName(Light::Orange), lightName(Light::Green) };
}

/** Overrides that moved a band, with the bands by name (a class keeps its number). */
QJsonArray overridesJson(const QList<AppliedOverride>& applied, const QList<BandOverride>& rules,
    const QStringList& bandNames, const Language& language)
{
    const auto band = [&](int number) {
        return bandNames.isEmpty() ? QJsonValue(number) : QJsonValue(bandNames.value(number - 1));
    };
    QJsonArray list;
    for (const AppliedOverride& override : applied)
        list.append(QJsonObject { { QStringLiteral("from"), band(override.fromClass) },
            { QStringLiteral("to"), band(override.toClass) },
            { QStringLiteral("reason"), rules.at(override.index).reason.text(language) } });
    return list;
}

QJsonArray driversJson(const QList<RiskDriver>& drivers, const Questionnaire& questionnaire,
    const Language& language, bool withLost)
{
    QJsonArray list;
    for (const RiskDriver& driver : drivers) {
        const Question* question = questionnaire.question(driver.questionId);
        QJsonObject object { { QStringLiteral("question"), driver.questionId },
            { QStringLiteral("answer"), driver.optionId }, { QStringLiteral("points"), driver.points },
            { QStringLiteral("text"), question ? question->text.text(language) : QString() },
            { QStringLiteral("answer_label"),
                optionLabel(questionnaire, driver.questionId, driver.optionId, language) } };
        if (withLost)
            object.insert(QStringLiteral("lost_points"), driver.lostPoints);
        list.append(object);
    }
    return list;
}

/** The measures of a points result; a risk class names its classes by number, a status by band id. */
QJsonArray measuresJson(const PointsResult& points, const PointsModel& model, const Language& language)
{
    QJsonArray list;
    for (const MeasureResult& measure : points.measures) {
        QString title;
        for (const Measure& m : model.measures) {
            if (m.id == measure.measureId)
                title = m.title.text(language);
        }
        QJsonObject object { { QStringLiteral("id"), measure.measureId },
            { QStringLiteral("status"), measureStatusName(measure.status) },
            { QStringLiteral("answered_directly"), measure.answeredDirectly },
            { QStringLiteral("group"), measure.group }, { QStringLiteral("title"), title } };
        if (model.exposure)
            object.insert(QStringLiteral("class"), measure.riskClass);
        else
            object.insert(QStringLiteral("band"), model.classes.value(measure.riskClass - 1).id);
        list.append(object);
    }
    return list;
}

QStringList levelIds(const TargetModel& model)
{
    QStringList ids;
    for (const TargetLevel& level : model.levels)
        ids.append(level.id);
    return ids;
}

QStringList bandIds(const PointsModel& model)
{
    QStringList ids;
    for (const RiskClassDefinition& band : model.classes)
        ids.append(band.id);
    return ids;
}

/** The scored parts; for an OT check also each area's maturity against its target. */
QJsonArray sectionsJson(const AssessmentResult& result, const Questionnaire& questionnaire,
    const Language& language, QJsonArray* areas)
{
    QJsonArray sections;
    for (const SectionResult& s : result.sections) {
        const Section* section = questionnaire.section(s.sectionId);
        if (questionnaire.isIntakeSection(s.sectionId))
            continue;
        QJsonArray lost;
        for (const QuestionOutcome& outcome : s.outcomes) {
            if (outcome.lostPoints <= 0)
                continue;
            lost.append(QJsonObject { { QStringLiteral("question"), outcome.questionId },
                { QStringLiteral("answer"), outcome.optionId },
                { QStringLiteral("lost_points"), outcome.lostPoints },
                { QStringLiteral("top"), outcome.top } });
        }
        QJsonObject sectionObject {
            { QStringLiteral("id"), s.sectionId },
            { QStringLiteral("title"), section ? section->title.text(language) : s.sectionId },
            { QStringLiteral("visible"), s.visible },
            { QStringLiteral("score"), optionalNumber(s.score) },
            { QStringLiteral("light"), lightName(s.light) },
            { QStringLiteral("points"), s.points },
            { QStringLiteral("max"), s.maximum },
            { QStringLiteral("top_gap"), s.topGap },
            { QStringLiteral("capped"), s.capped },
            { QStringLiteral("lost"), lost },
        };
        // Only where format 2 content uses them, so format 1 results keep their exact shape.
        if (s.minimum < 0)
            sectionObject.insert(QStringLiteral("min"), s.minimum);
        // Critical items (min_target) exist only in the target model, which explains an area's
        // light by them as a scan does by its TOP gaps.
        if (questionnaire.targetModel)
            sectionObject.insert(QStringLiteral("critical_gap"), s.criticalGap);
        if (!s.overrides.isEmpty())
            sectionObject.insert(QStringLiteral("overrides"),
                overridesJson(s.overrides, questionnaire.scoring.overrides, lightBandNames(), language));
        sections.append(sectionObject);
        if (questionnaire.targetModel && s.visible)
            areas->append(QJsonObject { { QStringLiteral("id"), s.sectionId },
                { QStringLiteral("score"), optionalNumber(s.maturity) },
                { QStringLiteral("target"), optionalNumber(s.target) },
                { QStringLiteral("percent"), optionalNumber(s.score) } });
    }

    return sections;
}

QJsonArray stepsJson(const AssessmentResult& result, const Language& language)
{
    QJsonArray steps;
    for (const NextStep& step : result.steps) {
        QJsonArray links;
        for (const StepLink& link : step.links)
            links.append(QJsonObject { { QStringLiteral("title"), link.title.text(language) },
                { QStringLiteral("url"), link.url } });
        steps.append(QJsonObject {
            { QStringLiteral("id"), step.id },
            { QStringLiteral("kind"), stepKindName(step.kind) },
            { QStringLiteral("priority"), step.priority },
            { QStringLiteral("section"), step.sectionId },
            { QStringLiteral("questions"), QJsonArray::fromStringList(step.questionIds) },
            { QStringLiteral("measure"),
                step.measureId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.measureId) },
            { QStringLiteral("top"), step.top },
            { QStringLiteral("required_by_class"), step.requiredByClass },
            { QStringLiteral("from_class"),
                step.fromClass > 0 ? QJsonValue(step.fromClass) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("title"), step.title.text(language) },
            { QStringLiteral("how"), step.how.text(language) },
            { QStringLiteral("why"), step.why.text(language) },
            { QStringLiteral("effort"), effortName(step.effort) },
            { QStringLiteral("impact"), impactName(step.impact) },
            { QStringLiteral("links"), links },
        });
    }

    return steps;
}

/** The class, what raised it, the overrides and the measures for the class. */
QJsonObject riskClassJson(
    const RiskResult& risk, const Questionnaire& questionnaire, const Language& language)
{
    const RiskModel& model = *questionnaire.riskModel;
    const RiskClassDefinition& definition = model.classes.at(risk.riskClass - 1);
    return QJsonObject {
        { QStringLiteral("class"), risk.riskClass },
        { QStringLiteral("points"), risk.points },
        { QStringLiteral("points_class"), risk.pointsClass },
        { QStringLiteral("title"), definition.title.text(language) },
        { QStringLiteral("explanation"), definition.explanation.text(language) },
        { QStringLiteral("drivers"), driversJson(risk.drivers, questionnaire, language, false) },
        { QStringLiteral("overrides"), overridesJson(risk.overrides, model.overrides, {}, language) },
        { QStringLiteral("measures"), measuresJson(risk, model, language) },
    };
}

/** A status from the answers' own points: its band, range, what lost the most, overrides, measures. */
QJsonObject statusJson(
    const PointsResult& status, const Questionnaire& questionnaire, const Language& language)
{
    const PointsModel& model = *questionnaire.riskModel;
    const RiskClassDefinition& band = model.classes.at(status.riskClass - 1);
    const QString name
        = model.name.isEmpty() ? wording::models::defaultStatusName(language) : model.name.text(language);
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("band"), band.id },
        { QStringLiteral("title"), band.title.text(language) },
        { QStringLiteral("explanation"), band.explanation.text(language) },
        { QStringLiteral("points"), status.points },
        { QStringLiteral("min"), status.minimum },
        { QStringLiteral("max"), status.maximum },
        { QStringLiteral("percent"), optionalNumber(status.percent) },
        { QStringLiteral("points_band"), model.classes.at(status.pointsClass - 1).id },
        { QStringLiteral("drivers"), driversJson(status.drivers, questionnaire, language, true) },
        { QStringLiteral("overrides"),
            overridesJson(status.overrides, model.overrides, bandIds(model), language) },
        { QStringLiteral("measures"), measuresJson(status, model, language) },
    };
}

/** "Question: answer", not "Question?: answer" (nor "Statement.: answer"). */
QString askedAnswer(const Questionnaire& questionnaire, const RiskDriver& driver, const Language& language)
{
    const Question* question = questionnaire.question(driver.questionId);
    QString asked = question ? question->text.text(language) : driver.questionId;
    if (asked.endsWith(QLatin1Char('?')) || asked.endsWith(QLatin1Char('.')))
        asked.chop(1);
    return asked + QStringLiteral(": ")
        + optionLabel(questionnaire, driver.questionId, driver.optionId, language);
}

void writeMeasures(QTextStream& out, const QList<MeasureResult>& measures, const PointsModel& model,
    const Language& language)
{
    for (const MeasureResult& measure : measures) {
        for (const Measure& m : model.measures) {
            if (m.id == measure.measureId)
                out << "  [" << measureStatusLabel(measure.status, language) << "] " << m.title.text(language)
                    << "\n";
        }
    }
}

/** The risk class, what raised it most, the overrides and the measures of the class. */
void writeRiskClass(
    QTextStream& out, const RiskResult& risk, const Questionnaire& questionnaire, const Language& language)
{
    const RiskClassDefinition& definition = questionnaire.riskModel->classes.at(risk.riskClass - 1);
    out << Words::tr("Risk class ").in(language) << risk.riskClass << ": " << definition.title.text(language)
        << " (" << risk.points << Words::tr(" points)").in(language) << "\n";
    if (!definition.explanation.isEmpty())
        out << definition.explanation.text(language) << "\n";
    if (!risk.drivers.isEmpty()) {
        out << Words::tr("What raised your class most:").in(language) << "\n";
        for (const RiskDriver& driver : risk.drivers)
            out << "  - " << askedAnswer(questionnaire, driver, language) << " (+" << driver.points << ")\n";
    }
    for (const AppliedOverride& applied : risk.overrides)
        out << "  * " << questionnaire.riskModel->overrides.at(applied.index).reason.text(language) << " ("
            << applied.fromClass << " -> " << applied.toClass << ")\n";
    out << "\n" << Words::tr("Measures for this class:").in(language) << "\n";
    writeMeasures(out, risk.measures, *questionnaire.riskModel, language);
    out << "\n";
}

/** A status: its band and range, the unmet items that lost the most, overrides and measures. */
void writeStatus(QTextStream& out, const PointsResult& status, const Questionnaire& questionnaire,
    const Language& language)
{
    const PointsModel& model = *questionnaire.riskModel;
    const RiskClassDefinition& band = model.classes.at(status.riskClass - 1);
    out << (model.name.isEmpty() ? wording::models::defaultStatusName(language) : model.name.text(language))
        << ": " << band.title.text(language) << " ("
        << wording::models::pointsRange(language, status.points, status.minimum, status.maximum) << ")\n";
    if (!band.explanation.isEmpty())
        out << band.explanation.text(language) << "\n";
    for (const AppliedOverride& applied : status.overrides)
        out << "  * " << model.overrides.at(applied.index).reason.text(language) << " "
            << wording::models::movedFrom(
                   language, model.classes.at(applied.fromClass - 1).title.text(language))
            << "\n";
    if (!status.drivers.isEmpty()) {
        out << wording::models::lostMostHeading(language) << "\n";
        for (const RiskDriver& driver : status.drivers)
            out << "  - " << askedAnswer(questionnaire, driver, language) << " (-"
                << wording::shortNumber(language, driver.lostPoints) << ")\n";
    }
    if (!status.measures.isEmpty()) {
        out << wording::models::statusMeasuresHeading(language) << "\n";
        writeMeasures(out, status.measures, model, language);
    }
    out << "\n";
}

/** The next steps in priority order, or why there are none. */
void writeSteps(QTextStream& out, const AssessmentResult& result, const Language& language)
{
    if (!result.steps.isEmpty()) {
        out << "\n" << Words::tr("Next steps, most important first:").in(language) << "\n";
        for (const NextStep& step : result.steps) {
            out << step.priority << ". " << step.title.text(language)
                << (step.top ? Words::tr("  [critical]").in(language) : QString()) << "\n";
            out << "   " << Words::tr("How: ").in(language) << step.how.text(language) << "\n";
            out << "   " << Words::tr("Why: ").in(language) << step.why.text(language) << "\n";
            out << "   " << effortLabel(step.effort, language) << "; " << impactLabel(step.impact, language)
                << "\n";
            for (const StepLink& link : step.links)
                out << "   " << link.title.text(language) << ": " << link.url << "\n";
        }
    } else if (result.everythingInOrder()) {
        out << "\n" << Words::tr("No next steps: everything is in order.").in(language) << "\n";
    } else {
        out << "\n" << Words::tr("No next steps yet: answer the open questions first.").in(language) << "\n";
    }
}

} // namespace

QJsonObject resultToJson(
    const AssessmentResult& result, const Questionnaire& questionnaire, const Language& language)
{
    QJsonArray areas;
    const QJsonArray sections = sectionsJson(result, questionnaire, language, &areas);
    QJsonObject object {
        { QStringLiteral("questionnaire"),
            QJsonObject { { QStringLiteral("id"), result.questionnaireId },
                { QStringLiteral("version"), result.questionnaireVersion },
                { QStringLiteral("hash"), result.questionnaireHash },
                { QStringLiteral("title"), questionnaire.title.text(language) } } },
        { QStringLiteral("language"), language.code() },
        { QStringLiteral("sections"), sections },
        { QStringLiteral("overall"), optionalNumber(result.overall) },
        { QStringLiteral("missing"), QJsonArray::fromStringList(result.missing) },
        { QStringLiteral("next_steps"), stepsJson(result, language) },
    };
    if (result.risk)
        object.insert(QStringLiteral("risk_class"), riskClassJson(*result.risk, questionnaire, language));
    if (result.status)
        object.insert(QStringLiteral("status"), statusJson(*result.status, questionnaire, language));
    if (questionnaire.targetModel) {
        object.insert(QStringLiteral("areas"), areas);
        if (result.target) {
            for (const TargetLevel& level : questionnaire.targetModel->levels) {
                if (level.id != result.target->levelId)
                    continue;
                QJsonObject levelObject { { QStringLiteral("id"), level.id },
                    { QStringLiteral("points"), result.target->points },
                    { QStringLiteral("title"), level.title.text(language) },
                    { QStringLiteral("explanation"), level.explanation.text(language) } };
                if (!result.target->overrides.isEmpty())
                    levelObject.insert(QStringLiteral("overrides"),
                        overridesJson(result.target->overrides, questionnaire.targetModel->overrides,
                            levelIds(*questionnaire.targetModel), language));
                object.insert(QStringLiteral("level"), levelObject);
            }
        } else {
            object.insert(QStringLiteral("level"), QJsonValue(QJsonValue::Null));
        }
    }
    return object;
}

QString resultToText(
    const AssessmentResult& result, const Questionnaire& questionnaire, const Language& language)
{
    QString text;
    QTextStream out(&text);
    out << questionnaire.title.text(language) << " (" << Words::tr("version ").in(language)
        << questionnaire.version << ")\n";
    out << questionnaire.source.text(language) << "\n\n";

    if (result.risk)
        writeRiskClass(out, *result.risk, questionnaire, language);
    if (result.status)
        writeStatus(out, *result.status, questionnaire, language);
    if (result.target) {
        for (const TargetLevel& level : questionnaire.targetModel->levels) {
            if (level.id == result.target->levelId)
                out << Words::tr("Importance of process automation: ").in(language)
                    << level.title.text(language) << "\n";
        }
        for (const AppliedOverride& applied : result.target->overrides)
            out << "  * " << questionnaire.targetModel->overrides.at(applied.index).reason.text(language)
                << " "
                << wording::models::movedFrom(language,
                       questionnaire.targetModel->levels.at(applied.fromClass - 1).title.text(language))
                << "\n";
    }

    bool headerDone = false;
    for (const SectionResult& s : result.sections) {
        if (questionnaire.isIntakeSection(s.sectionId) || !s.visible)
            continue;
        if (!headerDone) {
            out << Words::tr("Score per part:").in(language) << "\n";
            headerDone = true;
        }
        const Section* section = questionnaire.section(s.sectionId);
        out << "  " << (section ? section->title.text(language) : s.sectionId) << ": ";
        if (s.score)
            out << wording::percent(language, *s.score) << " - " << lightLabel(s.light, language);
        else
            out << lightLabel(Light::None, language);
        if (s.maturity && s.target)
            out << Words::tr(" (level ").in(language) << *s.maturity << Words::tr(", target ").in(language)
                << *s.target << ")";
        for (const AppliedOverride& applied : s.overrides)
            out << " "
                << wording::models::movedFrom(
                       language, lightLabel(static_cast<Light>(applied.fromClass), language))
                << ": " << questionnaire.scoring.overrides.at(applied.index).reason.text(language);
        if (s.capped)
            out << Words::tr(" (capped by a critical item)").in(language);
        out << "\n";
    }
    if (result.overall)
        out << Words::tr("Overall: ").in(language) << wording::percent(language, *result.overall) << "\n";
    if (!result.missing.isEmpty())
        out << Words::tr("Not answered yet: ").in(language) << result.missing.join(QStringLiteral(", "))
            << "\n";

    writeSteps(out, result, language);
    return text;
}

} // namespace zelfscan
