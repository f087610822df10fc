// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the scoring models: `kind` with its risk_model or target_model block (format 1), or the
// `models` block of format 2 (section scores, a points total with bands, maturity; any of them).

#include "core/questionnaire/QuestionnaireParser_p.h"

namespace zelfscan {

namespace {

const QString lightBands[] = { QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("green") };

} // namespace

QuestionnaireKind kindOfModels(const YAML::Node& models)
{
    if (!models.IsMap())
        return QuestionnaireKind::Scan;
    if (models["maturity"])
        return QuestionnaireKind::OtCheck;
    const YAML::Node points = models["points"];
    if (points && points.IsMap() && points["counts"] && points["counts"].IsScalar()
        && points["counts"].Scalar() == "exposure")
        return QuestionnaireKind::RiskClass;
    return QuestionnaireKind::Scan;
}

void QuestionnaireParser::parseScoringBlocks(const YAML::Node& root)
{
    if (root["models"]) {
        if (m_questionnaire.format < 2)
            m_reader.error(root["models"],
                QStringLiteral("models needs format: 2 (format 1 names its scoring with kind)"));
        else if (root["kind"])
            m_reader.error(root["kind"], QStringLiteral("write either kind or models, not both"));
        else if (root["risk_model"] || root["target_model"])
            m_reader.error(root["models"],
                QStringLiteral("with models, write risk_model as models.points and target_model as "
                               "models.maturity"));
        else
            parseModels(root["models"]);
        return;
    }
    const bool isRisk = m_questionnaire.kind == QuestionnaireKind::RiskClass;
    const bool isOt = m_questionnaire.kind == QuestionnaireKind::OtCheck;
    m_questionnaire.sectionScores = !isRisk;
    if (root["risk_model"]) {
        if (!isRisk)
            m_reader.error(
                root["risk_model"], QStringLiteral("risk_model is only allowed with kind: risk_class"));
        else
            parseRiskModel(root["risk_model"]);
    } else if (isRisk && root["kind"]) {
        m_reader.error(root, QStringLiteral("kind: risk_class needs a risk_model block"));
    }
    if (root["target_model"]) {
        if (!isOt)
            m_reader.error(
                root["target_model"], QStringLiteral("target_model is only allowed with kind: ot_check"));
        else
            parseTargetModel(root["target_model"], false);
    } else if (isOt && root["kind"]) {
        m_reader.error(root, QStringLiteral("kind: ot_check needs a target_model block"));
    }
}

void QuestionnaireParser::parseModels(const YAML::Node& node)
{
    const QString what = QStringLiteral("models");
    if (!m_reader.checkKeys(
            node, what, { QStringLiteral("sections"), QStringLiteral("points"), QStringLiteral("maturity") }))
        return;
    if (node.size() == 0)
        m_reader.error(node, QStringLiteral("models declares no model (sections, points or maturity)"));
    const YAML::Node sections = node["sections"];
    m_questionnaire.sectionScores = bool(sections);
    if (sections && !sections.IsNull()
        && m_reader.checkKeys(sections, QStringLiteral("models.sections"), { QStringLiteral("overrides") })
        && sections["overrides"]) {
        const QStringList lights(std::begin(lightBands), std::end(lightBands));
        m_questionnaire.scoring.overrides
            = parseOverrides(sections["overrides"], { lights, true, true }, &m_lightOverridePositions);
    }
    if (node["points"])
        parsePointsModel(node["points"]);
    if (node["maturity"])
        parseTargetModel(node["maturity"], true);
}

void QuestionnaireParser::parseRiskModel(const YAML::Node& node)
{
    m_riskModelPosition = YamlReader::position(node);
    if (!m_reader.checkKeys(node, QStringLiteral("risk_model"),
            { QStringLiteral("classes"), QStringLiteral("overrides"), QStringLiteral("measures") },
            { QStringLiteral("classes") }))
        return;
    RiskModel model;
    if (node["classes"])
        model.classes = parseBandList(node["classes"], false);
    if (node["overrides"])
        model.overrides = parseOverrides(node["overrides"], {}, &m_overridePositions);
    if (node["measures"])
        model.measures = parseMeasures(node["measures"], {});
    m_questionnaire.riskModel = model;
}

void QuestionnaireParser::parsePointsModel(const YAML::Node& node)
{
    m_riskModelPosition = YamlReader::position(node);
    const QString what = QStringLiteral("models.points");
    if (!m_reader.checkKeys(node, what,
            { QStringLiteral("name"), QStringLiteral("counts"), QStringLiteral("sections"),
                QStringLiteral("bands"), QStringLiteral("overrides"), QStringLiteral("measures"),
                QStringLiteral("cumulative") },
            { QStringLiteral("bands") }))
        return;
    PointsModel model;
    model.name = text(node, "name", what, false);
    if (const auto counts = m_reader.string(node, "counts", what, false)) {
        if (*counts != QLatin1String("answers") && *counts != QLatin1String("exposure"))
            m_reader.error(node["counts"],
                QStringLiteral("counts must be answers or exposure, not '%1'").arg(counts->left(40)));
        model.exposure = *counts == QLatin1String("exposure");
    } else {
        model.exposure = false;
    }
    model.cumulative = m_reader.boolean(node, "cumulative", what).value_or(true);
    const YAML::Node sections = node["sections"];
    m_pointsSectionsPosition = YamlReader::position(sections);
    if (sections && m_reader.expectSequence(sections, QStringLiteral("sections of models.points"))) {
        for (const YAML::Node& item : sections) {
            if (const auto id = m_reader.scalarText(item, QStringLiteral("a section id")))
                model.sectionIds.append(*id);
        }
    }
    m_namedBands = true;
    model.classes = parseBandList(node["bands"], true);
    QStringList ids;
    for (const RiskClassDefinition& band : model.classes)
        ids.append(band.id);
    if (node["overrides"])
        model.overrides = parseOverrides(node["overrides"], { ids, true, false }, &m_overridePositions);
    if (node["measures"])
        model.measures = parseMeasures(node["measures"], ids);
    m_questionnaire.riskModel = model;
}

QList<RiskClassDefinition> QuestionnaireParser::parseBandList(const YAML::Node& node, bool named)
{
    QList<RiskClassDefinition> bands;
    if (!m_reader.expectSequence(node, named ? QStringLiteral("bands") : QStringLiteral("classes")))
        return bands;
    const QString key = named ? QStringLiteral("id") : QStringLiteral("class");
    for (const YAML::Node& item : node) {
        const QString what = named ? QStringLiteral("a band") : QStringLiteral("a risk class");
        if (!m_reader.checkKeys(item, what,
                { key, QStringLiteral("min_points"), QStringLiteral("title"), QStringLiteral("explanation") },
                { key, QStringLiteral("min_points"), QStringLiteral("title") }))
            continue;
        RiskClassDefinition band;
        if (named) {
            band.number = int(bands.size()) + 1;
            band.id = m_reader.identifier(item, "id", what, true).value_or(QString());
        } else {
            band.number = m_reader.integer(item, "class", what, true).value_or(0);
            band.id = QString::number(band.number);
        }
        band.minPoints = m_reader.number(item, "min_points", what, true).value_or(0);
        const QString bandName = named ? QStringLiteral("band '%1'").arg(band.id)
                                       : QStringLiteral("risk class %1").arg(band.number);
        band.title = text(item, "title", bandName);
        band.explanation = text(item, "explanation", bandName, false);
        bands.append(band);
        m_classPositions.append(YamlReader::position(item));
    }
    return bands;
}

std::optional<int> QuestionnaireParser::bandReference(
    const YAML::Node& item, const char* key, const QString& what, const QStringList& bandIds)
{
    if (!item[key])
        return std::nullopt;
    if (bandIds.isEmpty())
        return m_reader.integer(item, key, what, false);
    const auto id
        = m_reader.scalarText(item[key], QStringLiteral("'%1' of %2").arg(QLatin1String(key), what));
    if (!id)
        return std::nullopt;
    const int index = int(bandIds.indexOf(*id));
    if (index < 0) {
        m_reader.error(item[key],
            QStringLiteral("%1 names '%2', which is not one of %3")
                .arg(what, id->left(40), bandIds.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return index + 1;
}

QList<BandOverride> QuestionnaireParser::parseOverrides(
    const YAML::Node& node, const OverrideRules& rules, QList<SourcePosition>* positions)
{
    QList<BandOverride> overrides;
    if (!m_reader.expectSequence(node, QStringLiteral("overrides")))
        return overrides;
    const bool named = !rules.bandIds.isEmpty();
    QStringList keys { QStringLiteral("when"), QStringLiteral("at_least"), QStringLiteral("at_most"),
        QStringLiteral("reason") };
    if (rules.topGap)
        keys.append(QStringLiteral("top_gap"));
    if (rules.section)
        keys.append(QStringLiteral("section"));
    int index = 0;
    for (const YAML::Node& item : node) {
        const QString what = QStringLiteral("override %1").arg(++index);
        const QStringList required = named ? QStringList { QStringLiteral("reason") }
                                           : QStringList { QStringLiteral("when"), QStringLiteral("reason") };
        if (!m_reader.checkKeys(item, what, keys, required))
            continue;
        BandOverride rule;
        m_currentSectionId.clear();
        // Overrides run after every answer is in, so they may refer to any question.
        m_questionIndex = m_questionnaire.questionCount();
        rule.when = parseCondition(item, "when", what, false);
        rule.topGap = m_reader.boolean(item, "top_gap", what).value_or(false);
        if (rules.section)
            rule.sectionId = m_reader.identifier(item, "section", what, false).value_or(QString());
        rule.atLeast = bandReference(item, "at_least", what, rules.bandIds);
        rule.atMost = bandReference(item, "at_most", what, rules.bandIds);
        if (!item["at_least"] && !item["at_most"])
            m_reader.error(item, QStringLiteral("%1 needs at_least or at_most").arg(what));
        if (rule.atLeast && rule.atMost && *rule.atLeast > *rule.atMost)
            m_reader.error(item, QStringLiteral("%1 has at_least above at_most").arg(what));
        if (named && !item["when"] && !rule.topGap)
            m_reader.error(item,
                QStringLiteral("%1 needs a condition: when%2")
                    .arg(what, rules.topGap ? QStringLiteral(" or top_gap: true") : QString()));
        rule.reason = text(item, "reason", what);
        overrides.append(rule);
        positions->append(YamlReader::position(item));
    }
    return overrides;
}

QList<Measure> QuestionnaireParser::parseMeasures(const YAML::Node& node, const QStringList& bandIds)
{
    QList<Measure> measures;
    if (!m_reader.expectSequence(node, QStringLiteral("measures")))
        return measures;
    const bool named = !bandIds.isEmpty();
    const QString bandKey = named ? QStringLiteral("band") : QStringLiteral("class");
    {
        for (const YAML::Node& item : node) {
            const QString anyMeasure = QStringLiteral("a measure");
            if (!m_reader.checkKeys(item, anyMeasure,
                    { QStringLiteral("id"), bandKey, QStringLiteral("group"), QStringLiteral("title"),
                        QStringLiteral("step"), QStringLiteral("evidence"), QStringLiteral("applies_if") },
                    { QStringLiteral("id"), bandKey, QStringLiteral("title") }))
                continue;
            Measure measure;
            measure.id = m_reader.identifier(item, "id", anyMeasure, true).value_or(QString());
            const QString what = QStringLiteral("measure '%1'").arg(measure.id);
            measure.riskClass = named ? bandReference(item, "band", what, bandIds).value_or(0)
                                      : m_reader.integer(item, "class", what, true).value_or(0);
            measure.group = m_reader.identifier(item, "group", what, false).value_or(QString());
            measure.title = text(item, "title", what);
            if (item["step"])
                measure.stepId = parseStepField(item, measure.id, what);
            m_currentSectionId.clear();
            // Measures are judged after every answer is in, so they may refer to any question.
            m_questionIndex = m_questionnaire.questionCount();
            measure.appliesIf = parseCondition(item, "applies_if", what, false);
            const YAML::Node evidence = item["evidence"];
            if (evidence && m_reader.expectSequence(evidence, QStringLiteral("evidence of %1").arg(what))) {
                for (const YAML::Node& e : evidence) {
                    if (!m_reader.checkKeys(e, QStringLiteral("evidence of %1").arg(what),
                            { QStringLiteral("question"), QStringLiteral("in_place") },
                            { QStringLiteral("question") }))
                        continue;
                    MeasureEvidence ev;
                    ev.position = YamlReader::position(e["question"]);
                    const QString ref = m_reader.string(e, "question", what, true).value_or(QString());
                    const int dot = ref.indexOf(QLatin1Char('.'));
                    if (dot >= 0) {
                        ev.questionnaireId = ref.left(dot);
                        ev.questionId = ref.mid(dot + 1);
                    } else {
                        ev.questionId = ref;
                    }
                    const YAML::Node inPlace = e["in_place"];
                    if (inPlace
                        && m_reader.expectSequence(inPlace, QStringLiteral("in_place of %1").arg(what))) {
                        for (const YAML::Node& option : inPlace) {
                            if (const auto id
                                = m_reader.scalarText(option, QStringLiteral("an in_place option")))
                                ev.inPlaceOptions.append(*id);
                        }
                    }
                    measure.evidence.append(ev);
                }
            }
            measures.append(measure);
            m_measurePositions.append(YamlReader::position(item));
        }
    }
    return measures;
}

void QuestionnaireParser::parseTargetModel(const YAML::Node& node, bool format2)
{
    m_targetModelPosition = YamlReader::position(node);
    const QString blockName = format2 ? QStringLiteral("models.maturity") : QStringLiteral("target_model");
    QStringList keys { QStringLiteral("intake"), QStringLiteral("levels") };
    if (format2)
        keys.append(QStringLiteral("overrides"));
    if (!m_reader.checkKeys(node, blockName, keys, { QStringLiteral("intake"), QStringLiteral("levels") }))
        return;
    TargetModel model;
    model.intakeSectionId = m_reader.identifier(node, "intake", blockName, true).value_or(QString());
    const YAML::Node levels = node["levels"];
    if (levels && m_reader.expectSequence(levels, QStringLiteral("levels"))) {
        for (const YAML::Node& item : levels) {
            const QString anyLevel = QStringLiteral("a level");
            if (!m_reader.checkKeys(item, anyLevel,
                    { QStringLiteral("id"), QStringLiteral("min_points"), QStringLiteral("title"),
                        QStringLiteral("explanation"), QStringLiteral("target"),
                        QStringLiteral("area_targets") },
                    { QStringLiteral("id"), QStringLiteral("min_points"), QStringLiteral("title"),
                        QStringLiteral("target") }))
                continue;
            TargetLevel level;
            level.id = m_reader.identifier(item, "id", anyLevel, true).value_or(QString());
            const QString what = QStringLiteral("level '%1'").arg(level.id);
            level.minPoints = m_reader.number(item, "min_points", what, true).value_or(0);
            level.title = text(item, "title", what);
            level.explanation = text(item, "explanation", what, false);
            level.target = m_reader.number(item, "target", what, true).value_or(0);
            const YAML::Node areas = item["area_targets"];
            if (areas && m_reader.expectMap(areas, QStringLiteral("area_targets of %1").arg(what))) {
                for (auto it = areas.begin(); it != areas.end(); ++it) {
                    const auto area = m_reader.scalarText(it->first, QStringLiteral("an area id"));
                    const auto target
                        = m_reader.scalarNumber(it->second, QStringLiteral("the target of an area"));
                    if (area && target)
                        level.areaTargets.insert(*area, *target);
                }
            }
            model.levels.append(level);
            m_levelPositions.append(YamlReader::position(item));
        }
    }
    if (format2 && node["overrides"]) {
        QStringList ids;
        for (const TargetLevel& level : model.levels)
            ids.append(level.id);
        model.overrides = parseOverrides(node["overrides"], { ids, false, false }, &m_levelOverridePositions);
    }
    m_questionnaire.targetModel = model;
}

} // namespace zelfscan
