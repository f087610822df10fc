// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"

#include "core/engine/Engine.h"
#include "core/io/InputGuard.h"
#include "core/io/SafeWrite.h"
#include "core/plan/StepKinship.h"
#include "core/text/Words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace zelfscan {

namespace {

const QString formatName = QStringLiteral("zelfscan-assessment");

/** Why a file is not opened, in the words of whoever opens it: the app's language, or English. */
class Words
{
    ZELFSCAN_WORDS(AssessmentFile)
};

QJsonValue answerToJson(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Option:
        return answer.option;
    case Answer::Kind::Options:
        return QJsonArray::fromStringList(answer.options);
    case Answer::Kind::Number:
        return answer.number;
    }
    return {};
}

/** Reads a stored answer without a questionnaire: its shape alone decides its kind. */
std::optional<Answer> answerFromJson(const QJsonValue& value)
{
    if (value.isString())
        return Answer::ofOption(value.toString());
    if (value.isDouble())
        return Answer::ofNumber(value.toDouble());
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return std::nullopt;
            ids.append(item.toString());
        }
        return Answer::ofOptions(ids);
    }
    return std::nullopt;
}

/** True when @p answer still fits @p question (type and options), so it can be kept as is. */
bool fits(const Question& question, const Answer& answer)
{
    switch (question.type) {
    case QuestionType::Statement:
    case QuestionType::Single:
        return answer.kind == Answer::Kind::Option && question.option(answer.option);
    case QuestionType::Multiple:
        return answer.kind == Answer::Kind::Options
            && std::all_of(answer.options.cbegin(), answer.options.cend(),
                [&](const QString& id) { return question.option(id) != nullptr; });
    case QuestionType::Number:
        return answer.kind == Answer::Kind::Number && answer.number >= question.minimum
            && answer.number <= question.maximum;
    }
    return false;
}

QString dateText(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject answersObject(const QMap<QString, Answer>& answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), answerToJson(*it));
    return object;
}

} // namespace

QByteArray serializeAssessment(const Assessment& assessment)
{
    const AnswerSet& answers = assessment.answers;
    QStringList done(assessment.doneSteps.cbegin(), assessment.doneSteps.cend());
    done.sort();
    QJsonObject object {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("format_version"), assessmentFormatVersion },
        { QStringLiteral("questionnaire"),
            QJsonObject { { QStringLiteral("id"), answers.questionnaireId },
                { QStringLiteral("version"), answers.questionnaireVersion },
                { QStringLiteral("hash"), answers.questionnaireHash } } },
        { QStringLiteral("profile"),
            QJsonObject { { QStringLiteral("sector"), answers.profile.sector },
                { QStringLiteral("size"), answers.profile.size } } },
        { QStringLiteral("organisation"), answers.organisation },
        { QStringLiteral("notes"), answers.notes },
        { QStringLiteral("created"), dateText(answers.created) },
        { QStringLiteral("modified"), dateText(answers.modified) },
        { QStringLiteral("answers"), answersObject(answers.answers) },
        { QStringLiteral("done_steps"), QJsonArray::fromStringList(done) },
        { QStringLiteral("retired_answers"), answersObject(assessment.retiredAnswers) },
        { QStringLiteral("questions"), QJsonArray::fromStringList(assessment.knownQuestions) },
        { QStringLiteral("plan"), planBookToJson(assessment.plan) },
    };
    // Optional (see docs/file-formats.md): files without measure answers keep their old bytes.
    if (!answers.measureAnswers.isEmpty())
        object.insert(QStringLiteral("measures"), measureAnswersToJson(answers.measureAnswers));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool saveAssessmentFile(const Assessment& assessment, const QString& path, QString* error)
{
    return writeFileAtomically(path, serializeAssessment(assessment), error);
}

