// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LanguageManager.h"
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/advisories/AdvisoryStepModel.h"
#include "app/gui/advisories/InventoryTableModel.h"
#include "tests/util/Files.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace zelfscan::advisories;

/** The vulnerability-alert window driven through its real widgets: systems, import, steps, status. */
class TestAdvisoriesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsEditsAndRemovesSystems();
    void importsCsvAndAdvisoriesAndKeepsAStatus();
    void cancelLeavesTheStoreAsItWas();
    void importSummaryCountsEachPart();
    void keepsAnUnreadableListAside();
    void groupsPerSystemAndPerAdvisory();
    void followsTheInterfaceLanguage();
    void refusedCsvSaysWhyInTheInterfaceLanguage();
    void reportPlanComesFromTheDataFolder();
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
    // The kind is chosen from a list named in the interface language; the file keeps its own word.
    const QModelIndex kind = model->index(0, InventoryTableModel::KindColumn);
    QCOMPARE(kind.data(Qt::DisplayRole).toString(), QStringLiteral("Device"));
    QCOMPARE(kind.data(Qt::EditRole).toString(), QStringLiteral("device"));
    auto* table = window.findChild<QTableView*>();
    QVERIFY(table);
    table->setCurrentIndex(kind);
    table->edit(kind);
    auto* kindEditor = table->findChild<QComboBox*>(QStringLiteral("kindEditor"));
    QVERIFY(kindEditor);
    QCOMPARE(kindEditor->count(), 4);
    QCOMPARE(kindEditor->currentData().toString(), QStringLiteral("device"));
    kindEditor->setCurrentIndex(kindEditor->findData(QStringLiteral("cloud")));
    QCOMPARE(kindEditor->currentText(), QStringLiteral("Cloud service"));
    QTest::keyClick(kindEditor, Qt::Key_Return);
    QTRY_COMPARE(kind.data(Qt::EditRole).toString(), QStringLiteral("cloud"));
    QCOMPARE(loadInventoryFile(inventory).inventory->assets.first().kind, QStringLiteral("cloud"));
    // Every change is saved at once, and the file reads back.
    const InventoryLoadResult saved = loadInventoryFile(inventory);
    QVERIFY(saved.inventory);
    QCOMPARE(saved.inventory->assets.first().product, QStringLiteral("DiskStation Manager"));
    auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeAsset"));
    auto* exportCsv = window.findChild<QPushButton*>(QStringLiteral("exportCsv"));
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    QVERIFY(exportCsv->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(loadInventoryFile(inventory).inventory->assets.size(), 0);
    // Nothing chosen, nothing listed: nothing to remove or export.
    QVERIFY(!remove->isEnabled());
    QVERIFY(!exportCsv->isEnabled());

    // A system added and left without a product is kept: the window made again reads it back
    // instead of moving the list aside as unreadable.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Kassa"), Qt::EditRole));
    AdvisoriesWindow again(inventory, dir.filePath(QStringLiteral("advisories.sqlite")));
    QCOMPARE(again.inventoryModel()->rowCount(), 1);
    QCOMPARE(again.inventoryModel()->index(0, 1).data().toString(), QStringLiteral("Kassa"));
    QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.unreadable-*") }).isEmpty());
}

