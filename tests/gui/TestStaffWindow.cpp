// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppStyle.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/staff/AggregateChartView.h"
#include "app/gui/staff/AggregateTableModel.h"
#include "app/gui/staff/StaffImportPanel.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/assessment/Profile.h"
#include "core/share/Share.h"
#include "core/share/ShareStore.h"
#include "tests/util/Files.h"
#include "tests/util/SettingsSandbox.h"
#include "tests/util/ShareFixtures.h"
#include "tests/util/WidgetChecks.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace zelfscan;

/**
 * Drives the real staff window headless: imports share files through the worker thread, then
 * reads what the table, the charts and the export show. Set ZELFSCAN_SCREENSHOT_DIR to keep
 * pictures of the window.
 */
class TestStaffWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsCountsAndSuppressesSmallGroups();
    void listsEveryProblem();
    void countsDuplicatesOnce();
    void minGroupAppliesToTableAndExport();
    void keepsVersionsApart();
    void cancelLeavesTheStoreUnchanged();
    void closingDuringImportCancels();
    void refusesForeignDatabase();
    void everyControlHasAName();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("staff/shares.sqlite")); }
    QString writeLines(const QString& name, const QList<Share>& shares) const;
    QString writeShare(const QString& name, const Share& share) const;
    void makeWindow();
    void waitForAggregates();
    void importAndWait(const QStringList& paths, ImportReport* report);
    qint64 storedResults() const;
    /** The path of a JSON Lines file big enough that an import is still running when it is cancelled. */
    QString bigFile();
    void screenshot(const QString& name);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StaffWindow> m_window;
    QString m_bigFile;
};

using testutil::hashA;
using testutil::hashB;
using testutil::makeShare;

static QList<Share> makeShares(const QString& sector, const QString& size, int count)
{
    QList<Share> shares;
    for (int i = 0; i < count; ++i)
        shares << makeShare(sector, size, 400 + 10 * i, 600 - 7 * i, { QStringLiteral("p1_backup") });
    return shares;
}

QString TestStaffWindow::writeLines(const QString& name, const QList<Share>& shares) const
{
    return testutil::writeShareLines(m_dir->filePath(name), shares);
}

QString TestStaffWindow::writeShare(const QString& name, const Share& share) const
{
    const QString path = m_dir->filePath(name);
    QString error;
    if (!writeShareFile(share, path, &error))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

void TestStaffWindow::initTestCase()
{
    testutil::sandboxSettings(m_home.path(), QStringLiteral("zelfscan-staff-test"));
}

void TestStaffWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeWindow();
}

void TestStaffWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestStaffWindow::makeWindow()
{
    m_window = std::make_unique<StaffWindow>(database());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitForAggregates();
}

void TestStaffWindow::waitForAggregates()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAggregating(), 60000);
    QVERIFY(m_window->report().has_value());
}

