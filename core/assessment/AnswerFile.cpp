// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"

#include "core/engine/Engine.h"
#include "core/io/InputGuard.h"
#include "core/questionnaire/YamlReader.h"

#include <QJsonArray>

#include <algorithm>

namespace zelfscan {

namespace {

const QStringList answerFileKeys = { QStringLiteral("questionnaire"), QStringLiteral("version"),
    QStringLiteral("hash"), QStringLiteral("profile"), QStringLiteral("organisation"),
    QStringLiteral("notes"), QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("answers"),
    QStringLiteral("measures") };

const QString measureInPlace = QStringLiteral("in_place");
const QString measureMissing = QStringLiteral("missing");

/** Risk class: the user's own answers on measures, `measures: {m_edr: in_place, ...}`. */
void readMeasureAnswers(
    YamlReader& reader, const YAML::Node& node, const Questionnaire& questionnaire, AnswerSet& set)
{
    if (!questionnaire.riskModel) {
        reader.error(node,
            QStringLiteral("'measures' is only for a risk-class questionnaire; '%1' has no measures")
                .arg(questionnaire.id));
        return;
    }
    if (node.IsNull() || !reader.expectMap(node, QStringLiteral("measures")))
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const auto id = reader.scalarText(it->first, QStringLiteral("a measure id"));
        if (!id)
            continue;
        const bool known = std::any_of(questionnaire.riskModel->measures.cbegin(),
            questionnaire.riskModel->measures.cend(), [&](const Measure& m) { return m.id == *id; });
        if (!known) {
            reader.error(
                it->first, QStringLiteral("'%1' has no measure '%2'").arg(questionnaire.id, id->left(40)));
            continue;
        }
        if (set.measureAnswers.contains(*id)) {
            reader.error(it->first, QStringLiteral("measure '%1' is answered twice").arg(*id));
            continue;
        }
        const auto value
            = reader.scalarText(it->second, QStringLiteral("the answer to measure '%1'").arg(*id));
        if (!value)
            continue;
        if (*value == measureInPlace || *value == measureMissing)
            set.measureAnswers.insert(*id, *value == measureInPlace);
        else
            reader.error(it->second,
                QStringLiteral("measure '%1' takes in_place or missing, not '%2'").arg(*id, value->left(40)));
    }
}

QString optionList(const Question& question)
{
    QStringList ids;
    for (const AnswerOption& option : question.options)
        ids.append(option.id);
    return ids.join(QStringLiteral(", "));
}

std::optional<QDateTime> readDate(YamlReader& reader, const YAML::Node& root, const char* key)
{
    const auto text = reader.string(root, key, QStringLiteral("the answer file"), false);
    if (!text)
        return std::nullopt;
    const QDateTime date = QDateTime::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        reader.error(root[key],
            QStringLiteral("'%1' must be a date and time like 2026-03-01T10:00:00Z").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return date;
}

/** Reads one answer in the shape its question expects; reports what is allowed otherwise. */
std::optional<Answer> readAnswer(YamlReader& reader, const YAML::Node& node, const Question& question)
{
    const QString what = QStringLiteral("the answer to '%1'").arg(question.id);
    switch (question.type) {
    case QuestionType::Statement:
    case QuestionType::Single: {
        if (!node.IsScalar()) {
            reader.error(node,
                QStringLiteral("question '%1' takes one option (one of: %2)")
                    .arg(question.id, optionList(question)));
            return std::nullopt;
        }
        const QString id = QString::fromStdString(node.Scalar());
        if (!question.option(id)) {
            reader.error(node,
                QStringLiteral("question '%1' has no option '%2' (allowed: %3)")
                    .arg(question.id, id.left(40), optionList(question)));
            return std::nullopt;
        }
        return Answer::ofOption(id);
    }
    case QuestionType::Multiple: {
        if (!node.IsSequence()) {
            reader.error(node,
                QStringLiteral("question '%1' takes a list of options, like [a, b] (allowed: %2)")
                    .arg(question.id, optionList(question)));
            return std::nullopt;
        }
        QStringList ids;
        bool ok = true;
        for (const YAML::Node& item : node) {
            const auto id = reader.scalarText(item, what);
            if (!id) {
                ok = false;
                continue;
            }
            const AnswerOption* option = question.option(*id);
            if (!option) {
                reader.error(item,
                    QStringLiteral("question '%1' has no option '%2' (allowed: %3)")
                        .arg(question.id, id->left(40), optionList(question)));
                ok = false;
            } else if (ids.contains(*id)) {
                reader.error(item,
                    QStringLiteral("option '%1' is chosen twice for question '%2'").arg(*id, question.id));
                ok = false;
            } else {
                ids.append(*id);
            }
        }
        return ok ? std::optional<Answer>(Answer::ofOptions(ids)) : std::nullopt;
    }
    case QuestionType::Number: {
        const auto value = reader.scalarNumber(node, what);
        if (!value)
            return std::nullopt;
        return Answer::ofNumber(*value);
    }
    }
    return std::nullopt;
}

Profile readProfile(YamlReader& reader, const YAML::Node& node)
{
    Profile profile;
    const QString what = QStringLiteral("profile");
    if (!reader.checkKeys(node, what, { QStringLiteral("sector"), QStringLiteral("size") }))
        return profile;
    profile.sector = reader.string(node, "sector", what, false).value_or(QString());
    profile.size = reader.string(node, "size", what, false).value_or(QString());
    if (!profile.sector.isEmpty() && !Profile::sectorIds().contains(profile.sector))
        reader.error(node["sector"],
            QStringLiteral("sector '%1' is not one of: %2")
                .arg(profile.sector.left(40), Profile::sectorIds().join(QStringLiteral(", "))));
    if (!profile.size.isEmpty() && !Profile::sizeIds().contains(profile.size))
        reader.error(node["size"],
            QStringLiteral("size '%1' is not one of: %2")
                .arg(profile.size.left(40), Profile::sizeIds().join(QStringLiteral(", "))));
    return profile;
}

/** The answers map: each question once, known to @p questionnaire; @p positions for later checks. */
void readQuestionAnswers(YamlReader& reader, const YAML::Node& answers, const Questionnaire& questionnaire,
    AnswerSet* set, QHash<QString, SourcePosition>* positions)
{
    QSet<QString> seen;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto id = reader.scalarText(it->first, QStringLiteral("a question id"));
        if (!id)
            continue;
        if (seen.contains(*id)) {
            reader.error(it->first, QStringLiteral("question '%1' is answered twice").arg(*id));
            continue;
        }
        seen.insert(*id);
        const Question* question = questionnaire.question(*id);
        if (!question) {
            reader.error(
                it->first, QStringLiteral("'%1' has no question '%2'").arg(questionnaire.id, id->left(40)));
            continue;
        }
        if (const auto answer = readAnswer(reader, it->second, *question)) {
            set->answers.insert(*id, *answer);
            positions->insert(*id, YamlReader::position(it->first));
        }
    }
}

} // namespace

