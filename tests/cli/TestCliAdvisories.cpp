// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

/** zelfscan-cli advisories match / import: the JSON shape of the issue, exit codes, the store. */
class TestCliAdvisories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchWritesTheAgreedJson();
    void matchTextListsStepsInOrder();
    void matchReadsCsvInventories();
    void usageErrors_data();
    void usageErrors();
    void importKeepsTheNewestRevision();
    void newUserGetsWhatAnAdviserWouldSay();
    void reportIncludesTheSteps();
    void reportUsage_data();
    void reportUsage();
};

namespace {

const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");
const QString inventory = csafDir + QStringLiteral("/inventory.yaml");

using Run = testutil::CliRun;
using testutil::runCli;

QStringList keys(const QJsonObject& object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

} // namespace

void TestCliAdvisories::matchWritesTheAgreedJson()
{
    const Run r = runCli(
        { QStringLiteral("advisories"), QStringLiteral("match"), QStringLiteral("--inventory"), inventory,
            QStringLiteral("--format"), QStringLiteral("json"), csafDir + QStringLiteral("/provider"),
            csafDir + QStringLiteral("/broken/circular.json"), csafDir + QStringLiteral("/no-such.json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.rawOut, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(keys(root),
        (QStringList {
            QStringLiteral("check_by_hand"), QStringLiteral("matches"), QStringLiteral("unreadable") }));
    const QJsonArray matches = root.value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 7);
    QJsonObject plc;
    for (const QJsonValue& match : matches) {
        const QString asset = match.toObject().value(QStringLiteral("asset")).toString();
        // Fixed versions raise nothing.
        QVERIFY2(
            asset != QLatin1String("plc-hal3") && asset != QLatin1String("nas-kantoor"), qPrintable(asset));
        if (asset == QLatin1String("plc-hal2"))
            plc = match.toObject();
    }
    QCOMPARE(keys(plc),
        (QStringList { QStringLiteral("advisory"), QStringLiteral("asset"), QStringLiteral("confidence"),
            QStringLiteral("cvss"), QStringLiteral("publisher"), QStringLiteral("reason"),
            QStringLiteral("remediation"), QStringLiteral("status"), QStringLiteral("vulnerabilities") }));
    QCOMPARE(plc.value(QStringLiteral("advisory")).toString(), QStringLiteral("EXA-2024-0001"));
    QCOMPARE(plc.value(QStringLiteral("publisher")).toString(), QStringLiteral("Voorbeeld CERT"));
    QCOMPARE(plc.value(QStringLiteral("status")).toString(), QStringLiteral("known_affected"));
    QCOMPARE(plc.value(QStringLiteral("confidence")).toDouble(), 0.95);
    QCOMPARE(plc.value(QStringLiteral("cvss")).toDouble(), 9.8);
    QCOMPARE(plc.value(QStringLiteral("vulnerabilities")).toArray().size(), 2);
    const QJsonObject remediation = plc.value(QStringLiteral("remediation")).toObject();
    QCOMPARE(keys(remediation),
        (QStringList { QStringLiteral("category"), QStringLiteral("details"), QStringLiteral("url") }));
    QCOMPARE(remediation.value(QStringLiteral("category")).toString(), QStringLiteral("vendor_fix"));
    QCOMPARE(root.value(QStringLiteral("check_by_hand")).toArray().size(), 2);
    const QJsonArray unreadable = root.value(QStringLiteral("unreadable")).toArray();
    QCOMPARE(unreadable.size(), 2);
    QCOMPARE(
        keys(unreadable.at(0).toObject()), (QStringList { QStringLiteral("error"), QStringLiteral("file") }));
    QString files;
    for (const QJsonValue& u : unreadable)
        files += u.toObject().value(QStringLiteral("file")).toString()
            + u.toObject().value(QStringLiteral("error")).toString();
    QVERIFY2(files.contains(QLatin1String("circular.json")) && files.contains(QLatin1String("CSAF 6.1.3")),
        qPrintable(files));
    QVERIFY2(files.contains(QLatin1String("no-such.json")), qPrintable(files));
}

void TestCliAdvisories::matchTextListsStepsInOrder()
{
    const Run r = runCli({ QStringLiteral("advisories"), QStringLiteral("match"),
        QStringLiteral("--inventory"), inventory, csafDir + QStringLiteral("/provider") });
    QCOMPARE(r.exitCode, 0);
    const QString text = r.out;
    // Exploited first, "under investigation" last.
    const qsizetype exploited = text.indexOf(QLatin1String("Update Besturing hal 2 to CPCI85 V05.00"));
    const qsizetype nas = text.indexOf(QLatin1String("Update Synology DiskStation Manager to 7.2.1-69057"));
    const qsizetype watch = text.indexOf(QLatin1String("Keep an eye on left-padder"));
    QVERIFY2(exploited > 0 && nas > exploited && watch > nas, qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Check by hand:")));
}

void TestCliAdvisories::matchReadsCsvInventories()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("systemen.csv"));
    QVERIFY(testutil::writeFile(
        csv, "id;Naam;Leverancier;Product;Versie\r\nnas;NAS;Synology;DiskStation Manager;7.1.1-42962\r\n"));
    const Run r = runCli({ QStringLiteral("advisories"), QStringLiteral("match"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--inventory"), csv, csafDir + QStringLiteral("/provider") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray matches
        = QJsonDocument::fromJson(r.rawOut).object().value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("advisory")).toString(),
        QStringLiteral("EXA-2024-0002"));
}

void TestCliAdvisories::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList { QStringLiteral("advisories") };
    QTest::newRow("unknown subcommand")
        << QStringList { QStringLiteral("advisories"), QStringLiteral("watch") };
    QTest::newRow("no inventory") << QStringList { QStringLiteral("advisories"), QStringLiteral("match"),
        csafDir };
    QTest::newRow("no advisories") << QStringList { QStringLiteral("advisories"), QStringLiteral("match"),
        QStringLiteral("--inventory"), inventory };
    QTest::newRow("bad format") << QStringList { QStringLiteral("advisories"), QStringLiteral("match"),
        QStringLiteral("--inventory"), inventory, QStringLiteral("--format"), QStringLiteral("xml"),
        csafDir };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("advisories"), QStringLiteral("match"),
        QStringLiteral("--colour"), csafDir };
    QTest::newRow("import without db")
        << QStringList { QStringLiteral("advisories"), QStringLiteral("import"), csafDir };
    QTest::newRow("import without files") << QStringList { QStringLiteral("advisories"),
        QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x.sqlite") };
}

void TestCliAdvisories::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliAdvisories::importKeepsTheNewestRevision()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("advisories.sqlite"));
    Run r = runCli({ QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"), db,
        csafDir + QStringLiteral("/revisions/1"), csafDir + QStringLiteral("/provider") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("imported 5 new, 0 newer revisions, 0 unchanged")),
        qPrintable(r.out));
    r = runCli({ QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"), db,
        csafDir + QStringLiteral("/revisions/2"), csafDir + QStringLiteral("/revisions/1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(
                 QStringLiteral("imported 0 new, 1 newer revision, 0 unchanged, 1 older revision kept out")),
        qPrintable(r.out));
    // Revision 2 added EdgeRouter 6; matching the store finds the router.
    r = runCli({ QStringLiteral("advisories"), QStringLiteral("match"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--inventory"), inventory, QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    bool router = false;
    for (const QJsonValue& m :
        QJsonDocument::fromJson(r.rawOut).object().value(QStringLiteral("matches")).toArray())
        router = router || m.toObject().value(QStringLiteral("asset")).toString() == QLatin1String("router");
    QVERIFY(router);
    r = runCli({ QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"), db,
        csafDir + QStringLiteral("/broken") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("undefined-product.json")), qPrintable(r.err));
}

namespace {

const QString newUser = QStringLiteral(TEST_DATA_DIR "/advisories/new-user");
const QString answers = QStringLiteral(TEST_DATA_DIR "/answers/basisscan-zzp.yaml");

} // namespace

void TestCliAdvisories::newUserGetsWhatAnAdviserWouldSay()
{
    // Ten real products, a provider folder of advisories: the matches a security adviser would
    // give, and nothing for the NAS and the switch, which already run the fixed versions.
    const Run r = runCli({ QStringLiteral("advisories"), QStringLiteral("match"),
        QStringLiteral("--inventory"), newUser + QStringLiteral("/systemen.yaml"), QStringLiteral("--format"),
        QStringLiteral("json"), newUser + QStringLiteral("/csaf") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.rawOut).object();
    QMap<QString, QJsonObject> byAsset;
    for (const QJsonValue& m : root.value(QStringLiteral("matches")).toArray())
        byAsset.insert(m.toObject().value(QStringLiteral("asset")).toString(), m.toObject());
    const QMap<QString, QString> expected { { QStringLiteral("firewall"), QStringLiteral("NU-2025-0001") },
        { QStringLiteral("vpn"), QStringLiteral("NU-2025-0003") },
        { QStringLiteral("website"), QStringLiteral("NU-2025-0004") },
        { QStringLiteral("plc-pers"), QStringLiteral("NU-2025-0005") },
        { QStringLiteral("inpakker"), QStringLiteral("NU-2025-0007") },
        { QStringLiteral("planning"), QStringLiteral("NU-2025-0008") } };
    QCOMPARE(byAsset.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QJsonObject match = byAsset.value(it.key());
        QCOMPARE(match.value(QStringLiteral("advisory")).toString(), it.value());
        QCOMPARE(match.value(QStringLiteral("vulnerabilities")).toArray().size(), 1);
        QCOMPARE(match.value(QStringLiteral("remediation"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toString(),
            QStringLiteral("vendor_fix"));
        QVERIFY2(match.value(QStringLiteral("confidence")).toDouble() >= 0.9, qPrintable(it.key()));
    }
    // How each was recognised: CPE, model number, package URL, names.
    QVERIFY(byAsset.value(QStringLiteral("firewall"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("CPE")));
    QVERIFY(byAsset.value(QStringLiteral("plc-pers"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("6ES7214-1AG40-0XB0")));
    QVERIFY(byAsset.value(QStringLiteral("planning"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("package URL")));
    QCOMPARE(byAsset.value(QStringLiteral("planning")).value(QStringLiteral("cvss")).toDouble(), 10.0);
    QVERIFY(root.value(QStringLiteral("check_by_hand")).toArray().isEmpty());
    QVERIFY(root.value(QStringLiteral("unreadable")).toArray().isEmpty());

    const Run text
        = runCli({ QStringLiteral("advisories"), QStringLiteral("match"), QStringLiteral("--inventory"),
            newUser + QStringLiteral("/systemen.yaml"), newUser + QStringLiteral("/csaf") });
    QCOMPARE(text.exitCode, 0);
    const QString out = text.out;
    QVERIFY2(out.indexOf(QLatin1String("Update Planningsapp (Java) to 2.17.1"))
            < out.indexOf(QLatin1String("Update Firewall kantoor to 7.2.5")),
        qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("Opslag kantoor")));
    QVERIFY(!out.contains(QLatin1String("Switch werkplaats")));
}

void TestCliAdvisories::reportIncludesTheSteps()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("advisories.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"), db,
                        newUser + QStringLiteral("/csaf") })
                 .exitCode,
        0);
    const QStringList withAlerts { QStringLiteral("--inventory"), newUser + QStringLiteral("/systemen.yaml"),
        QStringLiteral("--advisories"), db };
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    Run r = runCli(QStringList { QStringLiteral("report"), QStringLiteral("--answers"), answers,
                       QStringLiteral("--out"), csv }
        + withAlerts);
    QCOMPARE(r.exitCode, 0);
    QFile plan(csv);
    QVERIFY(plan.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(plan.readAll());
    for (const char* id : { "advisory/planning/NU-2025-0008", "advisory/firewall/NU-2025-0001",
             "advisory/vpn/NU-2025-0003", "advisory/plc-pers/NU-2025-0005", "advisory/inpakker/NU-2025-0007",
             "advisory/website/NU-2025-0004" })
        QVERIFY2(text.contains(QLatin1String(id)), id);
    QVERIFY(
        text.indexOf(QLatin1String("advisory/planning/")) < text.indexOf(QLatin1String("advisory/website/")));
    QVERIFY(!text.contains(QLatin1String("advisory/nas/")));

    const QString html = dir.filePath(QStringLiteral("report.html"));
    r = runCli(QStringList { QStringLiteral("report"), QStringLiteral("--answers"), answers,
                   QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), html }
        + withAlerts);
    QCOMPARE(r.exitCode, 0);
    QFile report(html);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    QVERIFY(bytes.contains("Vulnerabilities in your systems"));
    QVERIFY(bytes.contains("CVE-2099-10001"));

    // Without the options the report is as it was.
    r = runCli(
        { QStringLiteral("report"), QStringLiteral("--answers"), answers, QStringLiteral("--out"), html });
    QCOMPARE(r.exitCode, 0);
    report.close();
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(!report.readAll().contains("Vulnerabilities in your systems"));
}

void TestCliAdvisories::reportUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    const QString systems = newUser + QStringLiteral("/systemen.yaml");
    QTest::newRow("inventory alone") << QStringList { QStringLiteral("--inventory"), systems } << 2;
    QTest::newRow("store alone") << QStringList { QStringLiteral("--advisories"), QStringLiteral("a.sqlite") }
                                 << 2;
    QTest::newRow("no such store") << QStringList { QStringLiteral("--inventory"), systems,
        QStringLiteral("--advisories"), QStringLiteral("/nonexistent/a.sqlite") }
                                   << 1;
    QTest::newRow("not a store") << QStringList { QStringLiteral("--inventory"), systems,
        QStringLiteral("--advisories"), systems }
                                 << 1;
    QTest::newRow("bad inventory") << QStringList { QStringLiteral("--inventory"), answers,
        QStringLiteral("--advisories"), systems }
                                   << 1;
}

void TestCliAdvisories::reportUsage()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.csv"));
    const Run r = runCli(QStringList { QStringLiteral("report"), QStringLiteral("--answers"), answers,
                             QStringLiteral("--out"), out }
        + extra);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(out)); // no report without what was asked for
}

QTEST_GUILESS_MAIN(TestCliAdvisories)
#include "TestCliAdvisories.moc"