void TestStaffWindow::importAndWait(const QStringList& paths, ImportReport* report)
{
    QSignalSpy finished(m_window.get(), &StaffWindow::importFinished);
    QVERIFY(m_window->importPaths(paths));
    QVERIFY(m_window->isImporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    *report = finished.first().first().value<ImportReport>();
    QVERIFY(!m_window->isImporting());
    waitForAggregates();
}

qint64 TestStaffWindow::storedResults() const
{
    ShareStore store(database());
    QString error;
    if (!store.open(&error))
        return -1;
    return store.resultCount(&error);
}

QString TestStaffWindow::bigFile()
{
    if (!m_bigFile.isEmpty())
        return m_bigFile;
    static QTemporaryDir bigDir;
    m_bigFile = bigDir.filePath(QStringLiteral("big.jsonl"));
    QFile file(m_bigFile);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(m_bigFile));
    Share share = makeShare(QStringLiteral("onderwijs"), QStringLiteral("2-9"), 500, 500);
    QByteArray buffer;
    for (int i = 0; i < 200000; ++i) {
        share.sectionScores[QStringLiteral("basics")] = (i % 1001) / 10.0;
        share.shareId = QUuid::createUuid();
        buffer += serializeShareLine(share) + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return m_bigFile;
}

void TestStaffWindow::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR");
    if (dir.isEmpty() || !m_window)
        return;
    QTest::qWait(200); // let the charts' scenes catch up before the picture
    QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

static QString cell(const AggregateTableModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

static bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

static void selectRow(StaffWindow* window, int row)
{
    window->tableView()->selectionModel()->setCurrentIndex(
        window->tableModel()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

/** The bars as read from the top (horizontal bars) or from the left, with their category names. */
static QList<double> chartValues(QChartView* view, QStringList* categories)
{
    QList<double> values;
    bool horizontal = false;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            horizontal = qobject_cast<QHorizontalBarSeries*>(series) != nullptr;
            for (QBarSet* set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
            }
        }
    }
    for (QAbstractAxis* axis : view->chart()->axes(horizontal ? Qt::Vertical : Qt::Horizontal)) {
        if (auto* categoryAxis = qobject_cast<QBarCategoryAxis*>(axis))
            *categories = categoryAxis->categories();
    }
    if (horizontal) {
        std::reverse(values.begin(), values.end());
        std::reverse(categories->begin(), categories->end());
    }
    return values;
}

void TestStaffWindow::showsCountsAndSuppressesSmallGroups()
{
    // Two of "zorg, 10-49" is below k; the cells around it close a rectangle, so the totals stay shown.
    QList<Share> shares = makeShares(QStringLiteral("ict"), QStringLiteral("1"), 10)
        + makeShares(QStringLiteral("ict"), QStringLiteral("10-49"), 10)
        + makeShares(QStringLiteral("zorg"), QStringLiteral("1"), 10)
        + makeShares(QStringLiteral("handel"), QStringLiteral("2-9"), 10);
    QDir(m_dir->path()).mkpath(QStringLiteral("inbox/sub"));
    writeLines(QStringLiteral("inbox/batch.jsonl"), shares);
    writeShare(QStringLiteral("inbox/sub/a.zelfshare"),
        makeShare(QStringLiteral("zorg"), QStringLiteral("10-49"), 100, 200));
    writeShare(QStringLiteral("inbox/sub/b.zelfshare"),
        makeShare(QStringLiteral("zorg"), QStringLiteral("10-49"), 150, 250));

    ImportReport report;
    importAndWait({ m_dir->filePath(QStringLiteral("inbox")) }, &report);
    QVERIFY(report.ok());
    QCOMPARE(report.imported, 42);
    QCOMPARE(report.files, 3);
    QVERIFY2(m_window->importPanel()->summaryLabel()->text().contains(QStringLiteral("42 imported")),
        qPrintable(m_window->importPanel()->summaryLabel()->text()));
    QVERIFY(m_window->privacyNotice()->text().contains(QStringLiteral("k = 5")));

    const AggregateTableModel* model = m_window->tableModel();
    QVERIFY(model->rowCount() > 0);
    const int total = model->rowOf(allGroups(), allGroups());
    QVERIFY(total >= 0);
    QCOMPARE(cell(model, total, AggregateTableModel::CountColumn), QStringLiteral("42"));
    const int handel = model->rowOf(QStringLiteral("handel"), QStringLiteral("2-9"));
    QVERIFY(handel >= 0);
    QCOMPARE(cell(model, handel, AggregateTableModel::CountColumn), QStringLiteral("10"));
    QCOMPARE(cell(model, handel, AggregateTableModel::SectorColumn),
        Profile::sectorLabel(QStringLiteral("handel")).text(Language::english()));
    QCOMPARE(cell(model, handel, AggregateTableModel::SizeColumn),
        Profile::sizeLabel(QStringLiteral("2-9")).text(Language::english()));
    // The overall mean of "handel, 2-9" is what core computed.
    const AggregateGroup* handelGroup
        = m_window->currentVersion()->group(QStringLiteral("handel"), QStringLiteral("2-9"));
    QVERIFY(handelGroup && handelGroup->overall);
    QCOMPARE(cell(model, handel, AggregateTableModel::OverallMeanColumn),
        QLocale().toString(handelGroup->overall->mean, 'f', 1));

    // The small group is listed as suppressed and carries no number in any role of any cell.
    const int small = model->rowOf(QStringLiteral("zorg"), QStringLiteral("10-49"));
    QVERIFY(small >= 0);
    QVERIFY(model->data(model->index(small, 0), AggregateTableModel::SuppressedRole).toBool());
    QCOMPARE(cell(model, small, AggregateTableModel::CountColumn), QStringLiteral("suppressed"));
    int suppressedRows = 0;
    const QRegularExpression digit(QStringLiteral("\\d"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->data(model->index(row, 0), AggregateTableModel::SuppressedRole).toBool())
            continue;
        ++suppressedRows;
        for (int column = AggregateTableModel::CountColumn; column < model->columnCount(); ++column) {
            for (int role = 0; role <= Qt::UserRole + 10; ++role) {
                const QVariant value = model->data(model->index(row, column), role);
                const QString where = QStringLiteral("row %1 column %2 role %3: %4")
                                          .arg(row)
                                          .arg(column)
                                          .arg(role)
                                          .arg(value.toString());
                // Fonts and colours are not data; a number may only be the text alignment.
                if (value.typeId() == QMetaType::QString)
                    QVERIFY2(!value.toString().contains(digit), qPrintable(where));
                else if (isNumber(value))
                    QVERIFY2(role == Qt::TextAlignmentRole, qPrintable(where));
            }
        }
    }
    QCOMPARE(suppressedRows, m_window->currentVersion()->suppressedGroups);

    // Charts: the total's section means as bars; a suppressed group is not charted.
    QChartView* sections = m_window->charts()->sectionChartView();
    selectRow(m_window.get(), total);
    QStringList categories;
    const QList<double> means = chartValues(sections, &categories);
    const AggregateGroup* all = m_window->currentVersion()->group(allGroups(), allGroups());
    QCOMPARE(categories,
        QStringList({ QStringLiteral("Overall"), QStringLiteral("basics"), QStringLiteral("staff") }));
    QCOMPARE(means,
        QList<double>({ all->overall->mean, all->sections.value(QStringLiteral("basics")).mean,
            all->sections.value(QStringLiteral("staff")).mean }));
    QVERIFY(!m_window->charts()->distributionChartView()->isVisible()); // a scan has no classes
    screenshot(QStringLiteral("staff-en"));

    selectRow(m_window.get(), small);
    QVERIFY(chartValues(sections, &categories).isEmpty());
    QVERIFY(sections->chart()->series().isEmpty());

    // On a dark palette the charts are dark too, with light text: readable, as in the main window.
    const QPalette dark = AppStyle::darkPalette();
    m_window->setPalette(dark);
    selectRow(m_window.get(), total);
    QCOMPARE(sections->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QVERIFY(!sections->chart()->axes().isEmpty());
    for (const QAbstractAxis* axis : sections->chart()->axes())
        QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
    m_window->setPalette(QPalette());

    // The sector and size labels follow the interface language.
    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::dutch());
    QTRY_COMPARE(cell(m_window->tableModel(), handel, AggregateTableModel::SectorColumn),
        Profile::sectorLabel(QStringLiteral("handel")).text(Language::dutch()));
    selectRow(m_window.get(), total);
    screenshot(QStringLiteral("staff-nl"));
    languages.setLanguage(zelfscan::Language::english());
}

void TestStaffWindow::listsEveryProblem()
{
    const QList<Share> shares = makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6);
    const QString lines = writeLines(QStringLiteral("lines.jsonl"), shares);
    QList<QByteArray> content = testutil::readFile(lines).split('\n');
    QVERIFY(content.size() > 3);
    QVERIFY(content[1].contains("\"basics\":41"));
    content[1].replace("\"basics\":41", "\"basics\":91"); // line 2: one score changed
    QVERIFY(testutil::writeFile(lines, content.join('\n')));

    const QString single = writeShare(QStringLiteral("tampered.zelfshare"),
        makeShare(QStringLiteral("zorg"), QStringLiteral("1"), 500, 500));
    QFile shareFile(single);
    QVERIFY(shareFile.open(QIODevice::ReadOnly));
    QByteArray bytes = shareFile.readAll();
    shareFile.close();
    QVERIFY(bytes.contains("\"zorg\""));
    bytes.replace("\"zorg\"", "\"ict\"");
    QVERIFY(shareFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    shareFile.write(bytes);
    shareFile.close();

    ImportReport report;
    importAndWait({ lines, single }, &report);
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.rejected, 2);
    const QListWidget* problems = m_window->importPanel()->problemList();
    QCOMPARE(problems->count(), 2);
    const QString lineProblem = problems->item(0)->text();
    QVERIFY2(lineProblem.contains(QDir::toNativeSeparators(lines))
            && lineProblem.contains(QStringLiteral("line 2"))
            && lineProblem.contains(QStringLiteral("damaged or altered")),
        qPrintable(lineProblem));
    const QString fileProblem = problems->item(1)->text();
    QVERIFY2(fileProblem.contains(QStringLiteral("tampered.zelfshare"))
            && fileProblem.contains(QStringLiteral("damaged or altered")),
        qPrintable(fileProblem));
    QVERIFY(m_window->importPanel()->summaryLabel()->text().contains(QStringLiteral("2 rejected")));
    QCOMPARE(storedResults(), 5);
}

void TestStaffWindow::countsDuplicatesOnce()
{
    const QList<Share> shares = makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6);
    const QString lines = writeLines(QStringLiteral("six.jsonl"), shares);
    // The same share once more in its own file: the first one read counts.
    const QString again = writeShare(QStringLiteral("again.zelfshare"), shares.at(3));
    LanguageManager languages; // English spells out its plurals (translations/zelfscan_en.ts)
    languages.setLanguage(zelfscan::Language::english());

    ImportReport report;
    importAndWait({ lines, again }, &report);
    QCOMPARE(report.imported, 6);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(m_window->importPanel()->summaryLabel()->text(),
        QStringLiteral("Import complete, 2 files read: 6 imported, 1 duplicate counted once, 0 rejected."));

    importAndWait({ lines }, &report);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.duplicates, 6);
    QCOMPARE(m_window->importPanel()->summaryLabel()->text(),
        QStringLiteral("Import complete, 1 file read: 0 imported, 6 duplicates counted once, 0 rejected."));
    languages.setLanguage(zelfscan::Language::dutch());
    importAndWait({ lines }, &report);
    QCOMPARE(m_window->importPanel()->summaryLabel()->text(),
        QStringLiteral("Inlezen klaar, 1 bestand gelezen: 0 ingelezen, 6 dubbele resultaten één keer geteld, "
                       "0 geweigerd."));
    languages.setLanguage(zelfscan::Language::english());
    QCOMPARE(storedResults(), 6);
    const AggregateTableModel* model = m_window->tableModel();
    QCOMPARE(cell(model, model->rowOf(allGroups(), allGroups()), AggregateTableModel::CountColumn),
        QStringLiteral("6"));
}

