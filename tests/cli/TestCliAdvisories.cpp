// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id;Naam;Leverancier;Product;Versie\r\nnas;NAS;Synology;DiskStation Manager;7.1.1-42962\r\n");
    file.close();
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
    QVERIFY2(r.out.startsWith(QStringLiteral("imported 5 new, 0 newer revision(s), 0 unchanged")),
        qPrintable(r.out));
    r = runCli({ QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"), db,
        csafDir + QStringLiteral("/revisions/2"), csafDir + QStringLiteral("/revisions/1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "imported 0 new, 1 newer revision(s), 0 unchanged, 1 older revision(s) kept out")),
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

QTEST_GUILESS_MAIN(TestCliAdvisories)
#include "TestCliAdvisories.moc"
