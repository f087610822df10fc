// SPDX-License-Identifier: GPL-3.0-or-later
// Vulnerability alerts (issue 16): 5,000 CSAF advisories against 500 assets. A benchmark, not a
// test: it writes its own synthetic advisories (shaped like industrial vendors' documents: vendor
// → product → lenient range, a fixed version, model numbers, CVSS, remediations), imports them
// into the SQLite store, and matches, printing the times. The targets: import ≤ 5 s,
// match ≤ 1 s.
//
//   bench_advisories [ADVISORIES] [ASSETS]      default 5000 500
#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace zelfscan::advisories;

namespace {

QTextStream out(stdout);

QString vendorName(int v)
{
    return QStringLiteral("Vendor %1 GmbH").arg(v);
}

QString productName(int v, int p)
{
    return QStringLiteral("Controller %1-%2").arg(v).arg(p);
}

QJsonObject branch(const QString& category, const QString& name, const QJsonValue& child, bool leaf)
{
    return QJsonObject { { QStringLiteral("category"), category }, { QStringLiteral("name"), name },
        { leaf ? QStringLiteral("product") : QStringLiteral("branches"), child } };
}

QByteArray advisory(int index, QRandomGenerator& random)
{
    QJsonArray vendors;
    QJsonArray affected;
    QJsonArray fixed;
    QJsonArray remediations;
    const int productCount = 2 + int(random.bounded(6));
    const int vendor = int(random.bounded(100));
    QJsonArray products;
    for (int p = 0; p < productCount; ++p) {
        const int product = int(random.bounded(40));
        const int major = 1 + int(random.bounded(9));
        const QString affectedId = QStringLiteral("P%1-A").arg(p);
        const QString fixedId = QStringLiteral("P%1-F").arg(p);
        const QStringList forms = { QStringLiteral("vers:all/<V%1.2"), QStringLiteral("<V%1.2"),
            QStringLiteral("All versions < V%1.2 SP1"), QStringLiteral("vers:generic/>=1.0|<%1.2") };
        const QString range = forms.at(int(random.bounded(forms.size()))).arg(major);
        QJsonObject helper { { QStringLiteral("model_numbers"),
            QJsonArray { QStringLiteral("6ES%1-%2").arg(vendor).arg(product) } } };
        products.append(branch(QStringLiteral("product_name"), productName(vendor, product),
            QJsonArray {
                branch(QStringLiteral("product_version_range"), range,
                    QJsonObject { { QStringLiteral("name"),
                                      QString(productName(vendor, product) + QLatin1Char(' ') + range) },
                        { QStringLiteral("product_id"), affectedId },
                        { QStringLiteral("product_identification_helper"), helper } },
                    true),
                branch(QStringLiteral("product_version"), QStringLiteral("V%1.2").arg(major),
                    QJsonObject {
                        { QStringLiteral("name"),
                            QString(productName(vendor, product) + QStringLiteral(" V%1.2").arg(major)) },
                        { QStringLiteral("product_id"), fixedId } },
                    true) },
            false));
        affected.append(affectedId);
        fixed.append(fixedId);
        remediations.append(QJsonObject { { QStringLiteral("category"), QStringLiteral("vendor_fix") },
            { QStringLiteral("details"), QStringLiteral("Update to V%1.2 or later").arg(major) },
            { QStringLiteral("product_ids"), QJsonArray { affectedId } },
            { QStringLiteral("url"), QStringLiteral("https://vendor.example.test/fix/%1").arg(index) } });
    }
    vendors.append(branch(QStringLiteral("vendor"), vendorName(vendor), products, false));
    const QString id = QStringLiteral("BENCH-%1").arg(index, 5, 10, QLatin1Char('0'));
    const QJsonObject document {
        { QStringLiteral("document"),
            QJsonObject { { QStringLiteral("category"), QStringLiteral("csaf_security_advisory") },
                { QStringLiteral("csaf_version"), QStringLiteral("2.0") },
                { QStringLiteral("title"), QStringLiteral("Synthetic advisory %1").arg(index) },
                { QStringLiteral("publisher"),
                    QJsonObject { { QStringLiteral("category"), QStringLiteral("vendor") },
                        { QStringLiteral("name"), QStringLiteral("Bench CERT") },
                        { QStringLiteral("namespace"), QStringLiteral("https://bench.example.test") } } },
                { QStringLiteral("tracking"),
                    QJsonObject { { QStringLiteral("id"), id },
                        { QStringLiteral("version"), QStringLiteral("1") },
                        { QStringLiteral("status"), QStringLiteral("final") },
                        { QStringLiteral("initial_release_date"), QStringLiteral("2024-01-01T00:00:00Z") },
                        { QStringLiteral("current_release_date"), QStringLiteral("2024-01-01T00:00:00Z") },
                        { QStringLiteral("revision_history"), QJsonArray {} } } } } },
        { QStringLiteral("product_tree"), QJsonObject { { QStringLiteral("branches"), vendors } } },
        { QStringLiteral("vulnerabilities"),
            QJsonArray { QJsonObject {
                { QStringLiteral("cve"), QStringLiteral("CVE-2099-%1").arg(index + 10000) },
                { QStringLiteral("product_status"),
                    QJsonObject { { QStringLiteral("known_affected"), affected },
                        { QStringLiteral("fixed"), fixed } } },
                { QStringLiteral("remediations"), remediations },
                { QStringLiteral("scores"),
                    QJsonArray { QJsonObject { { QStringLiteral("products"), affected },
                        { QStringLiteral("cvss_v3"),
                            QJsonObject { { QStringLiteral("baseScore"), double(random.bounded(100)) / 10 },
                                { QStringLiteral("baseSeverity"), QStringLiteral("HIGH") } } } } } } } } },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int advisoryCount = args.size() > 1 ? args.at(1).toInt() : 5000;
    const int assetCount = args.size() > 2 ? args.at(2).toInt() : 500;
    if (advisoryCount <= 0 || assetCount <= 0) {
        QTextStream(stderr) << "usage: bench_advisories [ADVISORIES] [ASSETS]\n";
        return 2;
    }
    QTemporaryDir dir;
    QRandomGenerator random(16);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int i = 0; i < advisoryCount; ++i) {
        const QString folder = dir.filePath(QStringLiteral("csaf/%1").arg(2020 + i % 5));
        QDir().mkpath(folder);
        QSaveFile file(folder + QStringLiteral("/bench-%1.json").arg(i, 5, 10, QLatin1Char('0')));
        const QByteArray text = advisory(i, random);
        bytes += text.size();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return 1;
    }
    out << "generated " << advisoryCount << " advisories (" << bytes / 1024 << " KiB) in " << timer.elapsed()
        << " ms\n";

    Inventory inventory;
    for (int i = 0; i < assetCount; ++i) {
        Asset asset;
        asset.id = QStringLiteral("asset-%1").arg(i);
        const int vendor = int(random.bounded(100));
        const int product = int(random.bounded(40));
        asset.vendor = vendorName(vendor).section(QLatin1Char(' '), 0, 1); // without "GmbH"
        asset.product = productName(vendor, product);
        asset.version = QStringLiteral("V%1.%2").arg(1 + random.bounded(9)).arg(random.bounded(5));
        if (i % 3 == 0)
            asset.model = QStringLiteral("6ES%1-%2").arg(vendor).arg(product);
        inventory.assets << asset;
    }

    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    if (!store.open(&error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    timer.restart();
    const AdvisoryImportReport report = store.import({ dir.filePath(QStringLiteral("csaf")) });
    const qint64 importMs = timer.elapsed();
    if (!report.error.isEmpty() || report.added != advisoryCount) {
        QTextStream(stderr) << "import failed: " << report.error << " added " << report.added << "\n";
        return 1;
    }
    out << "import:  " << importMs << " ms for " << report.added << " advisories (target <= 5000 ms)\n";

    timer.restart();
    const std::optional<QList<CsafDocument>> documents = store.documents(&error);
    const qint64 loadMs = timer.elapsed();
    if (!documents)
        return 1;
    out << "load:    " << loadMs << " ms to read them back from the store\n";

    timer.restart();
    const Matcher matcher(inventory);
    int matches = 0;
    int checks = 0;
    for (const CsafDocument& document : *documents) {
        const MatchResult result = matcher.match(document);
        matches += int(result.matches.size());
        checks += int(result.checkByHand.size());
    }
    const qint64 matchMs = timer.elapsed();
    out << "match:   " << matchMs << " ms for " << assetCount << " assets x " << documents->size()
        << " advisories: " << matches << " matches, " << checks << " to check by hand (target <= 1000 ms)\n";
    return 0;
}
