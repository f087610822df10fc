// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/CsafReader.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"
#include "core/advisories/Version.h"
#include "core/io/Diagnostic.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zelfscan::cli {

using namespace zelfscan::advisories;

namespace {

QString diagnosticsText(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        QString where;
        if (d.line > 0)
            where = QStringLiteral("%1:%2: ").arg(d.line).arg(d.column);
        lines << where + d.message;
    }
    return lines.join(QStringLiteral("; "));
}

QJsonValue cvssValue(double cvss)
{
    return cvss < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(cvss);
}

/** The advisories to match, one per publisher and tracking id: the newest revision given. */
class DocumentSet
{
public:
    void add(CsafDocument document)
    {
        const QString key = document.publisherNamespace + QChar(0x1f) + document.trackingId;
        const auto it = m_byKey.constFind(key);
        if (it == m_byKey.cend()) {
            m_byKey.insert(key, m_documents.size());
            m_documents.append(std::move(document));
        } else if (compareTrackingVersions(
                       document.trackingVersion, m_documents.at(it.value()).trackingVersion)
            > 0) {
            m_documents[it.value()] = std::move(document);
        }
    }
    const QList<CsafDocument>& documents() const { return m_documents; }

private:
    QList<CsafDocument> m_documents;
    QHash<QString, qsizetype> m_byKey;
};

/** Reads the files and folders given; what cannot be read is listed (and told on stderr). */
QJsonArray readAdvisoryFiles(const CliContext& context, const QStringList& inputs, DocumentSet& documents)
{
    QJsonArray unreadable;
    QStringList missing;
    const QStringList files = findCsafFiles(inputs, &missing);
    for (const QString& path : std::as_const(missing)) {
        unreadable.append(QJsonObject {
            { QStringLiteral("file"), path }, { QStringLiteral("error"), missingReason(path) } });
        context.err << printable(path) << ": error: " << missingReason(path) << "\n";
    }
    for (const QString& file : files) {
        CsafReadResult read = readCsafFile(file);
        if (read.document) {
            documents.add(std::move(*read.document));
        } else {
            unreadable.append(QJsonObject { { QStringLiteral("file"), file },
                { QStringLiteral("error"), diagnosticsText(read.diagnostics) } });
            for (const Diagnostic& d : read.diagnostics)
                context.err << d.toString() << "\n";
        }
    }
    return unreadable;
}

/** The JSON: matches, items to check by hand, unreadable files. */
QJsonObject matchJson(const MatchResult& result, const QJsonArray& unreadable)
{
    QJsonArray matches;
    for (const Match& m : std::as_const(result.matches)) {
        matches.append(QJsonObject {
            { QStringLiteral("asset"), m.assetId },
            { QStringLiteral("advisory"), m.advisoryId },
            { QStringLiteral("publisher"), m.publisher },
            { QStringLiteral("vulnerabilities"), QJsonArray::fromStringList(m.vulnerabilities) },
            { QStringLiteral("status"), m.status },
            { QStringLiteral("confidence"), m.confidence },
            { QStringLiteral("reason"), m.reason },
            { QStringLiteral("remediation"),
                m.remediation.category.isEmpty()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QJsonObject { { QStringLiteral("category"), m.remediation.category },
                        { QStringLiteral("details"), m.remediation.details },
                        { QStringLiteral("url"), m.remediation.url } }) },
            { QStringLiteral("cvss"), cvssValue(m.cvss) },
        });
    }
    QJsonArray checks;
    for (const CheckByHand& c : std::as_const(result.checkByHand)) {
        checks.append(QJsonObject { { QStringLiteral("asset"), c.assetId },
            { QStringLiteral("advisory"), c.advisoryId }, { QStringLiteral("publisher"), c.publisher },
            { QStringLiteral("product"), c.productName },
            { QStringLiteral("vulnerabilities"), QJsonArray::fromStringList(c.vulnerabilities) },
            { QStringLiteral("reason"), c.reason } });
    }
    const QJsonObject root { { QStringLiteral("matches"), matches },
        { QStringLiteral("check_by_hand"), checks }, { QStringLiteral("unreadable"), unreadable } };
    return root;
}

