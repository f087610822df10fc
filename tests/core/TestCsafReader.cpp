// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/CsafReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/** Reading CSAF 2.0: the product tree flattened, and the structural checks with their places. */
class TestCsafReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensTheProductTree();
    void readsRelationshipsAndGroups();
    void reportsBrokenDocuments_data();
    void reportsBrokenDocuments();
    void findsProviderLayout();
    void junkNeverCrashes();
    void deepNestingIsRefused();
};

namespace {

const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");

QString messages(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestCsafReader::flattensTheProductTree()
{
    const CsafReadResult read = readCsafFile(csafDir + QStringLiteral("/provider/2024/exa-2024-0001.json"));
    QVERIFY2(read.document, qPrintable(messages(read.diagnostics)));
    const CsafDocument& doc = *read.document;
    QCOMPARE(doc.trackingId, QStringLiteral("EXA-2024-0001"));
    QCOMPARE(doc.publisherNamespace, QStringLiteral("https://csaf.example.test"));
    QCOMPARE(doc.products.size(), 7);
    const Product* plc = doc.product(QStringLiteral("CSAFPID-0001"));
    QVERIFY(plc);
    QCOMPARE(plc->vendor, QStringLiteral("Siemens"));
    QCOMPARE(plc->name, QStringLiteral("CP-8031 Master Module"));
    QCOMPARE(plc->versionKind, Product::VersionKind::Range);
    QCOMPARE(plc->models, QStringList { QStringLiteral("6MF2803-1AA00") });
    QCOMPARE(plc->range.kind, VersionRange::Kind::Constraints);
    const Product* fixed = doc.product(QStringLiteral("CSAFPID-0007"));
    QCOMPARE(fixed->versionKind, Product::VersionKind::Exact);
    QCOMPARE(fixed->version, QStringLiteral("CPCI85 V05.00"));
    QCOMPARE(doc.product(QStringLiteral("CSAFPID-0005"))->range.kind, VersionRange::Kind::Unknown);
    QCOMPARE(doc.product(QStringLiteral("CSAFPID-0006"))->range.kind, VersionRange::Kind::Unreadable);
    QCOMPARE(doc.vulnerabilities.size(), 2);
    const Vulnerability& v = doc.vulnerabilities.first();
    QCOMPARE(v.cve, QStringLiteral("CVE-2024-90001"));
    QCOMPARE(v.status.value(QStringLiteral("known_affected")).size(), 6);
    QCOMPARE(v.remediations.size(), 3);
    QCOMPARE(v.scores.first().baseScore, 9.8);
    QCOMPARE(v.exploitStatus, QStringLiteral("Exploitation in the wild has been reported"));
    QVERIFY(doc.notes.contains(QStringLiteral("Kans: medium")));
}

void TestCsafReader::readsRelationshipsAndGroups()
{
    const CsafReadResult read = readCsafFile(csafDir + QStringLiteral("/provider/2024/exa-2024-0003.json"));
    QVERIFY2(read.document, qPrintable(messages(read.diagnostics)));
    const Product* relation = read.document->product(QStringLiteral("FW-1-ON-HW-1"));
    QVERIFY(relation);
    QCOMPARE(relation->componentOf, QStringLiteral("FW-1"));
    QCOMPARE(relation->platformId, QStringLiteral("HW-1"));
    QCOMPARE(relation->relationCategory, QStringLiteral("installed_on"));
    // It takes the component's names and version range.
    QCOMPARE(relation->name, QStringLiteral("PLC 1500 CPU firmware"));
    QCOMPARE(relation->versionKind, Product::VersionKind::Range);
    QVERIFY(relation->range.contains(QStringLiteral("V2.9.2")));

    const CsafReadResult groups = readCsafFile(csafDir + QStringLiteral("/provider/2024/exa-2024-0004.json"));
    QVERIFY2(groups.document, qPrintable(messages(groups.diagnostics)));
    const Remediation& workaround = groups.document->vulnerabilities.first().remediations.first();
    QCOMPARE(workaround.productIds, QStringList { QStringLiteral("LP-RANGE") });
    QCOMPARE(groups.document->vulnerabilities.first().label(), QStringLiteral("EXA-BUG-77"));
}

void TestCsafReader::reportsBrokenDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad JSON") << "bad-json.json"
                              << "bad-json.json:6:1: error: not valid JSON: unterminated string";
    QTest::newRow("6.1.1 undefined")
        << "undefined-product.json"
        << "/vulnerabilities/0/product_status/known_affected/1: product id 'T-3' is "
           "used but not defined [CSAF 6.1.1]";
    QTest::newRow("6.1.2 twice")
        << "defined-twice.json"
        << "/product_tree/full_product_names/2/product_id: product id 'T-1' is defined "
           "twice (first at /product_tree/full_product_names/0/product_id) [CSAF 6.1.2]";
    QTest::newRow("6.1.3 circular")
        << "circular.json"
        << "/product_tree/relationships/0: product id 'C-1' is defined in terms of "
           "itself [CSAF 6.1.3]";
    QTest::newRow("6.1.6 contradicting") << "contradicting.json"
                                         << "product 'T-1' is both fixed and affected [CSAF 6.1.6]";
    QTest::newRow("missing fields") << "missing-fields.json"
                                    << "/document/tracking: required field 'id' is missing";
    QTest::newRow("missing publisher") << "missing-fields.json"
                                       << "/document: required field 'publisher' is missing";
    QTest::newRow("CSAF 2.1") << "csaf-2.1.json"
                              << "CSAF version '2.1' is not supported";
}

void TestCsafReader::reportsBrokenDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const CsafReadResult read = readCsafFile(csafDir + QStringLiteral("/broken/") + file);
    QVERIFY(!read.document);
    QVERIFY2(messages(read.diagnostics).contains(expected), qPrintable(messages(read.diagnostics)));
}

