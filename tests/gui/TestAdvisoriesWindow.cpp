// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/advisories/InventoryTableModel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zelfscan::advisories;

/** The vulnerability-alert window driven through its real widgets: systems, import, steps, status. */
class TestAdvisoriesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsEditsAndRemovesSystems();
    void importsCsvAndAdvisoriesAndKeepsAStatus();
    void cancelLeavesTheStoreAsItWas();
    void keepsAnUnreadableListAside();
};

namespace {
const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");
}

void TestAdvisoriesWindow::addsEditsAndRemovesSystems()
{
    QTemporaryDir dir;
    const QString inventory = dir.filePath(QStringLiteral("inventory.yaml"));
    AdvisoriesWindow window(inventory, dir.filePath(QStringLiteral("advisories.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* add = window.findChild<QPushButton*>(QStringLiteral("addAsset"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    InventoryTableModel* model = window.inventoryModel();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->setData(model->index(0, 4), QStringLiteral("DiskStation Manager"), Qt::EditRole));
    // Ids stay valid, kinds stay known.
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("Not an id"), Qt::EditRole));
    QVERIFY(!model->setData(model->index(0, 2), QStringLiteral("toaster"), Qt::EditRole));
    // Every change is saved at once, and the file reads back.
    const InventoryLoadResult saved = loadInventoryFile(inventory);
    QVERIFY(saved.inventory);
    QCOMPARE(saved.inventory->assets.first().product, QStringLiteral("DiskStation Manager"));
    model->removeAssets({ 0 });
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(loadInventoryFile(inventory).inventory->assets.size(), 0);
}

void TestAdvisoriesWindow::importsCsvAndAdvisoriesAndKeepsAStatus()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("systemen.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "id;Naam;Soort;Leverancier;Product;Versie;Modelnummer\r\n"
        "plc-hal2;Besturing hal 2;machine;Siemens;CP-8031 Master Module;CPCI85 V04.90;6MF2803-1AA00\r\n"
        "plc-hal3;Besturing hal 3;machine;Siemens;CP-8031 Master Module;CPCI85 V05.00;6MF2803-1AA00\r\n");
    file.close();
    const QString database = dir.filePath(QStringLiteral("advisories.sqlite"));
    {
        AdvisoriesWindow window(dir.filePath(QStringLiteral("inventory.yaml")), database);
        window.show();
        QVERIFY(window.importCsv(csv));
        QCOMPARE(window.inventoryModel()->rowCount(), 2);
        QSignalSpy finished(&window, &AdvisoriesWindow::importFinished);
        QVERIFY(window.startImport({ csafDir + QStringLiteral("/provider") }));
        QVERIFY(finished.wait(30000));
        // One step: the fixed version raises nothing.
        QCOMPARE(window.steps().size(), 1);
        QTreeWidgetItem* step = window.stepTree()->topLevelItem(0);
        QCOMPARE(step->text(0), QStringLiteral("Werk Besturing hal 2 bij naar CPCI85 V05.00"));
        QCOMPARE(step->text(1), QStringLiteral("plc-hal2"));
        window.stepTree()->setCurrentItem(step->child(0));
        QVERIFY(window.setSelectedStatus(StepStatus::Value::InProgress, QString()));
        QCOMPARE(window.steps().first().status.value, StepStatus::Value::InProgress);
    }
    // Kept across runs.
    AdvisoriesWindow again(dir.filePath(QStringLiteral("inventory.yaml")), database);
    QCOMPARE(again.steps().size(), 1);
    QCOMPARE(again.steps().first().status.value, StepStatus::Value::InProgress);
}

void TestAdvisoriesWindow::cancelLeavesTheStoreAsItWas()
{
    QTemporaryDir dir;
    AdvisoriesWindow window(
        dir.filePath(QStringLiteral("inventory.yaml")), dir.filePath(QStringLiteral("a.sqlite")));
    QSignalSpy finished(&window, &AdvisoriesWindow::importFinished);
    QVERIFY(window.startImport({ csafDir + QStringLiteral("/provider") }));
    window.cancelImport();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<AdvisoryImportReport>();
    // Either it was cancelled and rolled back, or it had already finished: never half an import.
    QVERIFY(report.cancelled || report.added == 4);
}

void TestAdvisoriesWindow::keepsAnUnreadableListAside()
{
    QTemporaryDir dir;
    const QString inventory = dir.filePath(QStringLiteral("inventory.yaml"));
    QFile file(inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("assets:\n  - id: a\n    colour: red\n");
    file.close();
    AdvisoriesWindow window(inventory, dir.filePath(QStringLiteral("a.sqlite")));
    auto* problem = window.findChild<QLabel*>(QStringLiteral("inventoryProblem"));
    QVERIFY(problem && !problem->isHidden());
    window.inventoryModel()->addAsset();
    // The bad file was moved aside, not overwritten.
    const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("inventory.yaml.unreadable-*") });
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("colour: red"));
}

QTEST_MAIN(TestAdvisoriesWindow)
#include "TestAdvisoriesWindow.moc"
