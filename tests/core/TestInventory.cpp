// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Inventory.h"
#include "tests/util/Files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/** The inventory file (YAML/JSON) and CSV import/export, with positioned errors for bad input. */
class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheExampleInventory();
    void readsJson();
    void reportsPositionedErrors_data();
    void keepsSystemsThatCannotBeMatchedYet();
    void reportsPositionedErrors();
    void savesAndReadsBack();
    void csvRoundTrip();
    void readsDutchExcelCsv();
    void reportsCsvErrors_data();
    void reportsCsvErrors();
    void reportsCsvErrorsInTheLanguageAsked();
};

void TestInventory::readsTheExampleInventory()
{
    const InventoryLoadResult result
        = loadInventoryFile(QStringLiteral(TEST_DATA_DIR "/csaf/inventory.yaml"));
    QVERIFY2(result.inventory, qPrintable(result.diagnostics.value(0).toString()));
    QCOMPARE(result.inventory->assets.size(), 15);
    const Asset* plc = result.inventory->find(QStringLiteral("plc-hal2"));
    QVERIFY(plc);
    QCOMPARE(plc->name, QStringLiteral("Besturing hal 2"));
    QCOMPARE(plc->kind, QStringLiteral("machine"));
    QCOMPARE(plc->model, QStringLiteral("6MF2803-1AA00"));
    QCOMPARE(plc->version, QStringLiteral("CPCI85 V04.90"));
    QCOMPARE(result.inventory->find(QStringLiteral("laptop"))->displayName(),
        QStringLiteral("Dell Latitude 5440"));
}

void TestInventory::readsJson()
{
    const QByteArray json
        = R"({"assets": [{"id": "fw", "vendor": "Example", "product": "Firewall", "version": "1.2"}]})";
    const InventoryLoadResult result = parseInventory(json, QStringLiteral("inventory.json"));
    QVERIFY(result.inventory);
    QCOMPARE(result.inventory->assets.first().product, QStringLiteral("Firewall"));
}

void TestInventory::reportsPositionedErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "inv.yaml:1:1: error: file is empty";
    QTest::newRow("not yaml") << QByteArray("assets: [\n") << "inv.yaml:2:";
    QTest::newRow("unknown key") << QByteArray("assets:\n  - id: a\n    product: X\n    colour: red\n")
                                 << "inv.yaml:4:5: error:";
    QTest::newRow("duplicate id") << QByteArray(
        "assets:\n  - id: a\n    product: X\n  - id: a\n    product: Y\n")
                                  << "inv.yaml:4:5: error: asset id 'a' is used twice (first on line 2)";
    QTest::newRow("bad kind") << QByteArray("assets:\n  - id: a\n    product: X\n    kind: toaster\n")
                              << "inv.yaml:2:5: error: asset 'a': kind 'toaster'";
    QTest::newRow("bad cpe") << QByteArray("assets:\n  - id: a\n    cpe: cpe:2.3:a:short\n")
                             << "inv.yaml:2:5: error: asset 'a': 'cpe:2.3:a:short' is not a CPE";
    QTest::newRow("missing id") << QByteArray("assets:\n  - product: X\n") << "inv.yaml:2:5: error:";
    QTest::newRow("bad id") << QByteArray("assets:\n  - id: \"../etc\"\n    product: X\n")
                            << "is not a valid asset id";
    QTest::newRow("latin-1") << QByteArray("assets:\n  - id: a\n    product: Caf\xE9\n") << "not valid UTF-8";
}

void TestInventory::keepsSystemsThatCannotBeMatchedYet()
{
    // A system just added has an id and a kind, no product yet: the list still reads back, and
    // says what that system lacks.
    const InventoryLoadResult result = parseInventory(
        "assets:\n  - id: a\n    kind: device\n    name: Iets\n", QStringLiteral("inv.yaml"));
    QVERIFY(result.inventory);
    QCOMPARE(result.inventory->assets.size(), 1);
    QCOMPARE(testutil::diagnosticsText(result.diagnostics),
        QStringLiteral(
            "inv.yaml:2:5: warning: asset 'a' cannot be matched: give a product, model, cpe or purl"));
}

void TestInventory::reportsPositionedErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const InventoryLoadResult result = parseInventory(yaml, QStringLiteral("inv.yaml"));
    QVERIFY(!result.inventory);
    const QString messages = testutil::diagnosticsText(result.diagnostics);
    QVERIFY2(messages.contains(expected), qPrintable(messages));
}

void TestInventory::savesAndReadsBack()
{
    const InventoryLoadResult loaded
        = loadInventoryFile(QStringLiteral(TEST_DATA_DIR "/csaf/inventory.yaml"));
    QVERIFY(loaded.inventory);
    Inventory inventory = *loaded.inventory;
    inventory.assets[0].notes = QStringLiteral("Line one\nline two: \"quoted\" # not a comment");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.yaml"));
    QString error;
    QVERIFY2(saveInventoryFile(inventory, path, &error), qPrintable(error));
    const InventoryLoadResult again = loadInventoryFile(path);
    QVERIFY2(again.inventory, qPrintable(again.diagnostics.value(0).toString()));
    QCOMPARE(again.inventory->assets.size(), inventory.assets.size());
    for (qsizetype i = 0; i < inventory.assets.size(); ++i) {
        QCOMPARE(inventoryToCsv({ { again.inventory->assets.at(i) } }),
            inventoryToCsv({ { inventory.assets.at(i) } }));
    }
}

