// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerFile.h"
#include "Assessment.h"
#include "Commands.h"
#include "Engine.h"
#include "QuestionnaireCatalog.h"
#include "Share.h"

#include <QCommandLineParser>

namespace zelfscan::cli {

int runAnonymise(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes an anonymous share file of an answer file or a saved assessment: the scores, "
                       "risk class, steps, sector, size band and quarter, and nothing else (no name, notes, "
                       "answers or dates). Prints exactly what the file contains.\n"
                       "Every visible question must be answered. The schema is in docs/share-format.md."));
    parser.addHelpOption();
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), QStringLiteral("An answer file (YAML or JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption assessmentOption(QStringLiteral("assessment"),
        QStringLiteral("A saved assessment (.zelfscan); its done steps are shared as done."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The share file to write (use the extension .zelfshare)."), QStringLiteral("SHARE"));
    const QCommandLineOption basisscanOption(QStringLiteral("basisscan"),
        QStringLiteral("Basisscan answers that show which risk-class measures are in place."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language of the description: nl or en (default nl)."), QStringLiteral("LANG"),
        QStringLiteral("nl"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Questionnaire folder (default: bundled)."), QStringLiteral("DIR"));
    parser.addOptions({ answersOption, assessmentOption, outOption, basisscanOption, langOption, dirOption });
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
        return context.usageError(QStringLiteral("--out SHARE is required"));
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
    } else {
        const AnswerLoadResult loaded = loadAnswerFile(parser.value(answersOption), lookup);
        for (const Diagnostic& d : loaded.diagnostics)
            context.err << d.toString() << "\n";
        if (!loaded.ok())
            return InputProblem;
        answers = *loaded.answers;
    }
    const Questionnaire& questionnaire = *catalog.find(answers.questionnaireId);

    AssessmentOptions options; // no done steps: the share holds the scores as answered
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
    if (!isShareable(result)) {
        context.err << "zelfscan-cli anonymise: " << result.missing.size()
                    << " question(s) not answered yet ("
                    << result.missing.mid(0, 5).join(QStringLiteral(", "))
                    << (result.missing.size() > 5 ? QStringLiteral(", ...") : QString())
                    << "); answer every question before sharing\n";
        return InputProblem;
    }
    const Share share
        = buildShare(questionnaire, answers, result, done, QDate::currentDate(), QUuid::createUuid());
    const QString out = parser.value(outOption);
    QString error;
    if (!writeShareFile(share, out, &error)) {
        context.err << "zelfscan-cli anonymise: " << error << "\n";
        return InputProblem;
    }
    context.out << "wrote " << out << "\n"
                << (language == QLatin1String("nl") ? "Het bestand bevat:\n" : "The file contains:\n");
    for (const QString& line : describeShare(share, questionnaire, language))
        context.out << "  - " << line << "\n";
    return Success;
}

} // namespace zelfscan::cli