Diagnostics checkAnswers(const AnswerSet& answers, const Questionnaire& questionnaire,
    const QString& fileName, const QHash<QString, SourcePosition>& positions)
{
    Diagnostics diagnostics;
    QString current; // the question being checked, to place its problems
    auto error = [&](const QString& message) {
        const SourcePosition at = positions.value(current);
        diagnostics.append({ Diagnostic::Severity::Error, fileName, at.line, at.column, message });
    };
    if (!answers.profile.size.isEmpty() && !Profile::sizeIds().contains(answers.profile.size))
        error(QStringLiteral("profile size '%1' is not one of: %2")
                  .arg(answers.profile.size, Profile::sizeIds().join(QStringLiteral(", "))));
    if (!answers.profile.sector.isEmpty() && !Profile::sectorIds().contains(answers.profile.sector))
        error(QStringLiteral("profile sector '%1' is not one of: %2")
                  .arg(answers.profile.sector, Profile::sectorIds().join(QStringLiteral(", "))));
    for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it) {
        current = it.key();
        const Question* question = questionnaire.question(it.key());
        if (!question) {
            error(QStringLiteral("'%1' has no question '%2'").arg(questionnaire.id, it.key()));
            continue;
        }
        const Answer& answer = it.value();
        if (question->type == QuestionType::Number) {
            if (answer.kind != Answer::Kind::Number)
                error(QStringLiteral("question '%1' takes a number").arg(question->id));
            else if (answer.number < question->minimum || answer.number > question->maximum)
                error(QStringLiteral("the answer to '%1' must be between %2 and %3, not %4")
                          .arg(question->id)
                          .arg(question->minimum)
                          .arg(question->maximum)
                          .arg(answer.number));
        } else if (question->type == QuestionType::Multiple) {
            if (answer.kind != Answer::Kind::Options)
                error(QStringLiteral("question '%1' takes a list of options").arg(question->id));
            for (const QString& id : answer.options) {
                const AnswerOption* option = question->option(id);
                if (!option)
                    error(QStringLiteral("question '%1' has no option '%2' (allowed: %3)")
                              .arg(question->id, id, optionList(*question)));
                else if (option->exclusive && answer.options.size() > 1)
                    error(QStringLiteral("option '%1' of question '%2' cannot be combined with other options")
                              .arg(id, question->id));
            }
        } else if (answer.kind != Answer::Kind::Option || !question->option(answer.option)) {
            error(QStringLiteral("question '%1' takes one option (one of: %2)")
                      .arg(question->id, optionList(*question)));
        }
        // Kept, not refused: a consultant keeps one answer file and changes the profile.
        if (!isQuestionVisible(questionnaire, *question, answers)) {
            const SourcePosition at = positions.value(current);
            diagnostics.append(
                { Diagnostic::Severity::Warning, fileName, at.line, at.column, hiddenAnswerNote(*question) });
        }
    }
    return diagnostics;
}

