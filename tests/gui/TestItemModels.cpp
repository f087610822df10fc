// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StepListModel.h"
#include "app/gui/advisories/AdvisoryStepModel.h"
#include "app/gui/advisories/InventoryTableModel.h"
#include "app/gui/staff/AggregateTableModel.h"
#include "core/advisories/CsafReader.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/ShareImporter.h"
#include "tests/util/ExampleAnswers.h"
#include "tests/util/ShareFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/**
 * Every item model of the app under QAbstractItemModelTester, filled with realistic data and
 * then changed the way its view changes it: the tester checks each signal, index and role.
 */
class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepListModel();
    void aggregateTableModel();
    void inventoryTableModel();
    void advisoryStepModel();

private:
    QuestionnaireCatalog m_catalog;
};

void TestItemModels::initTestCase()
{
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
}

void TestItemModels::stepListModel()
{
    StepListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AssessmentResult result = assess(*m_catalog.find(QStringLiteral("basisscan")),
        testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-zzp.yaml")));
    QVERIFY(result.steps.size() > StepListModel::firstCount);
    model.setSteps(result.steps, { result.steps.at(1).id }, zelfscan::Language::dutch());
    QCOMPARE(model.rowCount(), StepListModel::firstCount);
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(0).data(StepListModel::StepIdRole).toString(), result.steps.first().id);
    model.setShowAll(true);
    QCOMPARE(model.rowCount(), int(result.steps.size()));
    // Checking a step off, as the view does.
    QSignalSpy toggled(&model, &StepListModel::doneToggled);
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(0).toString(), result.steps.first().id);
    model.setShowAll(false);
    QCOMPARE(model.rowCount(), StepListModel::firstCount);
    model.setSteps(result.steps.mid(0, 2), {}, zelfscan::Language::english());
    QCOMPARE(model.rowCount(), 2);
    model.setShowAll(true);
    model.setSteps({}, {}, zelfscan::Language::english());
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::aggregateTableModel()
{
    // Groups big enough to show, one small enough to be suppressed, and two sections.
    QTemporaryDir dir;
    QList<Share> shares;
    for (int i = 0; i < 12; ++i) {
        shares << testutil::makeShare(QStringLiteral("handel"), QStringLiteral("10-49"), 300 + 40 * i,
            500 + 10 * i, { QStringLiteral("mfa"), QStringLiteral("backup") });
        shares << testutil::makeShare(QStringLiteral("zorg"), QStringLiteral("2-9"), 600 - 20 * i,
            i % 3 ? std::optional<int>(400) : std::nullopt, { QStringLiteral("mfa") });
    }
    shares << testutil::makeShare(QStringLiteral("ict"), QStringLiteral("1"), 900, 900);
    const QString database = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(
        importShares(database, { testutil::writeShareLines(dir.filePath(QStringLiteral("s.jsonl")), shares) })
            .ok());
    QString error;
    const std::optional<AggregateReport> report = aggregateStore(database, {}, &error);
    QVERIFY2(report, qPrintable(error));

    AggregateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersion(report->versions.first());
    QVERIFY(model.rowCount() > 2);
    QVERIFY(model.rowOf(QStringLiteral("handel"), QStringLiteral("10-49")) >= 0);
    QVERIFY(model.columnCount() > AggregateTableModel::FirstSectionColumn);
    model.setTitles({ { QStringLiteral("basics"), QStringLiteral("Basis op orde") } },
        { { QStringLiteral("mfa"), QStringLiteral("Zet tweestapsverificatie aan") } });
    const QString header
        = model.headerData(AggregateTableModel::FirstSectionColumn, Qt::Horizontal).toString();
    QVERIFY2(header.contains(QStringLiteral("Basis op orde")), qPrintable(header));
    model.retranslate();
    model.setVersion(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
    model.setVersion(report->versions.first());
}

void TestItemModels::inventoryTableModel()
{
    const InventoryLoadResult loaded
        = loadInventoryFile(QStringLiteral(TEST_DATA_DIR "/csaf/inventory.yaml"));
    QVERIFY(loaded.inventory);
    InventoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInventory(*loaded.inventory);
    QCOMPARE(model.rowCount(), int(loaded.inventory->assets.size()));
    QCOMPARE(model.columnCount(), int(assetFields().size()));
    QSignalSpy edited(&model, &InventoryTableModel::edited);
    const int row = model.addAsset();
    QCOMPARE(row, int(loaded.inventory->assets.size()));
    QVERIFY(model.setData(model.index(row, 1), QStringLiteral("Kassa winkel"), Qt::EditRole));
    // An id that is taken, or not an id at all, is refused and changes nothing.
    QVERIFY(!model.setData(model.index(row, 0), loaded.inventory->assets.first().id, Qt::EditRole));
    QVERIFY(!model.setData(model.index(row, 0), QStringLiteral("Geen Id!"), Qt::EditRole));
    QVERIFY(model.setData(model.index(row, 0), QStringLiteral("kassa-1"), Qt::EditRole));
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("kassa-1"));
    model.removeAssets({ 0, row, 0 });
    QCOMPARE(model.rowCount(), int(loaded.inventory->assets.size()) - 1);
    QVERIFY(edited.count() >= 3);
    model.setInventory({});
    QCOMPARE(model.rowCount(), 0);
    model.addAsset();
}

void TestItemModels::advisoryStepModel()
{
    // The example provider's advisories against the example inventory: steps and checks by hand.
    const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");
    const InventoryLoadResult loaded = loadInventoryFile(csafDir + QStringLiteral("/inventory.yaml"));
    QVERIFY(loaded.inventory);
    const Matcher matcher(*loaded.inventory);
    MatchResult matched;
    for (const QString& file : findCsafFiles({ csafDir + QStringLiteral("/provider") }, nullptr)) {
        const CsafReadResult read = readCsafFile(file);
        QVERIFY(read.document);
        const MatchResult result = matcher.match(*read.document);
        matched.matches += result.matches;
        matched.checkByHand += result.checkByHand;
    }
    const QList<AdvisoryStep> steps = advisorySteps(matched.matches, *loaded.inventory, {});
    QVERIFY(!steps.isEmpty());

    AdvisoryStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(steps, matched.checkByHand, *loaded.inventory);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount(model.index(0, 0)) > 0);
    const QModelIndex first = model.indexOfStep(0);
    QVERIFY(first.isValid());
    QCOMPARE(model.stepAt(first), 0);
    model.setGrouping(AdvisoryStepModel::Grouping::ByAdvisory);
    QVERIFY(model.rowCount() > 0);
    model.setLanguage(zelfscan::Language::english());
    model.retranslate();
    model.setGrouping(AdvisoryStepModel::Grouping::BySystem);
    model.setContent({}, {}, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "TestItemModels.moc"