void TestAdvisoriesWindow::importsCsvAndAdvisoriesAndKeepsAStatus()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("systemen.csv"));
    QVERIFY(testutil::writeFile(csv,
        "id;Naam;Soort;Leverancier;Product;Versie;Modelnummer\r\n"
        "plc-hal2;Besturing hal 2;machine;Siemens;CP-8031 Master Module;CPCI85 V04.90;6MF2803-1AA00\r\n"
        "plc-hal3;Besturing hal 3;machine;Siemens;CP-8031 Master Module;CPCI85 V05.00;6MF2803-1AA00\r\n"));
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
        AdvisoryStepModel* model = window.stepModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex system = model->index(0, 0);
        QCOMPARE(system.data().toString(), QStringLiteral("Besturing hal 2"));
        const QModelIndex step = model->index(0, 0, system);
        QCOMPARE(step.data().toString(), QStringLiteral("Werk Besturing hal 2 bij naar CPCI85 V05.00"));
        QCOMPARE(step.siblingAtColumn(AdvisoryStepModel::OtherColumn).data().toString(),
            QStringLiteral("EXA-2024-0001"));
        // Through the widgets: select the step, choose "not relevant" with a reason, apply.
        window.stepView()->setCurrentIndex(step);
        auto* details = window.findChild<QLabel*>(QStringLiteral("stepDetails"));
        QVERIFY(details->text().contains(QStringLiteral("CVE-2024-90001")));
        auto* status = window.findChild<QComboBox*>(QStringLiteral("stepStatus"));
        status->setCurrentIndex(status->findData(int(StepStatus::Value::NotRelevant)));
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("statusReason")),
            QStringLiteral("Staat los van het netwerk"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("setStatus")), Qt::LeftButton);
        QCOMPARE(window.steps().first().status.value, StepStatus::Value::NotRelevant);
        QCOMPARE(window.stepView()
                     ->currentIndex()
                     .siblingAtColumn(AdvisoryStepModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("Not relevant"));
        QVERIFY(details->text().contains(QStringLiteral("Staat los van het netwerk")));
        // The controls show the chosen step's own status, not what was last picked.
        auto* reason = window.findChild<QLineEdit*>(QStringLiteral("statusReason"));
        QCOMPARE(status->currentData().toInt(), int(StepStatus::Value::NotRelevant));
        QCOMPARE(reason->text(), QStringLiteral("Staat los van het netwerk"));
        QVERIFY(reason->isEnabled());
        status->setCurrentIndex(status->findData(int(StepStatus::Value::Done)));
        QVERIFY(!reason->isEnabled()); // a reason is only asked for "not relevant"
        window.stepView()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QVERIFY(window.setSelectedStatus(StepStatus::Value::InProgress, QString()));
        QCOMPARE(window.steps().first().status.value, StepStatus::Value::InProgress);
        // A group row is not a step: nothing to set.
        window.stepView()->setCurrentIndex(model->index(0, 0));
        QVERIFY(!window.setSelectedStatus(StepStatus::Value::Done, QString()));
        QVERIFY(!status->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("setStatus"))->isEnabled());
        QVERIFY(reason->text().isEmpty());
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
    // No systems yet: the summary says what to do rather than counting zeros.
    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::english());
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("advisorySummary"))
                    ->text()
                    .contains(QStringLiteral("Put your systems on the list under \"My systems\"")));
}

void TestAdvisoriesWindow::keepsAnUnreadableListAside()
{
    QTemporaryDir dir;
    const QString inventory = dir.filePath(QStringLiteral("inventory.yaml"));
    QVERIFY(testutil::writeFile(inventory, "assets:\n  - id: a\n    colour: red\n"));
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

namespace {

/** The alerts window over the test inventory with the provider folder imported. */
std::unique_ptr<AdvisoriesWindow> importedWindow(const QTemporaryDir& dir)
{
    QFile::copy(csafDir + QStringLiteral("/inventory.yaml"), dir.filePath(QStringLiteral("inventory.yaml")));
    auto window = std::make_unique<AdvisoriesWindow>(
        dir.filePath(QStringLiteral("inventory.yaml")), dir.filePath(QStringLiteral("a.sqlite")));
    QSignalSpy finished(window.get(), &AdvisoriesWindow::importFinished);
    if (!window->startImport({ csafDir + QStringLiteral("/provider") }) || !finished.wait(30000))
        return nullptr;
    return window;
}

/** A picture of @p window for the docs and reviews, when ZELFSCAN_SCREENSHOT_DIR is set. */
void screenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QStringList childTexts(const QAbstractItemModel* model, const QModelIndex& parent, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, column, parent).data().toString();
    return texts;
}

} // namespace

