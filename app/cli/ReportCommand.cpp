// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerFile.h"
#include "Assessment.h"
#include "Commands.h"
#include "Engine.h"
#include "QuestionnaireCatalog.h"
#include "Report.h"

#include <QCommandLineParser>

namespace zelfscan::cli {

int runReport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a report of an answer file or a saved assessment: PDF, ODT (editable), HTML, "
                       "or CSV (the action plan).\n"
                       "The format follows the extension of --out."));
    parser.addHelpOption();
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), QStringLiteral("An answer file (YAML or JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption assessmentOption(QStringLiteral("assessment"),
        QStringLiteral("A saved assessment (.zelfscan)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The report to write: .pdf, .odt, .html or .csv."), QStringLiteral("OUT"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language: nl or en (default nl)."), QStringLiteral("LANG"), QStringLiteral("nl"));
    const QCommandLineOption basisscanOption(QStringLiteral("basisscan"),
        QStringLiteral("Basisscan answers that show which risk-class measures are in place."),
        QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Questionnaire folder (default: bundled)."), QStringLiteral("DIR"));
    parser.addOptions({ answersOption, assessmentOption, outOption, langOption, basisscanOption, dirOption });
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(answersOption) == parser.isSet(assessmentOption))
        return context.usageError(QStringLiteral("give either --answers FILE or --assessment FILE"));
    if (!parser.isSet(outOption))
        return context.usageError(QStringLiteral("--out OUT.pdf|.odt|.html|.csv is required"));
    const QString out = parser.value(outOption);
    if (!reportFormatFor(out))
        return context.usageError(
            QStringLiteral("cannot tell the format of '%1': use .pdf, .odt, .html or .csv").arg(out));
    const QString language = parser.value(langOption);
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return context.usageError(QStringLiteral("--lang must be nl or en"));

    QuestionnaireCatalog catalog;
    const Diagnostics catalogProblems = catalog.loadDirectory(
        parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory());
    for (const Diagnostic& d : catalogProblems)
        context.err << d.toString() << "\n";
    if (hasErrors(catalogProblems))
        return InputProblem;
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };

    AnswerSet answers;
    QSet<QString> done;
    if (parser.isSet(assessmentOption)) {
        const AssessmentLoadResult loaded = loadAssessmentFile(parser.value(assessmentOption), lookup);
        for (const Diagnostic& d : loaded.diagnostics)
            context.err << d.toString() << "\n";
        if (!loaded.ok())
            return InputProblem;
        answers = loaded.assessment->answers;
        done = loaded.assessment->doneSteps;
        // The report shows the current questionnaire; say so when the answers were given to another.
        if (const MigrationReport& migration = loaded.migration; migration.versionChanged) {
            QString note = migration.fromVersion == migration.toVersion
                ? QStringLiteral("questionnaire version %1 has changed since these answers were given")
                      .arg(migration.toVersion)
                : QStringLiteral("answered with questionnaire version %1, reported with %2")
                      .arg(migration.fromVersion.isEmpty() ? QStringLiteral("?") : migration.fromVersion,
                          migration.toVersion);
            if (!migration.goneQuestions.isEmpty())
                note += QStringLiteral("; answers to questions it no longer has are left out: %1")
                            .arg(migration.goneQuestions.join(QStringLiteral(", ")));
            if (!migration.restoredQuestions.isEmpty())
                note += QStringLiteral("; earlier answers used again: %1")
                            .arg(migration.restoredQuestions.join(QStringLiteral(", ")));
            if (!migration.newQuestions.isEmpty())
                note += QStringLiteral("; new questions, not answered: %1")
                            .arg(migration.newQuestions.join(QStringLiteral(", ")));
            context.err << Diagnostic { Diagnostic::Severity::Warning, parser.value(assessmentOption), 0, 0,
                note }
                               .toString()
                        << "\n";
        }
    } else {
        const AnswerLoadResult loaded = loadAnswerFile(parser.value(answersOption), lookup);
        for (const Diagnostic& d : loaded.diagnostics)
            context.err << d.toString() << "\n";
        if (!loaded.ok())
            return InputProblem;
        answers = *loaded.answers;
    }
    const Questionnaire& questionnaire = *catalog.find(answers.questionnaireId);

    AssessmentOptions options;
    std::optional<AnswerLoadResult> evidence;
    if (parser.isSet(basisscanOption)) {
        evidence = loadAnswerFile(parser.value(basisscanOption), lookup);
        for (const Diagnostic& d : evidence->diagnostics)
            context.err << d.toString() << "\n";
        if (!evidence->ok())
            return InputProblem;
        options.evidenceAnswers = &*evidence->answers;
        options.evidenceQuestionnaire = catalog.find(evidence->answers->questionnaireId);
    }
    const AssessmentResult result = assess(questionnaire, answers, options);
    const ReportInput input { questionnaire, answers, result, done, language };
    QString error;
    if (!writeReport(input, out, &error)) {
        context.err << "zelfscan-cli report: " << error << "\n";
        return InputProblem;
    }
    context.out << "wrote " << out << "\n";
    return Success;
}

} // namespace zelfscan::cli
