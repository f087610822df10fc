// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireLoader.h"

#include "core/assessment/Profile.h"
#include "core/io/InputGuard.h"
#include "core/io/Sha256.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireParser_p.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace zelfscan {

namespace {

const QStringList rootKeys = { QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
    QStringLiteral("kind"), QStringLiteral("languages"), QStringLiteral("title"), QStringLiteral("summary"),
    QStringLiteral("description"), QStringLiteral("source"), QStringLiteral("minutes"),
    QStringLiteral("scales"), QStringLiteral("scoring"), QStringLiteral("steps"), QStringLiteral("sections"),
    QStringLiteral("risk_model"), QStringLiteral("target_model"), QStringLiteral("link_domains"),
    QStringLiteral("models") };

const QStringList optionKeys = { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("help"),
    QStringLiteral("score"), QStringLiteral("na"), QStringLiteral("unknown"), QStringLiteral("exclusive"),
    QStringLiteral("step"), QStringLiteral("profile_size") };

const QStringList stepKeys = { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("how"),
    QStringLiteral("why"), QStringLiteral("effort"), QStringLiteral("impact"), QStringLiteral("how_variants"),
    QStringLiteral("links") };

constexpr int newestFormat = 2;

/** A score an option or number band may give: below 0 costs points (format 2 writes -3 for a TOP item). */
constexpr double lowestScore = -1000;
constexpr double highestScore = 1000;

} // namespace

QString linkProblem(const QString& url, const QStringList& domains)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return QStringLiteral("'%1' is not an https address").arg(url.left(80));
    if (!parsed.userInfo().isEmpty() || parsed.port() != -1)
        return QStringLiteral("'%1' must not carry a user name or port").arg(url.left(80));
    const QString host = parsed.host().toLower();
    for (const QString& domain : domains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return {};
    }
    if (domains.isEmpty())
        return QStringLiteral("'%1' is on %2, but the file declares no link_domains").arg(url.left(80), host);
    return QStringLiteral("'%1' is on %2, which is not in link_domains (%3)")
        .arg(url.left(80), host, domains.join(QStringLiteral(", ")));
}

void QuestionnaireParser::parse(const YAML::Node& root)
{
    if (!root.IsDefined())
        return; // syntax error already reported
    if (root.IsNull()) {
        m_reader.error(SourcePosition { 1, 1 },
            QStringLiteral(
                "file is empty; a questionnaire needs at least format, id, version, kind and sections"));
        return;
    }
    if (!m_reader.checkKeys(root, QStringLiteral("the questionnaire"), rootKeys,
            { QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
                QStringLiteral("languages"), QStringLiteral("title"), QStringLiteral("source"),
                QStringLiteral("sections") }))
        return;
    parseIdentity(root);
    if (root["models"])
        m_questionnaire.kind = kindOfModels(root["models"]);
    if (root["link_domains"])
        parseLinkDomains(root["link_domains"]);
    if (root["scales"])
        parseScales(root["scales"]);
    if (root["scoring"])
        parseScoring(root["scoring"]);
    if (root["steps"])
        parseSteps(root["steps"]);
    if (root["sections"])
        parseSections(root["sections"]);

    parseScoringBlocks(root);
}

