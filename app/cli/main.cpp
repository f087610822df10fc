// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace zelfscan::cli;

namespace {

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(const CliContext&)> run;
};

const Command commands[] = {
    { "validate", "check questionnaire files and report every problem", runValidate },
    { "list", "list the available questionnaires", runList },
    { "describe", "print a questionnaire's structure as JSON", runDescribe },
    { "score", "score an answer file: results and next steps", runScore },
    { "report", "write a report (PDF, ODT, HTML) or the action plan (XLSX, CSV)", runReport },
    { "anonymise", "write an anonymous share file of an assessment", runAnonymise },
    { "aggregate", "import share files and write suppressed aggregates (CSV, JSON)", runAggregate },
    { "advisories", "match your systems against CSAF security advisories, offline", runAdvisories },
};

void printUsage(QTextStream& stream)
{
    stream << "Usage: zelfscan-cli COMMAND [OPTIONS] [ARGS]\n\n"
           << "Zelfscan: offline cyber self-assessments based on the tools of the Digital Trust Center.\n\n"
           << "Commands:\n";
    // At least two spaces after the longest name: help2man (the man page) needs them to tell a
    // command from its summary.
    int width = 0;
    for (const Command& command : commands)
        width = std::max(width, int(qstrlen(command.name)));
    for (const Command& command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(width + 2) << command.summary
               << "\n";
    stream << "\nRun 'zelfscan-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // Reports lay out text and draw pictures, which needs QtGui; headless, on the offscreen platform.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(
        needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("zelfscan"));
    QCoreApplication::setOrganizationName(QStringLiteral("Zelfscan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZELFSCAN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(err);
        return UsageError;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "zelfscan-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    for (const Command& command : commands) {
        if (first == QLatin1String(command.name)) {
            QStringList commandArguments = arguments;
            commandArguments.removeAt(1);
            commandArguments[0] = QStringLiteral("zelfscan-cli ") + first;
            const CliContext context { first, commandArguments, out, err };
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "zelfscan-cli: unknown command '" << first << "'\n\n";
    printUsage(err);
    return UsageError;
}