QStringList hiddenAnswers(const Questionnaire& questionnaire, const AnswerSet& answers)
{
    QStringList ids;
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions) {
            if (answers.answers.contains(question.id) && !isQuestionVisible(questionnaire, question, answers))
                ids.append(question.id);
        }
    }
    return ids;
}

QString hiddenAnswerNote(const Question& question)
{
    return QStringLiteral(
        "question '%1' is not shown for these answers%2; its answer is kept but does not count")
        .arg(question.id,
            question.visibleIf.isValid() ? QStringLiteral(" (it needs: %1)").arg(question.visibleIf.source())
                                         : QString());
}

AnswerLoadResult loadAnswers(
    const QByteArray& bytes, const QString& fileName, const QuestionnaireLookup& lookup)
{
    AnswerLoadResult result;
    YamlReader reader(fileName, &result.diagnostics);
    try {
        const YAML::Node root = parseYamlDocument(bytes, maxAnswerFileBytes, reader,
            QStringLiteral("file is empty; an answer file needs 'questionnaire' and 'answers'"));
        if (!root.IsDefined())
            return result;
        const QString what = QStringLiteral("the answer file");
        if (!reader.checkKeys(
                root, what, answerFileKeys, { QStringLiteral("questionnaire"), QStringLiteral("answers") }))
            return result;
        AnswerSet set;
        const std::optional<QString> questionnaireId = reader.string(root, "questionnaire", what, true);
        set.questionnaireId = questionnaireId.value_or(QString());
        const Questionnaire* questionnaire
            = set.questionnaireId.isEmpty() ? nullptr : lookup(set.questionnaireId);
        if (!set.questionnaireId.isEmpty() && !questionnaire) {
            reader.error(root["questionnaire"],
                QStringLiteral("unknown questionnaire '%1'").arg(set.questionnaireId.left(40)));
            return result;
        }
        // "" (or a bare tag such as !x) reads as text without an error, yet names no questionnaire:
        // without an error here, checkAnswers() below was handed a null questionnaire (a crash).
        if (questionnaireId && questionnaireId->isEmpty())
            reader.error(root["questionnaire"], QStringLiteral("'questionnaire' of %1 is empty").arg(what));
        set.questionnaireVersion = reader.string(root, "version", what, false)
                                       .value_or(questionnaire ? questionnaire->version : QString());
        set.questionnaireHash = reader.string(root, "hash", what, false)
                                    .value_or(questionnaire ? questionnaire->contentHash : QString());
        if (questionnaire && root["version"] && set.questionnaireVersion != questionnaire->version)
            reader.warning(root["version"],
                QStringLiteral("answers were given to version %1 of '%2'; scoring with version %3")
                    .arg(set.questionnaireVersion, questionnaire->id, questionnaire->version));
        set.organisation = reader.string(root, "organisation", what, false).value_or(QString());
        set.notes = reader.string(root, "notes", what, false).value_or(QString());
        set.created = readDate(reader, root, "created").value_or(QDateTime());
        set.modified = readDate(reader, root, "modified").value_or(QDateTime());

        if (const YAML::Node profile = root["profile"])
            set.profile = readProfile(reader, profile);
        QHash<QString, SourcePosition> positions;
        const YAML::Node answers = root["answers"];
        if (questionnaire && answers && !answers.IsNull()
            && reader.expectMap(answers, QStringLiteral("answers")))
            readQuestionAnswers(reader, answers, *questionnaire, &set, &positions);
        if (questionnaire && root["measures"])
            readMeasureAnswers(reader, root["measures"], *questionnaire, set);
        if (hasErrors(result.diagnostics) || !questionnaire)
            return result;
        // Checks that need the whole set (visibility, ranges, exclusive options), placed at the answer.
        result.diagnostics += checkAnswers(set, *questionnaire, fileName, positions);
        if (!hasErrors(result.diagnostics))
            result.answers = set;
    } catch (const std::exception& e) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, 0, 0,
            QStringLiteral("could not read the answers: %1").arg(QString::fromLocal8Bit(e.what())) });
    }
    return result;
}