void QuestionnaireParser::parseIdentity(const YAML::Node& root)
{
    Questionnaire& q = m_questionnaire;
    const QString what = QStringLiteral("the questionnaire");
    if (const auto format = m_reader.integer(root, "format", what, true)) {
        q.format = *format;
        if (*format < 1 || *format > newestFormat)
            m_reader.error(root["format"],
                QStringLiteral("format %1 is not supported; this Zelfscan reads format 1 or %2")
                    .arg(*format)
                    .arg(newestFormat));
    }
    q.id = m_reader.identifier(root, "id", what, true).value_or(QString());
    q.version = m_reader.string(root, "version", what, true).value_or(QString());
    if (root["version"] && q.version.trimmed().isEmpty())
        m_reader.error(root["version"], QStringLiteral("version is empty"));
    // Format 2 may declare its scoring models instead of a kind.
    const bool kindRequired = !root["models"] || q.format < 2;
    if (const auto kind = m_reader.string(root, "kind", what, kindRequired)) {
        if (*kind == QLatin1String("scan"))
            q.kind = QuestionnaireKind::Scan;
        else if (*kind == QLatin1String("risk_class"))
            q.kind = QuestionnaireKind::RiskClass;
        else if (*kind == QLatin1String("ot_check"))
            q.kind = QuestionnaireKind::OtCheck;
        else
            m_reader.error(root["kind"],
                QStringLiteral("unknown kind '%1' (allowed: scan, risk_class, ot_check)")
                    .arg(kind->left(40)));
    }

    const YAML::Node languages = root["languages"];
    if (languages && m_reader.expectSequence(languages, QStringLiteral("languages"))) {
        for (const YAML::Node& language : languages) {
            const auto code = m_reader.scalarText(language, QStringLiteral("a language"));
            if (!code)
                continue;
            if (q.languages.contains(*code))
                m_reader.error(language, QStringLiteral("language '%1' is listed twice").arg(*code));
            else if (!YamlReader::isValidIdentifier(*code) || code->size() > 8)
                m_reader.error(language,
                    QStringLiteral("'%1' is not a language code such as nl or en").arg(code->left(20)));
            else
                q.languages.append(*code);
        }
        for (const char* required : { "nl", "en" }) {
            if (!q.languages.contains(QLatin1String(required)))
                m_reader.error(
                    languages, QStringLiteral("languages must include '%1'").arg(QLatin1String(required)));
        }
    }
    if (q.languages.isEmpty())
        q.languages = { QStringLiteral("nl"), QStringLiteral("en") }; // keep checking texts

    q.title = text(root, "title", what);
    q.summary = text(root, "summary", what, false);
    q.description = text(root, "description", what, false);
    q.source = text(root, "source", what);
    m_sourcePosition = YamlReader::position(root["source"]);
    if (const auto minutes = m_reader.integer(root, "minutes", what, false)) {
        if (*minutes <= 0 || *minutes > 600)
            m_reader.error(root["minutes"], QStringLiteral("minutes must be between 1 and 600"));
        else
            q.minutes = *minutes;
    }
}

