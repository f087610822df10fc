// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QCommandLineParser>

namespace zelfscan::cli {

int runList(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists id, version, title and number of questions of every questionnaire found."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder to read (default: the bundled questionnaires)."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language of the titles: nl, en or one the questionnaires declare (default nl)."),
        QStringLiteral("LANG"), QStringLiteral("nl"));
    parser.addOptions({ dirOption, langOption });
    if (const std::optional<int> done = context.parse(parser))
        return *done;
    const QString dir
        = parser.isSet(dirOption) ? parser.value(dirOption) : QuestionnaireCatalog::defaultDirectory();
    if (dir.isEmpty()) {
        context.err << "zelfscan-cli list: no questionnaire folder found; looked in: "
                    << QuestionnaireCatalog::defaultSearchPaths().join(QStringLiteral(", ")) << "\n";
        return InputProblem;
    }

    QuestionnaireCatalog catalog;
    const Diagnostics diagnostics = catalog.loadDirectory(dir);
    const std::optional<Language> chosen = context.language(parser.value(langOption), catalog.languages());
    if (!chosen)
        return UsageError;
    const Language language = *chosen;
    for (const Diagnostic& diagnostic : diagnostics)
        context.err << diagnostic.toString() << "\n";
    for (const Questionnaire& q : catalog.questionnaires()) {
        context.out << q.id.leftJustified(22) << " " << q.version.leftJustified(8) << " "
                    << QString::number(q.questionCount()).rightJustified(3) << "  " << q.title.text(language)
                    << "\n";
    }
    return hasErrors(diagnostics) ? InputProblem : Success;
}

} // namespace zelfscan::cli