AnswerLoadResult loadAnswerFile(const QString& path, const QuestionnaireLookup& lookup)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxAnswerFileBytes, &error);
    if (!error.isEmpty()) {
        AnswerLoadResult result;
        result.diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, error });
        return result;
    }
    return loadAnswers(bytes, path, lookup);
}

QJsonObject measureAnswersToJson(const QMap<QString, bool>& measureAnswers)
{
    QJsonObject measures;
    for (auto it = measureAnswers.cbegin(); it != measureAnswers.cend(); ++it)
        measures.insert(it.key(), it.value() ? measureInPlace : measureMissing);
    return measures;
}

QJsonObject answersToJson(const AnswerSet& set)
{
    QJsonObject answers;
    for (auto it = set.answers.cbegin(); it != set.answers.cend(); ++it) {
        switch (it->kind) {
        case Answer::Kind::Option:
            answers.insert(it.key(), it->option);
            break;
        case Answer::Kind::Options:
            answers.insert(it.key(), QJsonArray::fromStringList(it->options));
            break;
        case Answer::Kind::Number:
            answers.insert(it.key(), it->number);
            break;
        }
    }
    QJsonObject object { { QStringLiteral("questionnaire"), set.questionnaireId },
        { QStringLiteral("answers"), answers } };
    if (!set.questionnaireVersion.isEmpty())
        object.insert(QStringLiteral("version"), set.questionnaireVersion);
    if (!set.questionnaireHash.isEmpty())
        object.insert(QStringLiteral("hash"), set.questionnaireHash);
    QJsonObject profile;
    if (!set.profile.sector.isEmpty())
        profile.insert(QStringLiteral("sector"), set.profile.sector);
    if (!set.profile.size.isEmpty())
        profile.insert(QStringLiteral("size"), set.profile.size);
    if (!profile.isEmpty())
        object.insert(QStringLiteral("profile"), profile);
    if (!set.measureAnswers.isEmpty())
        object.insert(QStringLiteral("measures"), measureAnswersToJson(set.measureAnswers));
    if (!set.organisation.isEmpty())
        object.insert(QStringLiteral("organisation"), set.organisation);
    if (!set.notes.isEmpty())
        object.insert(QStringLiteral("notes"), set.notes);
    if (set.created.isValid())
        object.insert(QStringLiteral("created"), set.created.toString(Qt::ISODateWithMs));
    if (set.modified.isValid())
        object.insert(QStringLiteral("modified"), set.modified.toString(Qt::ISODateWithMs));
    return object;
}

} // namespace zelfscan