void TestStaffWindow::minGroupAppliesToTableAndExport()
{
    QCOMPARE(m_window->minGroupBox()->minimum(), smallestMinGroup);
    QCOMPARE(m_window->minGroup(), defaultMinGroup);
    ImportReport report;
    importAndWait({ writeLines(QStringLiteral("six.jsonl"),
                      makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6)) },
        &report);
    const AggregateTableModel* model = m_window->tableModel();
    QCOMPARE(cell(model, model->rowOf(QStringLiteral("ict"), QStringLiteral("1")),
                 AggregateTableModel::CountColumn),
        QStringLiteral("6"));

    const QString csv5 = m_dir->filePath(QStringLiteral("k5.csv"));
    QVERIFY(m_window->exportAggregates(csv5));
    QFile five(csv5);
    QVERIFY(five.open(QIODevice::ReadOnly));
    // Separated as the window's language says; k is in the JSON and the workbook, not in comments.
    QByteArray fiveText = five.readAll();
    QVERIFY(fiveText.startsWith("\xEF\xBB\xBFtool"));
    QVERIFY(!fiveText.contains("\n#"));
    fiveText.replace(';', ',');
    QVERIFY(fiveText.contains(",ict,1,results,,6,"));
    const QString json5 = m_dir->filePath(QStringLiteral("k5.json"));
    QVERIFY(m_window->exportAggregates(json5));
    QFile fiveJson(json5);
    QVERIFY(fiveJson.open(QIODevice::ReadOnly));
    QVERIFY(fiveJson.readAll().contains("\"min_group\": 5"));

    // k = 7 hides the group of six everywhere, and the whole version with it.
    QSignalSpy updated(m_window.get(), &StaffWindow::aggregatesUpdated);
    m_window->minGroupBox()->setFocus();
    QTest::keyClick(m_window->minGroupBox(), Qt::Key_Up);
    QTest::keyClick(m_window->minGroupBox(), Qt::Key_Up);
    QCOMPARE(m_window->minGroup(), 7);
    QTRY_VERIFY(updated.count() >= 1);
    waitForAggregates();
    QCOMPARE(m_window->report()->minGroup, 7);
    QVERIFY(m_window->privacyNotice()->text().contains(QStringLiteral("k = 7")));
    QCOMPARE(m_window->tableModel()->rowCount(), 0);
    QVERIFY(m_window->versionSelector()->currentText().contains(QStringLiteral("suppressed")));

    const QString csv7 = m_dir->filePath(QStringLiteral("k7.csv"));
    QVERIFY(m_window->exportAggregates(csv7));
    QFile seven(csv7);
    QVERIFY(seven.open(QIODevice::ReadOnly));
    const QByteArray sevenText = seven.readAll();
    QVERIFY(sevenText.startsWith("\xEF\xBB\xBFtool"));
    QVERIFY(!sevenText.contains("ict"));

    const QString json = m_dir->filePath(QStringLiteral("k7.json"));
    QVERIFY(m_window->exportAggregates(json));
    QFile sevenJson(json);
    QVERIFY(sevenJson.open(QIODevice::ReadOnly));
    QVERIFY(sevenJson.readAll().contains("\"min_group\": 7"));
    const QString xlsx = m_dir->filePath(QStringLiteral("k7.xlsx"));
    QVERIFY(m_window->exportAggregates(xlsx));
    QFile sevenBook(xlsx);
    QVERIFY(sevenBook.open(QIODevice::ReadOnly));
    QVERIFY(sevenBook.readAll().startsWith("PK")); // its contents: tst_clishare opens one

    // A file the export cannot write is reported, not ignored.
    QVERIFY(!m_window->exportAggregates(m_dir->filePath(QStringLiteral("no/such/folder/out.csv"))));
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("messageBox")));
}