void TestInventory::csvRoundTrip()
{
    const InventoryLoadResult loaded
        = loadInventoryFile(QStringLiteral(TEST_DATA_DIR "/csaf/inventory.yaml"));
    QVERIFY(loaded.inventory);
    Inventory inventory = *loaded.inventory;
    inventory.assets[1].notes = QStringLiteral("=HYPERLINK(\"x\"), with \"quotes\"; and\na newline");
    const QByteArray csv = inventoryToCsv(inventory);
    QVERIFY(csv.contains("\"'=HYPERLINK"));
    const InventoryLoadResult again = parseInventoryCsv(csv, QStringLiteral("inv.csv"));
    QVERIFY2(again.inventory, qPrintable(again.diagnostics.value(0).toString()));
    QCOMPARE(inventoryToCsv(*again.inventory), csv);
    QCOMPARE(again.inventory->assets.at(1).notes, inventory.assets.at(1).notes);
}

void TestInventory::readsDutchExcelCsv()
{
    const QByteArray csv
        = "\xEF\xBB\xBFid;Naam;Soort;Leverancier;Product;Versie;Modelnummer\r\n"
          "plc;Besturing;Machine;Siemens;CP-8031 Master Module;CPCI85 V04.90;6MF2803-1AA00\r\n"
          ";;;;;;\r\n"
          "nas;\"NAS; kantoor\";Apparaat;Synology;DiskStation Manager;7.1.1;\r\n";
    const InventoryLoadResult result = parseInventoryCsv(csv, QStringLiteral("systemen.csv"));
    QVERIFY2(result.inventory, qPrintable(result.diagnostics.value(0).toString()));
    QCOMPARE(result.inventory->assets.size(), 2);
    QCOMPARE(result.inventory->assets.at(0).kind, QStringLiteral("machine"));
    QCOMPARE(result.inventory->assets.at(0).model, QStringLiteral("6MF2803-1AA00"));
    // A kind typed in Dutch is the list's own word.
    QCOMPARE(result.inventory->assets.at(1).kind, QStringLiteral("device"));
    QCOMPARE(result.inventory->assets.at(1).name, QStringLiteral("NAS; kantoor"));
}

void TestInventory::reportsCsvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "x.csv:1:1: error: file is empty";
    QTest::newRow("unknown column") << QByteArray("id,product,colour\na,X,red\n")
                                    << "x.csv:1:12: error: unknown column 'colour'";
    QTest::newRow("no id column") << QByteArray("name,product\na,X\n")
                                  << "x.csv:1:1: error: the header row has no 'id'";
    QTest::newRow("unclosed quote") << QByteArray("id,product\na,\"X\nb,Y\n")
                                    << "x.csv:2:3: error: this quote is never closed";
    QTest::newRow("too many fields") << QByteArray("id,product\na,X,extra\n")
                                     << "x.csv:2:5: error: this row has 3 fields";
    QTest::newRow("duplicate id") << QByteArray("id,product\na,X\na,Y\n")
                                  << "x.csv:3:1: error: asset id 'a' is used twice";
    QTest::newRow("binary") << QByteArray("id,product\n\0\1\2", 14) << "binary";
}

void TestInventory::reportsCsvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const InventoryLoadResult result = parseInventoryCsv(csv, QStringLiteral("x.csv"));
    QVERIFY(!result.inventory);
    const QString messages = testutil::diagnosticsText(result.diagnostics);
    QVERIFY2(messages.contains(expected), qPrintable(messages));
}

void TestInventory::reportsCsvErrorsInTheLanguageAsked()
{
    // The app imports a user's spreadsheet and says why not in its own language; English is the default.
    const QByteArray csv("id;soort;product\npc;laptop;Windows\n");
    const InventoryLoadResult dutch = parseInventoryCsv(csv, QStringLiteral("x.csv"), Language::dutch());
    QVERIFY(!dutch.inventory);
    QCOMPARE(dutch.diagnostics.size(), 1);
    QCOMPARE(dutch.diagnostics.first().line, 2);
    QVERIFY2(dutch.diagnostics.first().message.startsWith(
                 QStringLiteral("systeem 'pc': soort 'laptop' is niet een van")),
        qPrintable(dutch.diagnostics.first().message));
    const InventoryLoadResult english = parseInventoryCsv(csv, QStringLiteral("x.csv"));
    QVERIFY(english.diagnostics.first().message.startsWith(QStringLiteral("asset 'pc': kind 'laptop'")));
    QVERIFY(!loadInventoryCsvFile(QStringLiteral("/nonexistent/systemen.csv"), Language::dutch()).inventory);
    QCOMPARE(loadInventoryCsvFile(QStringLiteral("/nonexistent/systemen.csv"), Language::dutch())
                 .diagnostics.first()
                 .message,
        QStringLiteral("het bestand bestaat niet"));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "TestInventory.moc"