namespace {

/** The file's top level, checked for what every later step relies on; an error message or empty. */
QString readRoot(const QByteArray& bytes, QJsonObject* root, const Language& language)
{
    if (bytes.trimmed().isEmpty())
        return Words::tr("the file is empty; it is not a Zelfscan assessment").in(language);
    if (const QString problem = checkTextInput(bytes, maxAssessmentBytes, defaultMaxInputDepth, language);
        !problem.isEmpty())
        return problem;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    // Qt's own words for the parse error come in the language of the translation the app installed.
    if (parseError.error != QJsonParseError::NoError)
        return Words::tr("the file is damaged or incomplete (%1 at byte %2); it was not opened")
            .in(language)
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject() || document.object().value(QStringLiteral("format")).toString() != formatName)
        return Words::tr("this is not a Zelfscan assessment (no \"format\": \"%1\")")
            .in(language)
            .arg(formatName);
    *root = document.object();
    const QJsonValue version = root->value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return Words::tr("format_version is missing or not a whole number").in(language);
    if (version.toInt() > assessmentFormatVersion)
        return Words::tr("this assessment was made by a newer Zelfscan (file format %1; this "
                         "version reads up to %2); update Zelfscan to open it")
            .in(language)
            .arg(version.toInt())
            .arg(assessmentFormatVersion);
    for (const char* key : { "questionnaire", "profile", "answers", "retired_answers", "measures", "plan" }) {
        const QJsonValue value = root->value(QLatin1String(key));
        if (!value.isUndefined() && !value.isObject())
            return Words::tr("the file is damaged: \"%1\" is not an object")
                .in(language)
                .arg(QLatin1String(key));
    }
    for (const char* key : { "done_steps", "questions" }) {
        const QJsonValue value = root->value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray())
            return Words::tr("the file is damaged: \"%1\" is not a list")
                .in(language)
                .arg(QLatin1String(key));
    }
    return {};
}

/** Who answered and when: the profile, organisation, notes and the two dates. */
QString readHeader(const QJsonObject& root, AnswerSet& answers, const Language& language)
{
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    answers.profile.sector = profile.value(QStringLiteral("sector")).toString();
    answers.profile.size = profile.value(QStringLiteral("size")).toString();
    if (!answers.profile.sector.isEmpty() && !Profile::sectorIds().contains(answers.profile.sector))
        return Words::tr("the profile's sector '%1' is not known")
            .in(language)
            .arg(answers.profile.sector.left(40));
    if (!answers.profile.size.isEmpty() && !Profile::sizeIds().contains(answers.profile.size))
        return Words::tr("the profile's size '%1' is not known")
            .in(language)
            .arg(answers.profile.size.left(40));
    answers.organisation = root.value(QStringLiteral("organisation")).toString();
    answers.notes = root.value(QStringLiteral("notes")).toString();
    for (const auto& [key, target] :
        { std::pair { "created", &answers.created }, std::pair { "modified", &answers.modified } }) {
        const QString text = root.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!target->isValid())
            return Words::tr("'%1' is not a valid date: %2")
                .in(language)
                .arg(QLatin1String(key), text.left(40));
    }
    return {};
}

/**
 * The answers, sorted into those that fit the questionnaire and those retired. Answers that no
 * longer fit are retired, never dropped: saving keeps them.
 */
QString readAnswers(const QJsonObject& root, const Questionnaire& questionnaire, Assessment& assessment,
    MigrationReport& migration, const Language& language)
{
    AnswerSet& answers = assessment.answers;
    const QJsonObject stored = root.value(QStringLiteral("answers")).toObject();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const std::optional<Answer> answer = answerFromJson(*it);
        if (!answer)
            return Words::tr("the answer to '%1' is damaged").in(language).arg(it.key().left(64));
        const Question* question = questionnaire.question(it.key());
        if (question && fits(*question, *answer)) {
            answers.answers.insert(it.key(), *answer);
        } else {
            assessment.retiredAnswers.insert(it.key(), *answer);
            migration.goneQuestions.append(it.key());
        }
    }
    const QJsonObject retired = root.value(QStringLiteral("retired_answers")).toObject();
    for (auto it = retired.constBegin(); it != retired.constEnd(); ++it) {
        const std::optional<Answer> answer = answerFromJson(*it);
        if (!answer)
            continue;
        // A question that came back (or an option restored) gets its old answer back, unless the
        // user has answered it again since.
        const Question* question = questionnaire.question(it.key());
        if (question && fits(*question, *answer) && !stored.contains(it.key())) {
            answers.answers.insert(it.key(), *answer);
            migration.restoredQuestions.append(it.key());
        } else if (!assessment.retiredAnswers.contains(it.key())) {
            // An answer retired just now (from "answers") is newer than one retired earlier: it wins.
            assessment.retiredAnswers.insert(it.key(), *answer);
        }
    }
    return {};
}