void TestStaffWindow::keepsVersionsApart()
{
    QList<Share> shares = makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6);
    for (int i = 0; i < 8; ++i)
        shares << makeShare(QStringLiteral("handel"), QStringLiteral("2-9"), 700, 800, {}, hashB);
    for (int i = 0; i < 12; ++i)
        shares << makeShare(QStringLiteral("media"), QStringLiteral("1"), 300, 300, {}, hashA,
            QStringLiteral("risk_class"), i < 7 ? 2 : 3);
    LanguageManager languages;
    languages.setLanguage(zelfscan::Language::english());
    ImportReport report;
    importAndWait({ writeLines(QStringLiteral("mixed.jsonl"), shares) }, &report);
    QCOMPARE(report.imported, 26);

    QComboBox* versions = m_window->versionSelector();
    QCOMPARE(versions->count(), 3);
    const AggregateTableModel* model = m_window->tableModel();
    QStringList totals;
    int riskVersion = -1;
    for (int i = 0; i < versions->count(); ++i) {
        versions->setCurrentIndex(i);
        totals << cell(model, model->rowOf(allGroups(), allGroups()), AggregateTableModel::CountColumn);
        if (m_window->currentVersion()->tool == QLatin1String("risk_class"))
            riskVersion = i;
    }
    totals.sort();
    QCOMPARE(totals, QStringList({ QStringLiteral("12"), QStringLiteral("6"), QStringLiteral("8") }));

    // The risk class version charts its class distribution; both classes have at least k results.
    QVERIFY(riskVersion >= 0);
    versions->setCurrentIndex(riskVersion);
    selectRow(m_window.get(), model->rowOf(allGroups(), allGroups()));
    const QString summary = m_window->findChild<QLabel*>(QStringLiteral("versionSummary"))->text();
    QVERIFY2(summary.startsWith(QLatin1String("This version: 12 results; "))
            && summary.endsWith(QLatin1String(" suppressed. Versions are never mixed."))
            && !summary.contains(QLatin1String("(s)")),
        qPrintable(summary));
    QChartView* distribution = m_window->charts()->distributionChartView();
    QVERIFY(distribution->isVisible());
    QStringList categories;
    QCOMPARE(chartValues(distribution, &categories), QList<double>({ 7, 5 }));
    QCOMPARE(categories, QStringList({ QStringLiteral("Class 2"), QStringLiteral("Class 3") }));
    screenshot(QStringLiteral("staff-risk-class"));
}

