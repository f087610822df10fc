// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerFile.h"
#include "Commands.h"
#include "Engine.h"
#include "QuestionnaireCatalog.h"
#include "ResultFormat.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace zelfscan::cli {

namespace {

void printDiagnostics(const CliContext& context, const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics)
        context.err << diagnostic.toString() << "\n";
}

} // namespace

int runScore(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores an answer file and prints the result: section scores, risk class or target "
                       "levels, and next steps in priority order."));
    parser.addHelpOption();
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), QStringLiteral("The answer file (YAML or JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption basisscanOption(QStringLiteral("basisscan"),
        QStringLiteral("Basisscan answers that show which risk-class measures are in place."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language: nl or en (default nl)."), QStringLiteral("LANG"), QStringLiteral("nl"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("Output: text or json (default text)."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption doneOption(QStringLiteral("done"),
        QStringLiteral("What if: step ids taken as done (comma-separated)."), QStringLiteral("IDS"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Questionnaire folder (default: bundled)."), QStringLiteral("DIR"));
    parser.addOptions({ answersOption, basisscanOption, langOption, formatOption, doneOption, dirOption });
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(answersOption))
        return context.usageError(QStringLiteral("--answers FILE is required"));
    const QString language = parser.value(langOption);
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return context.usageError(QStringLiteral("--lang must be nl or en"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(QStringLiteral("--format must be text or json"));

    const QString dir
        = parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory();
    QuestionnaireCatalog catalog;
    const Diagnostics catalogProblems = catalog.loadDirectory(dir);
    if (hasErrors(catalogProblems)) {
        printDiagnostics(context, catalogProblems);
        return InputProblem;
    }
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };

    const AnswerLoadResult answers = loadAnswerFile(parser.value(answersOption), lookup);
    printDiagnostics(context, answers.diagnostics);
    if (!answers.ok())
        return InputProblem;
    const Questionnaire& questionnaire = *catalog.find(answers.answers->questionnaireId);

    AssessmentOptions options;
    std::optional<AnswerLoadResult> evidence;
    if (parser.isSet(basisscanOption)) {
        if (!questionnaire.riskModel)
            return context.usageError(
                QStringLiteral("--basisscan only applies to a risk-class questionnaire, not '%1'")
                    .arg(questionnaire.id));
        evidence = loadAnswerFile(parser.value(basisscanOption), lookup);
        printDiagnostics(context, evidence->diagnostics);
        if (!evidence->ok())
            return InputProblem;
        options.evidenceAnswers = &*evidence->answers;
        options.evidenceQuestionnaire = catalog.find(evidence->answers->questionnaireId);
    }
    for (const QString& id : parser.value(doneOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.doneSteps.insert(id.trimmed());

    const AssessmentResult result = assess(questionnaire, *answers.answers, options);
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(
            QJsonDocument(resultToJson(result, questionnaire, language)).toJson(QJsonDocument::Indented));
    else
        context.out << resultToText(result, questionnaire, language);
    return Success;
}

} // namespace zelfscan::cli
