// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace zelfscan::cli {

int runValidate(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks questionnaire files. Every problem is printed to stderr as FILE:LINE:COL: "
                       "error|warning: MESSAGE.\n"
                       "Exit code 0: all valid; 1: problems found; 2: wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption werror(QStringLiteral("werror"), QStringLiteral("Treat warnings as errors."));
    parser.addOption(werror);
    parser.addPositionalArgument(
        QStringLiteral("PATH"), QStringLiteral("Questionnaire files or folders."), QStringLiteral("PATH..."));
    if (const std::optional<int> done = context.parse(parser, CliContext::Positionals::Allowed))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return context.usageError(QStringLiteral("no files given"));

    QStringList files;
    QSet<QString> folders;
    Diagnostics diagnostics;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList(
                { QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name);
            // Otherwise a folder without questionnaires would pass as "OK: 0 file(s)" with exit code 0.
            if (names.isEmpty())
                diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0,
                    QStringLiteral("no questionnaire files (*.yaml, *.yml) in this folder") });
            for (const QString& name : names)
                files.append(dir.filePath(name));
            folders.insert(info.absoluteFilePath());
        } else if (!info.exists()) {
            diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, QStringLiteral("no such file") });
        } else {
            files.append(path);
            folders.insert(info.absolutePath());
        }
    }

    QuestionnaireCatalog catalog;
    diagnostics += catalog.loadFiles(files);

    // Files beside the ones named may be referenced (a risk measure citing the Basisscan);
    // load them quietly so those references can be checked too.
    QuestionnaireCatalog neighbours;
    QSet<QString> named;
    for (const QString& file : files)
        named.insert(QFileInfo(file).absoluteFilePath());
    for (const QString& folder : folders) {
        const QDir dir(folder);
        QStringList others;
        for (const QString& name :
            dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name)) {
            if (!named.contains(dir.absoluteFilePath(name)))
                others.append(dir.filePath(name));
        }
        neighbours.loadFiles(others);
    }
    diagnostics += catalog.crossCheck(&neighbours);

    int errors = 0;
    int warnings = 0;
    for (const Diagnostic& diagnostic : diagnostics) {
        context.err << diagnostic.toString() << "\n";
        diagnostic.isError() ? ++errors : ++warnings;
    }
    context.err.flush();
    const bool failed = errors > 0 || (parser.isSet(werror) && warnings > 0);
    context.out << (failed ? "FAILED" : "OK") << ": " << counted(files.size(), "file", "files") << ", "
                << counted(errors, "error", "errors") << ", " << counted(warnings, "warning", "warnings")
                << (parser.isSet(werror) && warnings > 0 ? " (warnings are errors: --werror)" : "") << "\n";
    return failed ? InputProblem : Success;
}

} // namespace zelfscan::cli