void QuestionnaireParser::parseScales(const YAML::Node& node)
{
    if (!m_reader.expectMap(node, QStringLiteral("scales")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const auto name = m_reader.scalarText(it->first, QStringLiteral("a scale name"));
        if (!name)
            continue;
        if (!YamlReader::isValidIdentifier(*name)) {
            m_reader.error(it->first, QStringLiteral("'%1' is not a valid scale name").arg(name->left(40)));
            continue;
        }
        if (m_scales.contains(*name)) {
            m_reader.error(it->first, QStringLiteral("scale '%1' is defined twice").arg(*name));
            continue;
        }
        m_scales.insert(*name, parseOptions(it->second, QStringLiteral("scale '%1'").arg(*name), false));
    }
}

void QuestionnaireParser::parseScoring(const YAML::Node& node)
{
    const QString what = QStringLiteral("scoring");
    if (!m_reader.checkKeys(node, what,
            { QStringLiteral("top_weight"), QStringLiteral("top_cap"), QStringLiteral("lights") }))
        return;
    ScoringRules& rules = m_questionnaire.scoring;
    if (const auto weight = m_reader.number(node, "top_weight", what, false)) {
        if (*weight <= 0 || *weight > 100)
            m_reader.error(node["top_weight"], QStringLiteral("top_weight must be above 0 and at most 100"));
        else
            rules.topWeight = *weight;
    }
    if (const auto cap = m_reader.number(node, "top_cap", what, false)) {
        if (*cap < 0 || *cap > 100)
            m_reader.error(node["top_cap"], QStringLiteral("top_cap must be between 0 and 100"));
        else
            rules.topCap = *cap;
    }
    const YAML::Node lights = node["lights"];
    if (lights
        && m_reader.checkKeys(lights, QStringLiteral("lights"),
            { QStringLiteral("green"), QStringLiteral("orange") },
            { QStringLiteral("green"), QStringLiteral("orange") })) {
        const auto green = m_reader.number(lights, "green", QStringLiteral("lights"), true);
        const auto orange = m_reader.number(lights, "orange", QStringLiteral("lights"), true);
        if (green && orange) {
            if (*green < 0 || *green > 100 || *orange < 0 || *orange > 100)
                m_reader.error(lights, QStringLiteral("light thresholds must be between 0 and 100"));
            else if (*orange >= *green)
                m_reader.error(lights["orange"],
                    QStringLiteral("thresholds out of order: orange (%1) must be below green (%2)")
                        .arg(*orange)
                        .arg(*green));
            else {
                rules.greenFrom = *green;
                rules.orangeFrom = *orange;
            }
        }
    }
}

QList<AnswerOption> QuestionnaireParser::parseOptions(
    const YAML::Node& node, const QString& what, bool ownOptions)
{
    QList<AnswerOption> options;
    if (!m_reader.expectSequence(node, what))
        return options;
    if (node.size() == 0)
        m_reader.error(node, QStringLiteral("%1 has no options").arg(what));
    for (const YAML::Node& item : node) {
        const QString optionWhat = QStringLiteral("an option of %1").arg(what);
        if (!m_reader.checkKeys(
                item, optionWhat, optionKeys, { QStringLiteral("id"), QStringLiteral("label") }))
            continue;
        AnswerOption option;
        option.id = m_reader.identifier(item, "id", optionWhat, true).value_or(QString());
        const QString named
            = option.id.isEmpty() ? optionWhat : QStringLiteral("option '%1' of %2").arg(option.id, what);
        option.label = text(item, "label", named);
        option.help = text(item, "help", named, false);
        option.notApplicable = m_reader.boolean(item, "na", named).value_or(false);
        option.unknown = m_reader.boolean(item, "unknown", named).value_or(false);
        option.exclusive = m_reader.boolean(item, "exclusive", named).value_or(false);
        if (const auto score = m_reader.number(item, "score", named, false)) {
            if (*score < lowestScore || *score > highestScore)
                m_reader.error(
                    item["score"], QStringLiteral("score of %1 must be between -1000 and 1000").arg(named));
            else
                option.score = *score;
            if (option.notApplicable)
                m_reader.error(item["score"],
                    QStringLiteral("%1 is not applicable (na: true) and cannot have a score").arg(named));
        } else if (!option.notApplicable && !option.unknown && !item["score"]) {
            m_reader.error(item, QStringLiteral("%1 needs a score (or na: true)").arg(named));
        }
        if (option.notApplicable && option.unknown)
            m_reader.error(item, QStringLiteral("%1 cannot be both na and unknown").arg(named));
        if (item["step"])
            option.stepId = parseStepField(item, QString(), named);
        if (item["profile_size"]) {
            // A scale's options serve many questions: the intake's size answers one question.
            if (!ownOptions)
                m_reader.error(item["profile_size"],
                    QStringLiteral("profile_size of %1 is only for a question's own options").arg(named));
            else
                option.profileSizes = parseProfileSizes(item["profile_size"], named, options);
        }
        for (const AnswerOption& other : options) {
            if (!option.id.isEmpty() && other.id == option.id)
                m_reader.error(
                    item["id"], QStringLiteral("duplicate option id '%1' in %2").arg(option.id, what));
        }
        options.append(option);
    }
    return options;
}

QStringList QuestionnaireParser::parseProfileSizes(
    const YAML::Node& node, const QString& what, const QList<AnswerOption>& earlier)
{
    QStringList sizes;
    if (!m_reader.expectSequence(node, QStringLiteral("profile_size of %1").arg(what)))
        return sizes;
    for (const YAML::Node& item : node) {
        const std::optional<QString> size
            = m_reader.scalarText(item, QStringLiteral("profile_size of %1").arg(what));
        if (!size)
            continue;
        if (!Profile::sizeIds().contains(*size)) {
            m_reader.error(item,
                QStringLiteral("profile_size of %1 names an unknown size '%2' (allowed: %3)")
                    .arg(what, size->left(40), Profile::sizeIds().join(QStringLiteral(", "))));
            continue;
        }
        const bool taken = sizes.contains(*size)
            || std::any_of(earlier.cbegin(), earlier.cend(),
                [&](const AnswerOption& other) { return other.profileSizes.contains(*size); });
        if (taken) {
            m_reader.error(
                item, QStringLiteral("size '%1' is given to more than one option (%2)").arg(*size, what));
            continue;
        }
        sizes.append(*size);
    }
    return sizes;
}

std::optional<StepTemplate> QuestionnaireParser::parseStepBody(
    const YAML::Node& node, const QString& id, const QString& what)
{
    if (!m_reader.checkKeys(node, what, stepKeys,
            { QStringLiteral("title"), QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("effort"),
                QStringLiteral("impact") }))
        return std::nullopt;
    StepTemplate step;
    step.id = id;
    if (node["id"]) {
        if (const auto explicitId = m_reader.identifier(node, "id", what, true))
            step.id = *explicitId;
    }
    step.title = text(node, "title", what);
    step.how = text(node, "how", what);
    step.why = text(node, "why", what);
    if (const auto effort = m_reader.string(node, "effort", what, true)) {
        if (*effort == QLatin1String("low"))
            step.effort = Effort::Low;
        else if (*effort == QLatin1String("medium"))
            step.effort = Effort::Medium;
        else if (*effort == QLatin1String("high"))
            step.effort = Effort::High;
        else
            m_reader.error(node["effort"],
                QStringLiteral("effort must be low, medium or high, not '%1'").arg(effort->left(40)));
    }
    if (const auto impact = m_reader.string(node, "impact", what, true)) {
        if (*impact == QLatin1String("low"))
            step.impact = Impact::Low;
        else if (*impact == QLatin1String("medium"))
            step.impact = Impact::Medium;
        else if (*impact == QLatin1String("high"))
            step.impact = Impact::High;
        else
            m_reader.error(node["impact"],
                QStringLiteral("impact must be low, medium or high, not '%1'").arg(impact->left(40)));
    }
    if (step.id.isEmpty()) {
        m_reader.error(node, QStringLiteral("%1 needs an id").arg(what));
        return std::nullopt;
    }
    if (node["how_variants"])
        step.howVariants = parseHowVariants(node["how_variants"], what);
    if (node["links"])
        step.links = parseLinks(node["links"], what);
    return step;
}

QList<HowVariant> QuestionnaireParser::parseHowVariants(const YAML::Node& node, const QString& what)
{
    QList<HowVariant> variants;
    const QString listWhat = QStringLiteral("how_variants of %1").arg(what);
    if (!m_reader.expectSequence(node, listWhat))
        return variants;
    // A step's advice is chosen after every answer is in, so its conditions may use any question.
    const int questionIndex = m_questionIndex;
    m_questionIndex = std::numeric_limits<int>::max();
    for (const YAML::Node& item : node) {
        const QString itemWhat = QStringLiteral("a variant in %1").arg(listWhat);
        if (!m_reader.checkKeys(item, itemWhat, { QStringLiteral("when"), QStringLiteral("how") },
                { QStringLiteral("when"), QStringLiteral("how") }))
            continue;
        HowVariant variant;
        variant.when = parseCondition(item, "when", itemWhat, false);
        variant.how = text(item, "how", itemWhat);
        variants.append(variant);
    }
    m_questionIndex = questionIndex;
    return variants;
}

QList<StepLink> QuestionnaireParser::parseLinks(const YAML::Node& node, const QString& what)
{
    QList<StepLink> links;
    const QString listWhat = QStringLiteral("links of %1").arg(what);
    if (!m_reader.expectSequence(node, listWhat))
        return links;
    for (const YAML::Node& item : node) {
        const QString itemWhat = QStringLiteral("a link in %1").arg(listWhat);
        if (!m_reader.checkKeys(item, itemWhat, { QStringLiteral("title"), QStringLiteral("url") },
                { QStringLiteral("title"), QStringLiteral("url") }))
            continue;
        StepLink link;
        link.title = text(item, "title", itemWhat);
        link.url = m_reader.string(item, "url", itemWhat, true).value_or(QString());
        if (!link.url.isEmpty()) {
            if (const QString problem = linkProblem(link.url, m_questionnaire.linkDomains);
                !problem.isEmpty())
                m_reader.error(item["url"], QStringLiteral("%1: %2").arg(itemWhat, problem));
        }
        links.append(link);
    }
    return links;
}

void QuestionnaireParser::parseLinkDomains(const YAML::Node& node)
{
    if (!m_reader.expectSequence(node, QStringLiteral("link_domains")))
        return;
    for (const YAML::Node& item : node) {
        const auto domain = m_reader.scalarText(item, QStringLiteral("a link domain"));
        if (!domain)
            continue;
        const QString host = domain->trimmed().toLower();
        // A bare host name: no scheme, path or port, at least one dot.
        static const QRegularExpression hostPattern(
            QStringLiteral("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"));
        if (!hostPattern.match(host).hasMatch())
            m_reader.error(item,
                QStringLiteral(
                    "link domain '%1' must be a host name such as ncsc.nl (no https://, path or port)")
                    .arg(domain->left(60)));
        else
            m_questionnaire.linkDomains.append(host);
    }
}

void QuestionnaireParser::parseSteps(const YAML::Node& node)
{
    if (!m_reader.expectMap(node, QStringLiteral("steps")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const auto id = m_reader.scalarText(it->first, QStringLiteral("a step name"));
        if (!id)
            continue;
        if (!YamlReader::isValidIdentifier(*id)) {
            m_reader.error(it->first, QStringLiteral("'%1' is not a valid step id").arg(id->left(40)));
            continue;
        }
        if (m_questionnaire.steps.contains(*id)) {
            m_reader.error(it->first, QStringLiteral("step '%1' is defined twice").arg(*id));
            continue;
        }
        if (it->second["id"])
            m_reader.error(
                it->second["id"], QStringLiteral("a step in 'steps' takes its id from its key; remove 'id'"));
        if (auto step = parseStepBody(it->second, *id, QStringLiteral("step '%1'").arg(*id))) {
            step->id = *id;
            m_questionnaire.steps.insert(*id, *step);
            m_stepPositions.insert(*id, YamlReader::position(it->first));
        }
    }
}

QString QuestionnaireParser::parseStepField(
    const YAML::Node& owner, const QString& defaultId, const QString& what)
{
    const YAML::Node node = owner["step"];
    if (node.IsScalar()) {
        const QString id = QString::fromStdString(node.Scalar());
        m_stepReferences.append({ id, YamlReader::position(node) });
        return id;
    }
    const QString stepWhat = QStringLiteral("the step of %1").arg(what);
    if (!node.IsMap()) {
        m_reader.error(node,
            QStringLiteral("%1 must be a step name or a mapping with title, how, why, effort and impact")
                .arg(stepWhat));
        return {};
    }
    auto step = parseStepBody(node, defaultId, stepWhat);
    if (!step)
        return {};
    if (m_questionnaire.steps.contains(step->id)) {
        m_reader.error(node,
            QStringLiteral("step id '%1' is already used; refer to it by name (step: %1) to share it")
                .arg(step->id));
        return {};
    }
    m_questionnaire.steps.insert(step->id, *step);
    m_stepPositions.insert(step->id, YamlReader::position(node));
    return step->id;
}

Expression QuestionnaireParser::parseCondition(
    const YAML::Node& owner, const char* key, const QString& what, bool isQuestion)
{
    const YAML::Node node = owner[key];
    if (!node)
        return {};
    const auto source = m_reader.scalarText(node, QStringLiteral("'%1' of %2").arg(QLatin1String(key), what));
    if (!source)
        return {};
    QString message;
    int offset = 0;
    Expression expression = Expression::parse(*source, &message, &offset);
    SourcePosition position = YamlReader::position(node);
    if (!expression.isValid()) {
        // Point into the condition when it is written plainly on one line.
        SourcePosition at = position;
        if (node.Tag() != "!" && !source->contains(QLatin1Char('\n')))
            at.column += offset;
        m_reader.error(at, QStringLiteral("invalid condition in %1: %2").arg(what, message));
        return {};
    }
    ConditionSite site;
    site.expression = expression;
    site.position = position;
    site.owner = what;
    site.questionIndex = m_questionIndex;
    site.isQuestion = isQuestion;
    site.sectionId = m_currentSectionId;
    m_conditions.append(site);
    return expression;
}

void QuestionnaireParser::parseSections(const YAML::Node& node)
{
    if (!m_reader.expectSequence(node, QStringLiteral("sections")))
        return;
    if (node.size() == 0)
        m_reader.error(node, QStringLiteral("sections is empty; a questionnaire needs at least one section"));
    for (const YAML::Node& item : node)
        parseSection(item);
}

void QuestionnaireParser::parseSection(const YAML::Node& node)
{
    const QString anySection = QStringLiteral("a section");
    if (!m_reader.checkKeys(node, anySection,
            { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                QStringLiteral("visible_if"), QStringLiteral("top_cap"), QStringLiteral("questions") },
            { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("questions") }))
        return;
    Section section;
    section.id = m_reader.identifier(node, "id", anySection, true).value_or(QString());
    section.position = YamlReader::position(node);
    m_sectionIds.append({ section.id, YamlReader::position(node["id"]) });
    m_currentSectionId = section.id;
    const QString what = QStringLiteral("section '%1'").arg(section.id);
    section.title = text(node, "title", what);
    section.description = text(node, "description", what, false);
    section.visibleIf = parseCondition(node, "visible_if", what, false);
    if (const auto cap = m_reader.number(node, "top_cap", what, false)) {
        if (*cap < 0 || *cap > 100)
            m_reader.error(node["top_cap"], QStringLiteral("top_cap must be between 0 and 100"));
        else
            section.topCap = *cap;
    }
    const YAML::Node questions = node["questions"];
    if (questions && m_reader.expectSequence(questions, QStringLiteral("questions of %1").arg(what))) {
        if (questions.size() == 0)
            m_reader.error(questions, QStringLiteral("%1 has no questions").arg(what));
        for (const YAML::Node& item : questions)
            parseQuestion(item, section);
    }
    m_questionnaire.sections.append(section);
}

void QuestionnaireParser::parseQuestion(const YAML::Node& node, Section& section)
{
    const QString anyQuestion = QStringLiteral("a question in section '%1'").arg(section.id);
    if (!m_reader.checkKeys(node, anyQuestion,
            { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("scale"),
                QStringLiteral("options"), QStringLiteral("text"), QStringLiteral("help"),
                QStringLiteral("instruction"), QStringLiteral("weight"), QStringLiteral("top"),
                QStringLiteral("basic"), QStringLiteral("visible_if"), QStringLiteral("step"),
                QStringLiteral("find_out"), QStringLiteral("find_out_title"), QStringLiteral("min_target"),
                QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("unit"),
                QStringLiteral("bands") },
            { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text") }))
        return;
    Question question;
    question.id = m_reader.identifier(node, "id", anyQuestion, true).value_or(QString());
    question.sectionId = section.id;
    question.position = YamlReader::position(node);
    m_questionIds.append({ question.id, YamlReader::position(node["id"]) });
    const QString what = QStringLiteral("question '%1'").arg(question.id);

    parseQuestionType(node, question, what);
    question.text = text(node, "text", what);
    question.help = text(node, "help", what, false);
    question.instruction = text(node, "instruction", what, false);
    question.findOut = text(node, "find_out", what, false);
    question.findOutTitle = text(node, "find_out_title", what, false);
    parseQuestionWeight(node, question, what);
    if (question.type == QuestionType::Number)
        parseNumberAnswers(node, question, what);
    else
        parseChoiceAnswers(node, question, what);
    question.visibleIf = parseCondition(node, "visible_if", what, true);
    if (node["step"])
        question.stepId = parseStepField(node, question.id, what);
    ++m_questionIndex;
    section.questions.append(question);
}

void QuestionnaireParser::parseQuestionType(const YAML::Node& node, Question& question, const QString& what)
{
    if (const auto type = m_reader.string(node, "type", what, true)) {
        if (*type == QLatin1String("statement"))
            question.type = QuestionType::Statement;
        else if (*type == QLatin1String("single"))
            question.type = QuestionType::Single;
        else if (*type == QLatin1String("multiple"))
            question.type = QuestionType::Multiple;
        else if (*type == QLatin1String("number"))
            question.type = QuestionType::Number;
        else
            m_reader.error(node["type"],
                QStringLiteral("unknown question type '%1' (allowed: statement, single, multiple, number)")
                    .arg(type->left(40)));
    }
}

/** How much the question counts: TOP, basic, its weight and (OT) the level it must reach. */
void QuestionnaireParser::parseQuestionWeight(const YAML::Node& node, Question& question, const QString& what)
{
    if (const auto minTarget = m_reader.number(node, "min_target", what, false)) {
        if (m_questionnaire.kind != QuestionnaireKind::OtCheck)
            m_reader.error(
                node["min_target"], QStringLiteral("min_target of %1 is only for kind: ot_check").arg(what));
        else if (*minTarget < 0 || *minTarget > 1000)
            m_reader.error(
                node["min_target"], QStringLiteral("min_target of %1 must be between 0 and 1000").arg(what));
        else
            question.minTarget = *minTarget;
    }
    question.top = m_reader.boolean(node, "top", what).value_or(false);
    question.basic = m_reader.boolean(node, "basic", what).value_or(false);
    question.weight = question.top ? m_questionnaire.scoring.topWeight : 1.0;
    if (const auto weight = m_reader.number(node, "weight", what, false)) {
        if (*weight <= 0 || *weight > 100)
            m_reader.error(
                node["weight"], QStringLiteral("weight of %1 must be above 0 and at most 100").arg(what));
        else
            question.weight = *weight;
    }
}

/** Statements, single and multiple choice: a named scale or options of their own, never both. */
void QuestionnaireParser::parseChoiceAnswers(const YAML::Node& node, Question& question, const QString& what)
{
    const bool hasScale = bool(node["scale"]);
    const bool hasOptions = bool(node["options"]);
    if (hasScale && hasOptions) {
        m_reader.error(node["options"], QStringLiteral("%1 has both scale and options; use one").arg(what));
    } else if (hasScale) {
        if (question.type == QuestionType::Multiple)
            m_reader.error(node["scale"],
                QStringLiteral("%1 is multiple choice and needs its own options, not a scale").arg(what));
        else if (const auto scale = m_reader.string(node, "scale", what, true)) {
            if (!m_scales.contains(*scale))
                m_reader.error(node["scale"],
                    QStringLiteral("%1 uses unknown scale '%2' (defined: %3)")
                        .arg(what, scale->left(40), QStringList(m_scales.keys()).join(QStringLiteral(", "))));
            else
                question.options = m_scales.value(*scale);
        }
    } else if (hasOptions) {
        if (question.type == QuestionType::Statement)
            m_reader.error(node["options"],
                QStringLiteral("%1 is a statement and takes a named scale, not options").arg(what));
        else
            question.options = parseOptions(node["options"], what, true);
    } else {
        m_reader.error(node,
            QStringLiteral("%1 needs %2")
                .arg(what,
                    question.type == QuestionType::Statement ? QStringLiteral("a scale")
                                                             : QStringLiteral("options or a scale")));
    }
    for (const char* key : { "min", "max", "unit", "bands" }) {
        if (node[key])
            m_reader.error(
                node[key], QStringLiteral("'%1' is only for number questions").arg(QLatin1String(key)));
    }
    if (question.type == QuestionType::Multiple) {
        for (const AnswerOption& option : question.options) {
            if (option.notApplicable || option.unknown)
                m_reader.error(node["options"],
                    QStringLiteral(
                        "option '%1' of %2: na and unknown options are for single-answer questions")
                        .arg(option.id, what));
        }
    } else {
        for (const AnswerOption& option : question.options) {
            if (option.exclusive)
                m_reader.error(node["options"],
                    QStringLiteral("option '%1' of %2: exclusive is only for multiple choice")
                        .arg(option.id, what));
        }
    }
}

void QuestionnaireParser::parseNumberAnswers(const YAML::Node& node, Question& question, const QString& what)
{
    const bool hasScale = bool(node["scale"]);
    const bool hasOptions = bool(node["options"]);
    if (hasScale || hasOptions)
        m_reader.error(hasScale ? node["scale"] : node["options"],
            QStringLiteral("%1 is a number question and takes min, max and bands, not options").arg(what));
    const auto minimum = m_reader.number(node, "min", what, true);
    const auto maximum = m_reader.number(node, "max", what, true);
    if (minimum && maximum) {
        if (*minimum >= *maximum)
            m_reader.error(node["max"],
                QStringLiteral("max (%1) of %2 must be greater than min (%3)")
                    .arg(*maximum)
                    .arg(what)
                    .arg(*minimum));
        question.minimum = *minimum;
        question.maximum = *maximum;
    }
    question.unit = text(node, "unit", what, false);
    if (node["bands"])
        parseBands(node["bands"], question);
}

void QuestionnaireParser::parseBands(const YAML::Node& node, Question& question)
{
    const QString what = QStringLiteral("bands of question '%1'").arg(question.id);
    if (!m_reader.expectSequence(node, what))
        return;
    for (const YAML::Node& item : node) {
        if (!m_reader.checkKeys(item, QStringLiteral("a band of question '%1'").arg(question.id),
                { QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("score") },
                { QStringLiteral("score") }))
            continue;
        NumberBand band;
        if (const auto v = m_reader.number(item, "min", what, false))
            band.min = *v;
        if (const auto v = m_reader.number(item, "max", what, false))
            band.max = *v;
        if (const auto v = m_reader.number(item, "score", what, true)) {
            if (*v < lowestScore || *v > highestScore)
                m_reader.error(item["score"], QStringLiteral("band score must be between -1000 and 1000"));
            band.score = *v;
        }
        if (band.min && band.max && *band.min > *band.max)
            m_reader.error(
                item, QStringLiteral("band min (%1) is above its max (%2)").arg(*band.min).arg(*band.max));
        question.bands.append(band);
    }
}

namespace {

QString contentHashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(sha256Hex(bytes));
}

QuestionnaireLoadResult parseQuestionnaire(
    const QByteArray& bytes, const QString& fileName, Checks checks, const QString& contentHash)
{
    QuestionnaireLoadResult result;
    if (const QString problem = checkTextInput(bytes, maxQuestionnaireBytes); !problem.isEmpty()) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, 0, 0, problem });
        return result;
    }
    QuestionnaireParser parser(fileName, &result.diagnostics);
    parser.setWarningChecks(checks == Checks::All);
    YamlReader reader(fileName, &result.diagnostics);
    const YAML::Node root = parseYaml(bytes, reader);
    try {
        parser.parse(root);
        // Checks across the document would only repeat problems already reported.
        if (!hasErrors(result.diagnostics))
            parser.check();
        else
            parser.checkUniqueIds();
    } catch (const std::exception& e) {
        // yaml-cpp throws on some malformed trees even through checked access; never let it escape.
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, 0, 0,
            QStringLiteral("could not read the questionnaire: %1").arg(QString::fromLocal8Bit(e.what())) });
    }
    if (!hasErrors(result.diagnostics)) {
        Questionnaire questionnaire = std::move(parser.questionnaire());
        questionnaire.filePath = fileName;
        questionnaire.contentHash = contentHash;
        result.questionnaire = std::move(questionnaire);
    }
    return result;
}

} // namespace