void TestCsafReader::findsProviderLayout()
{
    QStringList missing;
    const QStringList files = findCsafFiles(
        { csafDir + QStringLiteral("/provider"), csafDir + QStringLiteral("/nope") }, &missing);
    QCOMPARE(files.size(), 4);
    QVERIFY(files.first().endsWith(QLatin1String("2024/exa-2024-0001.json")));
    QCOMPARE(missing, QStringList { csafDir + QStringLiteral("/nope") });
}

void TestCsafReader::junkNeverCrashes()
{
    QFile file(csafDir + QStringLiteral("/provider/2024/exa-2024-0001.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QRandomGenerator random(16);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes = good;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(bytes.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.remove(at, int(random.bounded(40)));
                break;
            default:
                bytes.insert(at, bytes.mid(int(random.bounded(bytes.size())), 30));
            }
        }
        readCsaf(bytes, QStringLiteral("junk.json"));
    }
    // Wrong types wherever an object, array or string is expected.
    for (const char* text : { "[]", "null", "1", "{\"document\": []}",
             "{\"document\": {\"tracking\": 1, "
             "\"publisher\": []}}",
             "{\"document\": {}, \"product_tree\": {\"branches\": {}}, \"vulnerabilities\": {}}",
             "{\"document\": {}, \"product_tree\": {\"branches\": [1, {\"category\": 2}]}, "
             "\"vulnerabilities\": "
             "[1, {\"product_status\": {\"fixed\": [1]}, \"remediations\": [1], \"scores\": [{\"cvss_v3\": "
             "{\"baseScore\": \"x\"}}]}]}" }) {
        const CsafReadResult read = readCsaf(QByteArray(text), QStringLiteral("types.json"));
        QVERIFY(!read.document);
        QVERIFY(!read.diagnostics.isEmpty());
    }
}

void TestCsafReader::deepNestingIsRefused()
{
    QByteArray deep = "{\"document\": {}, \"product_tree\": {\"branches\": ";
    for (int i = 0; i < 100; ++i)
        deep += "[{\"category\": \"vendor\", \"name\": \"x\", \"branches\": ";
    deep += "[]";
    for (int i = 0; i < 100; ++i)
        deep += "}]";
    deep += "}}";
    const CsafReadResult read = readCsaf(deep, QStringLiteral("deep.json"));
    QVERIFY(!read.document);
    QVERIFY2(messages(read.diagnostics).contains(QLatin1String("nested more than")),
        qPrintable(messages(read.diagnostics)));
    const CsafReadResult brackets = readCsaf(QByteArray(100000, '['), QStringLiteral("brackets.json"));
    QVERIFY(!brackets.document);
}

QTEST_GUILESS_MAIN(TestCsafReader)
#include "TestCsafReader.moc"