void TestAdvisoriesWindow::groupsPerSystemAndPerAdvisory()
{
    QTemporaryDir dir;
    const std::unique_ptr<AdvisoriesWindow> window = importedWindow(dir);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    AdvisoryStepModel* model = window->stepModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window->steps().size() >= 3);
    QCOMPARE(model->headerData(AdvisoryStepModel::OtherColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Advisory"));
    auto* tabs = window->findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    screenshot(window.get(), QStringLiteral("advisories-per-system"));

    // Per advisory: EXA-2024-0001 and the systems it concerns, each with its own step.
    auto* grouping = window->findChild<QComboBox*>(QStringLiteral("grouping"));
    QVERIFY(grouping);
    grouping->setCurrentIndex(1);
    QCOMPARE(model->grouping(), AdvisoryStepModel::Grouping::ByAdvisory);
    QCOMPARE(model->headerData(AdvisoryStepModel::OtherColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("System"));
    QModelIndex advisory;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(QLatin1String("EXA-2024-0001: ")))
            advisory = model->index(row, 0);
    }
    QVERIFY(advisory.isValid());
    const QStringList systems = childTexts(model, advisory, AdvisoryStepModel::OtherColumn);
    QVERIFY2(systems.contains(QStringLiteral("Besturing hal 2")), qPrintable(systems.join(u',')));
    QVERIFY(!systems.contains(QStringLiteral("Besturing hal 3"))); // a fixed version
    window->stepView()->setCurrentIndex(model->index(0, 0, advisory));
    screenshot(window.get(), QStringLiteral("advisories-per-advisory"));
    // Every step appears once in either grouping.
    int stepRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int child = 0; child < model->rowCount(model->index(row, 0)); ++child)
            stepRows += model->stepAt(model->index(child, 0, model->index(row, 0))) >= 0;
    }
    QCOMPARE(stepRows, window->steps().size());
    // A status set in this view is the same decision.
    window->stepView()->setCurrentIndex(model->index(0, 0, advisory));
    const int step = model->stepAt(window->stepView()->currentIndex());
    QVERIFY(step >= 0);
    const QString asset = window->steps().at(step).assetId;
    QVERIFY(window->setSelectedStatus(StepStatus::Value::Done, QString()));
    const auto it
        = std::find_if(window->steps().cbegin(), window->steps().cend(), [&](const AdvisoryStep& s) {
              return s.assetId == asset && s.advisoryId == QLatin1String("EXA-2024-0001");
          });
    QVERIFY(it != window->steps().cend());
    QCOMPARE(it->status.value, StepStatus::Value::Done);
    grouping->setCurrentIndex(0);
    QCOMPARE(model->grouping(), AdvisoryStepModel::Grouping::BySystem);
}

void TestAdvisoriesWindow::importSummaryCountsEachPart()
{
    using zelfscan::Diagnostic;
    AdvisoryImportReport report;
    report.added = 1;
    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::english());
    QCOMPARE(AdvisoriesWindow::importSummary(report), QStringLiteral("1 new advisory."));
    report.added = 0;
    report.replaced = 1;
    const Diagnostic unreadable { Diagnostic::Severity::Error, QStringLiteral("a.json"), 0, 0,
        QStringLiteral("x") };
    report.rejected = { unreadable, unreadable };
    QCOMPARE(AdvisoriesWindow::importSummary(report),
        QStringLiteral("0 new advisories, 1 newer revision, 1 file could not be read (a.json)."));
    report.added = 3;
    report.replaced = 2;
    report.rejected.append(
        { Diagnostic::Severity::Error, QStringLiteral("b.json"), 0, 0, QStringLiteral("x") });
    QCOMPARE(AdvisoriesWindow::importSummary(report),
        QStringLiteral("3 new advisories, 2 newer revisions, 2 files could not be read (a.json, b.json)."));

    languages.setLanguage(zelfscan::Language::dutch());
    QCOMPARE(AdvisoriesWindow::importSummary(report),
        QStringLiteral("3 nieuwe adviezen, 2 nieuwere versies, 2 bestanden niet te lezen (a.json, b.json)."));
    // Named by file name, at most three of them.
    for (const char* name : { "/map/c.json", "/map/d.json" })
        report.rejected.append(
            { Diagnostic::Severity::Error, QString::fromLatin1(name), 0, 0, QStringLiteral("x") });
    QCOMPARE(AdvisoriesWindow::importSummary(report),
        QStringLiteral(
            "3 nieuwe adviezen, 2 nieuwere versies, 4 bestanden niet te lezen (a.json, b.json, c.json "
            "en nog 1)."));
    report.added = 1;
    report.replaced = 1;
    report.rejected.clear();
    QCOMPARE(AdvisoriesWindow::importSummary(report), QStringLiteral("1 nieuw advies, 1 nieuwere versie."));
}