QuestionnaireLoadResult loadQuestionnaire(const QByteArray& bytes, const QString& fileName, Checks checks)
{
    return parseQuestionnaire(bytes, fileName, checks, contentHashOf(bytes));
}

QuestionnaireLoadResult loadQuestionnaireFile(
    const QString& path, Checks checks, const QuestionnaireCache* cache)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxQuestionnaireBytes, &error);
    if (!error.isEmpty()) {
        QuestionnaireLoadResult result;
        result.diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, error });
        return result;
    }
    if (!cache || checks != Checks::ErrorsOnly)
        return loadQuestionnaire(bytes, path, checks);
    // The hash is of the bytes just read, so a changed file never gets the old questionnaire.
    const QString hash = contentHashOf(bytes);
    QuestionnaireLoadResult result;
    result.questionnaire = cache->find(path, hash);
    if (result.questionnaire) {
        result.fromCache = true;
        return result;
    }
    result = parseQuestionnaire(bytes, path, checks, hash);
    // Only a questionnaire without any remark is kept: the cache holds no diagnostics to repeat.
    if (result.questionnaire && result.diagnostics.isEmpty())
        cache->store(*result.questionnaire);
    return result;
}

std::optional<QuestionnaireLoadResult> loadCachedQuestionnaireFile(
    const QString& path, const QuestionnaireCache& cache)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxQuestionnaireBytes, &error);
    if (!error.isEmpty())
        return std::nullopt;
    QuestionnaireLoadResult result;
    result.questionnaire = cache.find(path, contentHashOf(bytes));
    if (!result.questionnaire)
        return std::nullopt;
    result.fromCache = true;
    return result;
}

} // namespace zelfscan
