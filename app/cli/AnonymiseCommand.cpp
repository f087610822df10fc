// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssessmentInput.h"
#include "app/cli/Commands.h"
#include "core/engine/Engine.h"
#include "core/share/Share.h"

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
    AssessmentInput input(AssessmentInput::Sources::AnswersOrAssessment);
    input.addOptions(parser);
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The share file to write (use the extension .zelfshare)."), QStringLiteral("SHARE"));
    parser.addOption(outOption);
    if (const std::optional<int> done = context.parse(parser))
        return *done;
    if (const int usage = input.checkUsage(context, parser); usage != Success)
        return usage;
    if (!parser.isSet(outOption))
        return context.usageError(QStringLiteral("--out SHARE is required"));
    if (const int loaded = input.load(context, parser); loaded != Success)
        return loaded;

    const Questionnaire& questionnaire = input.questionnaire();
    const AnswerSet& answers = input.answers();
    const QSet<QString>& done = input.doneSteps();
    const Language language = input.language();
    const AssessmentOptions options = input.assessmentOptions(); // no done steps: the scores as answered
    const AssessmentResult result = assess(questionnaire, answers, options);
    if (!isShareable(result)) {
        context.err << "zelfscan-cli anonymise: " << counted(result.missing.size(), "question", "questions")
                    << " not answered yet (" << result.missing.mid(0, 5).join(QStringLiteral(", "))
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
    context.out << "wrote " << out << "\n" << describeShareHeading(language) << "\n";
    for (const QString& line : describeShare(share, questionnaire, language))
        context.out << "  - " << line << "\n";
    return Success;
}

} // namespace zelfscan::cli
