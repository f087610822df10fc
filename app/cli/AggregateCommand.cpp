// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/share/Aggregate.h"
#include "core/share/ShareImporter.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

namespace zelfscan::cli {

namespace {

/**
 * Imports @p inputs into @p database and lists what was rejected. Returns the exit code when
 * nothing could be imported: writing @p out then would replace an earlier export with the
 * aggregates of nothing new (or, without --db, of nothing at all).
 */
std::optional<int> importInputs(const CliContext& context, const QString& database, const QStringList& inputs,
    const QString& out, bool* rejected)
{
    const ImportReport report = importShares(database, inputs);
    if (!report.error.isEmpty()) {
        context.err << "zelfscan-cli aggregate: " << report.error << "\n";
        return InputProblem;
    }
    for (const ImportProblem& problem : report.problems)
        context.err << problem.toString() << "\n";
    if (report.rejected > report.problems.size())
        context.err << "... and " << (report.rejected - report.problems.size()) << " more rejected\n";
    context.err << "imported " << report.imported << ", duplicates " << report.duplicates << ", rejected "
                << report.rejected << " (from " << counted(report.files, "file", "files") << ")\n";
    *rejected = report.rejected > 0;
    if (report.imported > 0 || report.duplicates > 0 || (!*rejected && report.files > 0))
        return std::nullopt;
    if (report.files == 0 && !*rejected)
        context.err << "zelfscan-cli aggregate: no share files (*.zelfshare, *.jsonl) in "
                    << inputs.join(QStringLiteral(", ")) << "\n";
    context.err << "zelfscan-cli aggregate: no share could be imported; " << out << " was not written\n";
    return InputProblem;
}

} // namespace

int runAggregate(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports share files (.zelfshare) and JSON Lines files (.jsonl), or folders of them, and "
        "writes aggregates per questionnaire version, sector and size band as CSV, XLSX or JSON.\n"
        "Groups with fewer than K results, and groups that would reveal them, are suppressed. "
        "Duplicates count once; damaged or altered files are listed and skipped (exit code 1).\n"
        "With --db the results are added to that database and the aggregates cover all of it.\n"
        "A Dutch CSV (--lang nl) is separated by ';' with decimal commas, an English one by ',' with "
        "decimal points; k, the versions and the rules are in the JSON and in the XLSX's second sheet."));
    parser.addHelpOption();
    const QCommandLineOption minGroupOption(QStringLiteral("min-group"),
        QStringLiteral("Smallest group shown, at least 5 (the default)."), QStringLiteral("K"),
        QString::number(defaultMinGroup));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("SQLite database to import into and aggregate (default: a temporary one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("The aggregates to write: .csv, .xlsx or .json."), QStringLiteral("OUT"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language of the CSV and XLSX: nl or en (default nl)."), QStringLiteral("LANG"),
        QStringLiteral("nl"));
    parser.addOptions({ minGroupOption, dbOption, outOption, langOption });
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QStringLiteral("Share files, JSON Lines files or folders."), QStringLiteral("INPUT..."));
    if (const std::optional<int> done = context.parse(parser, CliContext::Positionals::Allowed))
        return *done;
    bool numeric = false;
    const int k = parser.value(minGroupOption).toInt(&numeric);
    if (!numeric)
        return context.usageError(QStringLiteral("--min-group must be a whole number"));
    if (const QString problem = checkMinGroup(k); !problem.isEmpty())
        return context.usageError(problem);
    const std::optional<Language> chosen
        = context.language(parser.value(langOption), { QStringLiteral("nl"), QStringLiteral("en") });
    if (!chosen)
        return UsageError;
    const Language language = *chosen;
    if (!parser.isSet(outOption))
        return context.usageError(QStringLiteral("--out OUT.csv|.xlsx|.json is required"));
    const QString out = parser.value(outOption);
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return context.usageError(
            QStringLiteral("cannot tell the format of '%1': use .csv, .xlsx or .json").arg(out));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() && !parser.isSet(dbOption))
        return context.usageError(
            QStringLiteral("give the share files or folders to aggregate (or --db FILE)"));

    QTemporaryDir temporary;
    QString database = parser.value(dbOption);
    if (database.isEmpty()) {
        if (!temporary.isValid()) {
            context.err << "zelfscan-cli aggregate: cannot create a temporary folder\n";
            return InputProblem;
        }
        database = temporary.filePath(QStringLiteral("shares.sqlite"));
    }

    bool rejected = false;
    if (!inputs.isEmpty()) {
        if (const std::optional<int> failed = importInputs(context, database, inputs, out, &rejected))
            return *failed;
    }

    AggregateOptions options;
    options.minGroup = k;
    QString error;
    const std::optional<AggregateReport> aggregates = aggregateStore(database, options, &error);
    if (!aggregates || !writeAggregates(*aggregates, out, &error, language)) {
        context.err << "zelfscan-cli aggregate: " << error << "\n";
        return InputProblem;
    }
    context.out << "wrote " << out << ": " << counted(aggregates->results, "result", "results") << " in "
                << counted(aggregates->versions.size(), "questionnaire version", "questionnaire versions")
                << ", k = " << k << ", " << counted(aggregates->suppressedGroups, "group", "groups")
                << " suppressed\n";
    return rejected ? InputProblem : Success;
}

} // namespace zelfscan::cli
