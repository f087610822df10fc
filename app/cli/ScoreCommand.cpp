// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssessmentInput.h"
#include "app/cli/Commands.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultFormat.h"
#include "core/io/Diagnostic.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <algorithm>

namespace zelfscan::cli {

int runScore(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores an answer file and prints the result: section scores, risk class or target "
                       "levels, and next steps in priority order."));
    parser.addHelpOption();
    AssessmentInput input(AssessmentInput::Sources::AnswersOnly);
    input.addOptions(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("Output: text or json (default text)."), QStringLiteral("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption doneOption(QStringLiteral("done"),
        QStringLiteral("What if: step ids taken as done (comma-separated)."), QStringLiteral("IDS"));
    parser.addOptions({ formatOption, doneOption });
    if (const std::optional<int> done = context.parse(parser))
        return *done;
    if (const int usage = input.checkUsage(context, parser); usage != Success)
        return usage;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(QStringLiteral("--format must be text or json"));
    if (const int loaded = input.load(context, parser); loaded != Success)
        return loaded;

    AssessmentOptions options = input.assessmentOptions();
    const Questionnaire& questionnaire = input.questionnaire();
    const QStringList done = parser.value(doneOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!done.isEmpty()) {
        // A mistyped id would silently leave the what-if unchanged: name what does not count.
        const AssessmentResult advised = assess(questionnaire, input.answers(), options);
        for (const QString& id : done) {
            const QString step = id.trimmed();
            const bool known = std::any_of(advised.steps.cbegin(), advised.steps.cend(),
                [&step](const NextStep& next) { return next.id == step; });
            if (!known)
                context.err << "zelfscan-cli score: warning: '" << printable(step)
                            << "' is not one of this result's next steps; left out of the what-if\n";
            options.doneSteps.insert(step);
        }
    }
    const AssessmentResult result = assess(questionnaire, input.answers(), options);
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(resultToJson(result, questionnaire, input.language()))
                                             .toJson(QJsonDocument::Indented));
    else
        context.out << resultToText(result, questionnaire, input.language());
    return Success;
}

} // namespace zelfscan::cli