void printMatchText(const CliContext& context, const MatchResult& result, const QList<AdvisoryStep>& steps,
    qsizetype assetCount, qsizetype documentCount, const QJsonArray& unreadable)
{
    context.out << "Matched " << counted(assetCount, "system", "systems") << " against "
                << counted(documentCount, "advisory document", "advisory documents") << ": "
                << counted(steps.size(), "step", "steps") << ", " << result.checkByHand.size()
                << " to check by hand, " << counted(unreadable.size(), "file", "files") << " unreadable.\n";
    int number = 0;
    for (const AdvisoryStep& step : steps) {
        context.out << "\n" << ++number << ". " << printable(step.title.text(Language::english()));
        if (step.status.value != StepStatus::Value::Open)
            context.out << " [" << statusId(step.status.value) << "]";
        context.out << "\n   Why: " << printable(step.why.text(Language::english()))
                    << "\n   How: " << printable(step.how.text(Language::english())) << "\n";
    }
    for (const Match& m : std::as_const(result.matches))
        context.out << "\n"
                    << m.assetId << " / " << printable(m.advisoryId) << ": " << m.confidence << ", "
                    << printable(m.reason);
    if (!result.matches.isEmpty())
        context.out << "\n";
    if (!result.checkByHand.isEmpty())
        context.out << "\nCheck by hand:\n";
    for (const CheckByHand& c : std::as_const(result.checkByHand))
        context.out << "  " << c.assetId << " / " << printable(c.advisoryId) << " ("
                    << printable(c.vulnerabilities.join(QStringLiteral(", "))) << "): " << printable(c.reason)
                    << "\n";
    if (!unreadable.isEmpty())
        context.out << "\nUnreadable: " << counted(unreadable.size(), "file", "files")
                    << "; the problems are on standard error.\n";
}

int runMatch(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Matches an inventory of your systems against CSAF 2.0 security advisories, offline.\n"
        "ADVISORY is a CSAF JSON file or a folder of them (a provider's YYYY/id.json layout too).\n"
        "With --db the advisories in that store are matched as well, and the statuses kept there are used.\n"
        "Exit code 0 when it ran (files that could not be read are listed under 'unreadable'), "
        "1 when the inventory or the store cannot be read, 2 for wrong usage."));
    parser.addHelpOption();
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
        QStringLiteral("The inventory: YAML or JSON (assets: [...]), or a CSV export (.csv)."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("json or text (default: text)."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("An advisory store made by 'advisories import'."), QStringLiteral("FILE"));
    parser.addOptions({ inventoryOption, formatOption, dbOption });
    parser.addPositionalArgument(
        QStringLiteral("ADVISORY"), QStringLiteral("CSAF files or folders."), QStringLiteral("ADVISORY..."));
    if (const std::optional<int> done = context.parse(parser, CliContext::Positionals::Allowed))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return context.usageError(QStringLiteral("--format must be json or text"));
    if (!parser.isSet(inventoryOption))
        return context.usageError(QStringLiteral("--inventory FILE is required"));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() && !parser.isSet(dbOption))
        return context.usageError(
            QStringLiteral("give the advisories to match: files, folders or --db FILE"));

    const QString inventoryPath = parser.value(inventoryOption);
    const InventoryLoadResult loaded = inventoryPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? loadInventoryCsvFile(inventoryPath)
        : loadInventoryFile(inventoryPath);
    for (const Diagnostic& d : loaded.diagnostics)
        context.err << d.toString() << "\n";
    if (!loaded.inventory) {
        context.err << "zelfscan-cli advisories match: cannot read the inventory " << printable(inventoryPath)
                    << "\n";
        return InputProblem;
    }

    DocumentSet documents;
    StatusMap statuses;
    if (parser.isSet(dbOption)) {
        AdvisoryStore store(parser.value(dbOption));
        QString error;
        std::optional<QList<CsafDocument>> stored;
        std::optional<StatusMap> storedStatuses;
        if (!store.open(&error) || !(stored = store.documents(&error))
            || !(storedStatuses = store.statuses(&error))) {
            context.err << "zelfscan-cli advisories match: " << printable(error) << "\n";
            return InputProblem;
        }
        for (CsafDocument& document : *stored)
            documents.add(std::move(document));
        statuses = *storedStatuses;
    }
    const QJsonArray unreadable = readAdvisoryFiles(context, inputs, documents);

    const Matcher matcher(*loaded.inventory);
    MatchResult result;
    for (const CsafDocument& document : documents.documents()) {
        const MatchResult one = matcher.match(document);
        result.matches += one.matches;
        result.checkByHand += one.checkByHand;
    }
    if (format == QLatin1String("json")) {
        context.out << QString::fromUtf8(
            QJsonDocument(matchJson(result, unreadable)).toJson(QJsonDocument::Indented));
        return Success;
    }
    printMatchText(context, result, advisorySteps(result.matches, *loaded.inventory, statuses),
        loaded.inventory->assets.size(), documents.documents().size(), unreadable);
    return Success;
}