/** Measures answered directly and steps ticked as done. */
QString readMeasuresAndSteps(const QJsonObject& root, Assessment& assessment, const Language& language)
{
    // Kept even for a measure the content no longer has, so saving never drops the user's word.
    const QJsonObject measures = root.value(QStringLiteral("measures")).toObject();
    for (auto it = measures.constBegin(); it != measures.constEnd(); ++it) {
        const QString value = it->toString();
        if (value != QLatin1String("in_place") && value != QLatin1String("missing"))
            return Words::tr("the answer to measure '%1' is damaged").in(language).arg(it.key().left(64));
        assessment.answers.measureAnswers.insert(it.key(), value == QLatin1String("in_place"));
    }
    for (const QJsonValue& step : root.value(QStringLiteral("done_steps")).toArray()) {
        // A hand-edited entry that is not a step id would otherwise become an empty id.
        if (step.isString() && !step.toString().isEmpty())
            assessment.doneSteps.insert(step.toString());
    }
    return {};
}

/**
 * The plan, and the migration from format 1 (which had ticks only): a tick is status done. A step
 * planned done is ticked, so the engine and the plan agree. Damaged plan entries are left out
 * rather than refusing the answers.
 */
void readPlan(const QJsonObject& root, Assessment& assessment)
{
    const QString questionnaireId = assessment.answers.questionnaireId;
    assessment.plan = planBookFromJson(root.value(QStringLiteral("plan")).toObject());
    if (root.value(QStringLiteral("format_version")).toInt() < 2) {
        for (const QString& step : std::as_const(assessment.doneSteps))
            assessment.plan[planKey(questionnaireId, step)].status = PlanStatus::Done;
    }
    const QString prefix = questionnaireId + u'/';
    for (auto it = assessment.plan.cbegin(); it != assessment.plan.cend(); ++it) {
        if (it->status != PlanStatus::Done)
            continue;
        for (const QString& source : stepsOfPlanKey(it.key())) {
            if (source.startsWith(prefix))
                assessment.doneSteps.insert(source.mid(prefix.size()));
        }
    }
}

/** Which questions the user sees for the first time since the file was saved. */
void markNewQuestions(const QJsonObject& root, const Questionnaire& questionnaire, Assessment& assessment,
    MigrationReport& migration)
{
    const QJsonObject stored = root.value(QStringLiteral("answers")).toObject();
    QSet<QString> knownBefore;
    for (const QJsonValue& id : root.value(QStringLiteral("questions")).toArray())
        knownBefore.insert(id.toString());
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            assessment.knownQuestions.append(question.id);
            if (!migration.versionChanged)
                continue;
            // Without the old question list (a hand-made file) the best guess is what the user
            // now sees for the first time: shown, unanswered and not answered before either.
            const bool isNew = knownBefore.isEmpty() ? !stored.contains(question.id)
                    && isSectionVisible(questionnaire, section, assessment.answers)
                    && isQuestionVisible(questionnaire, question, assessment.answers)
                                                     : !knownBefore.contains(question.id);
            if (isNew)
                migration.newQuestions.append(question.id);
        }
    }
}

} // namespace

AssessmentLoadResult loadAssessment(const QByteArray& bytes, const QString& fileName,
    const QuestionnaireLookup& lookup, const Language& language)
{
    AssessmentLoadResult result;
    auto fail = [&](const QString& message) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, 0, 0, message });
        return result;
    };
    QJsonObject root;
    if (const QString problem = readRoot(bytes, &root, language); !problem.isEmpty())
        return fail(problem);
    const QJsonObject questionnaireObject = root.value(QStringLiteral("questionnaire")).toObject();
    const QString questionnaireId = questionnaireObject.value(QStringLiteral("id")).toString();
    if (questionnaireId.isEmpty())
        return fail(
            Words::tr("the file is damaged: it does not say which questionnaire it answers").in(language));
    const Questionnaire* questionnaire = lookup(questionnaireId);
    if (!questionnaire)
        return fail(Words::tr("the assessment is for questionnaire '%1', which this Zelfscan does not have")
                        .in(language)
                        .arg(questionnaireId.left(64)));

    Assessment assessment;
    assessment.answers.questionnaireId = questionnaire->id;
    assessment.answers.questionnaireVersion = questionnaire->version;
    assessment.answers.questionnaireHash = questionnaire->contentHash;
    if (const QString problem = readHeader(root, assessment.answers, language); !problem.isEmpty())
        return fail(problem);

    MigrationReport& migration = result.migration;
    migration.fromVersion = questionnaireObject.value(QStringLiteral("version")).toString();
    migration.toVersion = questionnaire->version;
    migration.versionChanged
        = questionnaireObject.value(QStringLiteral("hash")).toString() != questionnaire->contentHash;
    if (const QString problem = readAnswers(root, *questionnaire, assessment, migration, language);
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem = readMeasuresAndSteps(root, assessment, language); !problem.isEmpty())
        return fail(problem);
    readPlan(root, assessment);
    markNewQuestions(root, *questionnaire, assessment, migration);
    result.assessment = assessment;
    return result;
}