void TestAdvisoriesWindow::followsTheInterfaceLanguage()
{
    QTemporaryDir dir;
    const std::unique_ptr<AdvisoriesWindow> window = importedWindow(dir);
    QVERIFY(window);
    window->setLanguage(zelfscan::Language::english());
    auto* tabs = window->findChild<QTabWidget*>();
    auto* intro = window->findChild<QLabel*>(QStringLiteral("advisoriesIntro"));
    auto* importButton = window->findChild<QPushButton*>(QStringLiteral("importAdvisories"));
    AdvisoryStepModel* model = window->stepModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Vulnerabilities"));
    QVERIFY(intro->text().contains(QStringLiteral("advisories.ncsc.nl")));
    const QModelIndex firstStep = model->index(0, 0, model->index(0, 0));
    QVERIFY(firstStep.data().toString().startsWith(QLatin1String("Update ")));

    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::dutch());
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Kwetsbaarheden"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Mijn systemen"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Waarschuwingen voor kwetsbaarheden"));
    QVERIFY(intro->text().contains(QStringLiteral("advisories.ncsc.nl")));
    QVERIFY(intro->text().contains(QStringLiteral("Zelfscan downloadt nooit")));
    QCOMPARE(importButton->text(), QStringLiteral("&Adviezen importeren…"));
    QCOMPARE(model->headerData(AdvisoryStepModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Status"));
    QCOMPARE(model->headerData(AdvisoryStepModel::OtherColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Advies"));
    // The steps' own texts follow too.
    QVERIFY(model->index(0, 0, model->index(0, 0)).data().toString().startsWith(QLatin1String("Werk ")));
    QCOMPARE(model->index(0, AdvisoryStepModel::StatusColumn, model->index(0, 0)).data().toString(),
        QStringLiteral("Open"));
    window->show();
    tabs->setCurrentIndex(1);
    window->stepView()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    screenshot(window.get(), QStringLiteral("advisories-nl"));

    languages.setLanguage(zelfscan::Language::english());
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Vulnerabilities"));
    QVERIFY(model->index(0, 0, model->index(0, 0)).data().toString().startsWith(QLatin1String("Update ")));
}

void TestAdvisoriesWindow::refusedCsvSaysWhyInTheInterfaceLanguage()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("systemen.csv"));
    QVERIFY(testutil::writeFile(csv,
        "id;Naam;Soort;Product\r\n"
        "nas;Opslag;device;DiskStation Manager\r\n"
        "nas;Tweede opslag;device;DiskStation Manager\r\n"
        "<b>pc</b>;Werkplek;device;Windows\r\n"));
    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::dutch());
    AdvisoriesWindow window(
        dir.filePath(QStringLiteral("inventory.yaml")), dir.filePath(QStringLiteral("a.sqlite")));
    window.setLanguage(zelfscan::Language::dutch());
    window.show();
    QVERIFY(!window.importCsv(csv));
    QCOMPARE(window.inventoryModel()->rowCount(), 0);
    // The box does not block (a test goes on); it names the file once and each problem by its row,
    // as the spreadsheet shows it, in Dutch.
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(text.startsWith(QDir::toNativeSeparators(csv) + QStringLiteral(" kon niet worden geïmporteerd")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rij 3: id 'nas' komt twee keer voor (eerst in rij 2)")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("error")), qPrintable(text));
    // What the file holds is shown as it is, never as markup.
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(text.contains(QStringLiteral("Rij 4: '<b>pc</b>' is geen geldige id")), qPrintable(text));
    box->close();
    languages.setLanguage(zelfscan::Language::english());
}

void TestAdvisoriesWindow::reportPlanComesFromTheDataFolder()
{
    // What the app's report adds: nothing until both the list and the store are there.
    QStandardPaths::setTestModeEnabled(true);
    const QString inventory = AdvisoriesWindow::defaultInventoryPath();
    const QString database = AdvisoriesWindow::defaultDatabasePath();
    QFile::remove(inventory);
    QFile::remove(database);
    QVERIFY(!AdvisoriesWindow::reportPlan());
    QVERIFY(QDir().mkpath(QFileInfo(inventory).absolutePath()));
    QVERIFY(QFile::copy(csafDir + QStringLiteral("/inventory.yaml"), inventory));
    QVERIFY(!AdvisoriesWindow::reportPlan());
    {
        AdvisoriesWindow window(inventory, database);
        QSignalSpy finished(&window, &AdvisoriesWindow::importFinished);
        QVERIFY(window.startImport({ csafDir + QStringLiteral("/provider") }));
        QVERIFY(finished.wait(30000));
    }
    const std::optional<AdvisoryPlan> plan = AdvisoriesWindow::reportPlan();
    QVERIFY(plan);
    QVERIFY(!plan->steps.isEmpty());
    QCOMPARE(plan->advisories, 4);
    QFile::remove(inventory);
    QFile::remove(database);
}

QTEST_MAIN(TestAdvisoriesWindow)
#include "TestAdvisoriesWindow.moc"