int runImport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports CSAF 2.0 advisories (files or folders) into a local SQLite store. A newer revision "
        "of a document (publisher namespace + tracking id) replaces the older one; the same or an "
        "older revision changes nothing. Files that cannot be read are listed (exit code 1)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The store to create or add to."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(
        QStringLiteral("ADVISORY"), QStringLiteral("CSAF files or folders."), QStringLiteral("ADVISORY..."));
    if (const std::optional<int> done = context.parse(parser, CliContext::Positionals::Allowed))
        return *done;
    if (!parser.isSet(dbOption))
        return context.usageError(QStringLiteral("--db FILE is required"));
    if (parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("give the advisories to import: files or folders"));
    AdvisoryStore store(parser.value(dbOption));
    QString error;
    if (!store.open(&error)) {
        context.err << "zelfscan-cli advisories import: " << printable(error) << "\n";
        return InputProblem;
    }
    const AdvisoryImportReport report = store.import(parser.positionalArguments());
    if (!report.error.isEmpty()) {
        context.err << "zelfscan-cli advisories import: " << printable(report.error) << "\n";
        return InputProblem;
    }
    for (const Diagnostic& d : report.rejected)
        context.err << d.toString() << "\n";
    context.out << "imported " << report.added << " new, "
                << counted(report.replaced, "newer revision", "newer revisions") << ", " << report.unchanged
                << " unchanged, " << counted(report.older, "older revision", "older revisions")
                << " kept out, " << counted(report.rejectedFiles(), "file", "files") << " rejected\n";
    return report.rejected.isEmpty() ? Success : InputProblem;
}

} // namespace

int runAdvisories(const CliContext& context)
{
    const QStringList& arguments = context.arguments;
    const QString sub = arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream& stream = sub.isEmpty() ? context.err : context.out;
        stream
            << "Usage: zelfscan-cli advisories match --inventory FILE [--format json|text] [--db FILE] "
               "ADVISORY...\n"
               "       zelfscan-cli advisories import --db FILE ADVISORY...\n\n"
               "Private vulnerability alerts: your inventory matched offline against CSAF 2.0 advisories.\n";
        return sub.isEmpty() ? UsageError : Success;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
    const CliContext subContext { context.commandName + QLatin1Char(' ') + sub, rest, context.out,
        context.err };
    if (sub == QLatin1String("match"))
        return runMatch(subContext);
    if (sub == QLatin1String("import"))
        return runImport(subContext);
    return context.usageError(
        QStringLiteral("unknown subcommand '%1': use match or import").arg(printable(sub)));
}

} // namespace zelfscan::cli