std::optional<Assessment> recoverAssessment(
    const QByteArray& bytes, const QuestionnaireLookup& lookup, const QString& expectedQuestionnaireId)
{
    if (bytes.size() > maxAssessmentBytes)
        return std::nullopt;
    const QString text = QString::fromUtf8(bytes);
    // serializeAssessment() writes one value per line, so complete lines survive a cut-off file.
    static const QRegularExpression idPattern(QStringLiteral(
        R"re("questionnaire"\s*:\s*\{\s*"hash"\s*:\s*"[^"]*"\s*,\s*"id"\s*:\s*"([a-z0-9_+-]+)")re"));
    static const QRegularExpression anyId(QStringLiteral(R"re("id"\s*:\s*"([a-z0-9_+-]+)")re"));
    QRegularExpressionMatch match = idPattern.match(text);
    if (!match.hasMatch())
        match = anyId.match(text);
    const Questionnaire* questionnaire
        = lookup(match.hasMatch() ? match.captured(1) : expectedQuestionnaireId);
    if (!questionnaire)
        return std::nullopt;
    Assessment assessment;
    assessment.answers.questionnaireId = questionnaire->id;
    assessment.answers.questionnaireVersion = questionnaire->version;
    assessment.answers.questionnaireHash = questionnaire->contentHash;
    static const QRegularExpression sizePattern(QStringLiteral(R"re("size"\s*:\s*"([^"]*)")re"));
    static const QRegularExpression sectorPattern(QStringLiteral(R"re("sector"\s*:\s*"([^"]*)")re"));
    if (const auto m = sizePattern.match(text); m.hasMatch() && Profile::sizeIds().contains(m.captured(1)))
        assessment.answers.profile.size = m.captured(1);
    if (const auto m = sectorPattern.match(text);
        m.hasMatch() && Profile::sectorIds().contains(m.captured(1)))
        assessment.answers.profile.sector = m.captured(1);
    const int answersStart = text.indexOf(QStringLiteral("\"answers\""));
    if (answersStart >= 0) {
        const int answersEnd = text.indexOf(QLatin1Char('}'), answersStart);
        // Only values followed by a separator are complete: a number cut short ("1" of "12") is not.
        const QString block = text.mid(answersStart, answersEnd < 0 ? -1 : answersEnd + 1 - answersStart);
        static const QRegularExpression entry(
            QStringLiteral(R"re("([a-z0-9_+-]+)"\s*:\s*("[^"]*"|-?[0-9.]+|\[[^\]]*\])(?=[ \t]*[,}\r\n]))re"));
        for (auto it = entry.globalMatch(block); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QJsonDocument value
                = QJsonDocument::fromJson(QByteArray("[") + m.captured(2).toUtf8() + QByteArray("]"));
            const std::optional<Answer> answer
                = value.isArray() ? answerFromJson(value.array().at(0)) : std::nullopt;
            const Question* question = questionnaire->question(m.captured(1));
            if (answer && question && fits(*question, *answer))
                assessment.answers.answers.insert(question->id, *answer);
        }
    }
    for (const Section& section : questionnaire->sections) {
        for (const Question& question : section.questions)
            assessment.knownQuestions.append(question.id);
    }
    return assessment;
}

AssessmentLoadResult loadAssessmentFile(
    const QString& path, const QuestionnaireLookup& lookup, const Language& language)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxAssessmentBytes, &error, language);
    if (!error.isEmpty()) {
        AssessmentLoadResult result;
        result.diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, error });
        return result;
    }
    return loadAssessment(bytes, path, lookup, language);
}

} // namespace zelfscan