void TestStaffWindow::cancelLeavesTheStoreUnchanged()
{
    ImportReport report;
    importAndWait({ writeLines(QStringLiteral("six.jsonl"),
                      makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6)) },
        &report);
    const qint64 before = storedResults();
    QCOMPARE(before, 6);

    const QString big = bigFile();
    QSignalSpy finished(m_window.get(), &StaffWindow::importFinished);
    QVERIFY(m_window->importPaths({ big }));
    QPushButton* cancel = m_window->importPanel()->cancelButton();
    QVERIFY(cancel->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("importFilesButton"))->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("importFolderButton"))->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    report = finished.first().first().value<ImportReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported, 0);
    QVERIFY(m_window->importPanel()->summaryLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("importFilesButton"))->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(storedResults(), before);
}

void TestStaffWindow::closingDuringImportCancels()
{
    const qint64 before = storedResults();
    QSignalSpy finished(m_window.get(), &StaffWindow::importFinished);
    QVERIFY(m_window->importPaths({ bigFile() }));
    QVERIFY(m_window->close());
    // Closing waited for the worker: nothing runs any more, and the import was rolled back.
    QVERIFY(!m_window->isImporting());
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<ImportReport>().cancelled);
    QCOMPARE(storedResults(), before);
    m_window.reset();
    QCOMPARE(storedResults(), before);
}

