// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireJson.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace zelfscan::cli {

int runDescribe(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a questionnaire's sections, questions, options and conditions as JSON, so "
                       "scripts can build answer files."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output format: json."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder to look IDs up in (default: bundled)."), QStringLiteral("DIR"));
    parser.addOptions({ formatOption, dirOption });
    parser.addPositionalArgument(QStringLiteral("ID|FILE"), QStringLiteral("A questionnaire id or file."));
    if (const std::optional<int> done = context.parse(parser, CliContext::Positionals::Allowed))
        return *done;
    if (parser.value(formatOption) != QLatin1String("json"))
        return context.usageError(
            QStringLiteral("unknown format '%1' (supported: json)").arg(parser.value(formatOption)));
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("give exactly one questionnaire id or file"));
    const QString target = parser.positionalArguments().first();

    std::optional<Questionnaire> questionnaire;
    Diagnostics diagnostics;
    if (QFileInfo::exists(target)) {
        QuestionnaireLoadResult result = loadQuestionnaireFile(target);
        diagnostics = result.diagnostics;
        questionnaire = std::move(result.questionnaire);
    } else {
        const QString dir
            = parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory();
        QuestionnaireCatalog catalog;
        diagnostics = catalog.loadDirectory(dir);
        if (const Questionnaire* found = catalog.find(target))
            questionnaire = *found;
        else
            diagnostics.append({ Diagnostic::Severity::Error, target, 0, 0,
                QStringLiteral("no such file, and no questionnaire with this id in %1")
                    .arg(dir.isEmpty() ? QStringLiteral("(no folder found)") : dir) });
    }
    for (const Diagnostic& diagnostic : diagnostics)
        context.err << diagnostic.toString() << "\n";
    if (!questionnaire)
        return InputProblem;
    context.out << QString::fromUtf8(
        QJsonDocument(describeQuestionnaire(*questionnaire)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace zelfscan::cli