void TestStaffWindow::refusesForeignDatabase()
{
    const QString other = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(testutil::writeFile(other, "these are not shares\n"));
    QVERIFY(!m_window->openDatabase(other));
    QCOMPARE(m_window->databasePath(), database());
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("messageBox")));

    const QString fresh = m_dir->filePath(QStringLiteral("elsewhere/new.sqlite"));
    QVERIFY(m_window->openDatabase(fresh));
    QCOMPARE(m_window->databasePath(), fresh);
    waitForAggregates();
    QVERIFY(m_window->report()->versions.isEmpty());
    // Nothing to export from an empty store: a file of headers only would look like a failure.
    for (const char* name : { "exportCsvButton", "exportXlsxButton", "exportJsonButton" })
        QVERIFY(!m_window->findChild<QPushButton*>(QLatin1String(name))->isEnabled());
}

void TestStaffWindow::everyControlHasAName()
{
    ImportReport report;
    importAndWait({ writeLines(QStringLiteral("six.jsonl"),
                      makeShares(QStringLiteral("ict"), QStringLiteral("1"), 6)) },
        &report);
    int checked = 0;
    const QStringList unnamed = testutil::unnamedControls(m_window.get(), testutil::Controls::All, &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(checked >= 9);
}

QTEST_MAIN(TestStaffWindow)
#include "TestStaffWindow.moc"
