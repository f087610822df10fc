// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AutosaveStore.h"
#include "app/gui/ComparisonDialog.h"
#include "app/gui/DisplayText.h"
#include "app/gui/HistoryDialog.h"
#include "app/gui/IntakePage.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RadarChartWidget.h"
#include "app/gui/ResultPage.h"
#include "app/gui/Session.h"
#include "app/gui/ShareDialog.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/assessment/AssessmentHistory.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Benchmark.h"
#include "tests/util/Files.h"
#include "tests/util/MainWindowFixture.h"
#include "tests/util/SettingsSandbox.h"
#include "tests/util/WidgetChecks.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zelfscan;

/**
 * The result page's ways out: earlier runs with a trend, an anonymous share the user sees before
 * saving, "businesses like yours" beside the scores, and the staff window. Drives the real window.
 */
class TestHistoryAndSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyListsRunsAndDrawsTheTrend();
    void shareShowsItsContentsAndHoldsNothingPersonal();
    void unfinishedAssessmentIsNotShared();
    void resultWithoutFiguresSaysHowToGetThem();
    void resultComparesWithPublishedFigures();
    void demoFiguresAreLabelledEverywhere();
    void staffWindowOpensFromTheMenu();

private:
    void makeWindow(const QuestionnaireCatalog& catalog);
    /** Answers every visible question with the option at @p optionIndex (or the last option). */
    void answerEverything(int optionIndex);
    /** Goes through the intake (trade, 10-49) and every part of the Basisscan to its result page. */
    void reachBasisscanResult();
    /**
     * Writes comparison figures for trade, 10-49 and for everyone, for exactly the bundled
     * Basisscan, as `zelfscan-cli aggregate` would (a fixed file would go stale whenever the
     * questionnaire changes). Means per part: 10, 20, 30, ...
     */
    QString writeFigures(
        const QString& name, bool synthetic, bool hideTrade = false, QString hash = QString());
    QString resultNote() const;
    QTableWidget* sectionTable() const;

    testutil::MainWindowFixture m_gui;
    QuestionnaireCatalog m_bundled;
    QuestionnaireCatalog m_fixtures;
    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryAndSharing::initTestCase()
{
    m_gui.initTestCase(QStringLiteral("zelfscan-test-history"));
    QVERIFY(!hasErrors(m_bundled.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_fixtures.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    // Only the comparison files a test puts in place, never figures installed on this machine.
    qputenv("XDG_DATA_DIRS", m_gui.home.filePath(QStringLiteral("system-data")).toLocal8Bit());
}

void TestHistoryAndSharing::init()
{
    m_gui.init();
}

void TestHistoryAndSharing::cleanup()
{
    m_window.reset();
    m_gui.cleanup();
}

void TestHistoryAndSharing::makeWindow(const QuestionnaireCatalog& catalog)
{
    m_window = m_gui.makeWindow(catalog, QStringLiteral("en"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistoryAndSharing::answerEverything(int optionIndex)
{
    Session& session = m_window->session();
    // Answering can reveal questions, so go round until nothing visible is left open.
    for (int round = 0; round < 5 && session.answeredVisibleQuestionCount() < session.visibleQuestionCount();
         ++round) {
        for (const Section* section : session.visibleSections()) {
            for (const Question& question : section->questions) {
                if (!session.isQuestionVisible(question) || session.answers().answers.contains(question.id))
                    continue;
                QVERIFY2(!question.options.isEmpty(), qPrintable(question.id));
                const int index = std::min(optionIndex, int(question.options.size()) - 1);
                session.setAnswer(question.id, Answer::ofOption(question.options.at(index).id));
            }
        }
    }
    QCOMPARE(session.answeredVisibleQuestionCount(), session.visibleQuestionCount());
}

void TestHistoryAndSharing::historyListsRunsAndDrawsTheTrend()
{
    makeWindow(m_bundled);
    m_window->openTool(QStringLiteral("basisscan"));
    Profile profile;
    profile.sector = QStringLiteral("handel");
    profile.size = QStringLiteral("2-9");
    m_window->session().setProfile(profile);
    answerEverything(2); // mostly "no": a weak first run
    const AssessmentResult firstResult = m_window->session().result();
    const QDateTime firstStart = m_window->session().assessment().answers.created;

    // A year later: the tool again, from scratch, better answers.
    QTest::qWait(5); // runs are named by their start time, to the millisecond
    m_window->session().restart();
    answerEverything(0);
    const AssessmentResult secondResult = m_window->session().result();
    QVERIFY(*secondResult.overall > *firstResult.overall);

    const QList<HistoryEntry> entries = m_window->history().entries(
        QStringLiteral("basisscan"), [this](const QString& id) { return m_bundled.find(id); });
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().assessment.answers.created, firstStart);

    // From the result page's button, as a user would.
    m_window->resultPage()->findChild<QPushButton*>(QStringLiteral("historyButton"))->click();
    auto* dialog = m_window->findChild<HistoryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget* table = dialog->table();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!table->item(0, 0)->text().contains(QStringLiteral("this one")));
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("this one")));
    const QString firstOverall = QLocale().toString(*firstResult.overall, 'f', 0) + QStringLiteral("%");
    QCOMPARE(table->item(0, 3)->text(), firstOverall);

    // One line for the overall score and one per principle, each with a point per run.
    const QList<QAbstractSeries*> series = dialog->chartView()->chart()->series();
    QCOMPARE(series.size(), 1 + 5);
    auto* overall = qobject_cast<QLineSeries*>(series.first());
    QVERIFY(overall);
    QCOMPARE(overall->count(), 2);
    QCOMPARE(overall->at(0).y(), *firstResult.overall);
    QCOMPARE(overall->at(1).y(), *secondResult.overall);
    // Both runs fall on one day: the ticks are days apart and name the day, not the same month
    // five times over.
    const QList<QAbstractAxis*> timeAxes = dialog->chartView()->chart()->axes(Qt::Horizontal);
    QCOMPARE(timeAxes.size(), 1);
    auto* timeAxis = qobject_cast<QDateTimeAxis*>(timeAxes.first());
    QVERIFY(timeAxis);
    QCOMPARE(timeAxis->format(), QStringLiteral("d MMM yyyy"));
    // The percent sign as the table writes it: "72 %" in Dutch.
    QCOMPARE(percentAxisFormat(Language::english()), QStringLiteral("%d%%"));
    QCOMPARE(percentAxisFormat(Language::dutch()), QStringLiteral("%d %%"));
    if (!qEnvironmentVariableIsEmpty("ZELFSCAN_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR") + QStringLiteral("/history.png"));

    // The current run cannot be compared with itself; the earlier one can.
    auto* compare = dialog->findChild<QPushButton*>(QStringLiteral("compareButton"));
    QVERIFY(!compare->isEnabled());
    table->selectRow(0);
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ComparisonDialog*>(QStringLiteral("comparisonDialog")));
}

void TestHistoryAndSharing::shareShowsItsContentsAndHoldsNothingPersonal()
{
    makeWindow(m_fixtures);
    const AssessmentLoadResult planted
        = loadAssessmentFile(QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan"),
            [this](const QString& id) { return m_fixtures.find(id); });
    QVERIFY(planted.ok());
    m_window->session().openAssessment(*planted.assessment);
    QVERIFY(isShareable(m_window->session().result()));

    m_window->shareAnonymously();
    auto* dialog = m_window->findChild<ShareDialog*>(QStringLiteral("shareDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QStringList shown;
    for (int row = 0; row < dialog->contents()->count(); ++row)
        shown.append(dialog->contents()->item(row)->text());
    const QString text = shown.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("ICT")), qPrintable(text));
    QVERIFY2(text.contains(dialog->share().shareId.toString(QUuid::WithoutBraces)), qPrintable(text));
    QVERIFY(!dialog->suggestedFileName().contains(QStringLiteral("Bakkerij")));

    const QString path = m_gui.home.filePath(QStringLiteral("mine.zelfshare"));
    QVERIFY(dialog->saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QString& secret : { QStringLiteral("Bakkerij"), QStringLiteral("Jansen"),
             QStringLiteral("jan.jansen@example.nl"), QStringLiteral("06-12345678"), QStringLiteral("kluis"),
             QStringLiteral("2026-03-14"), QStringLiteral("2026-05-20"), QStringLiteral("09:26") }) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    }
    const ShareReadResult read = readShareFile(path);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(*read.share, dialog->share());
    // The tick on an id that is no advised step ("mail jan.jansen…") never reaches the file.
    QCOMPARE(read.share->doneSteps, QStringList { QStringLiteral("backup") });
}

void TestHistoryAndSharing::unfinishedAssessmentIsNotShared()
{
    makeWindow(m_bundled);
    m_window->openTool(QStringLiteral("basisscan"));
    m_window->session().setAnswer(
        QStringLiteral("p1_backup_offline"), Answer::ofOption(QStringLiteral("yes")));
    m_window->shareAnonymously();
    QVERIFY(!m_window->findChild<ShareDialog*>());
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Answer every question")), qPrintable(box->text()));
    // Nothing unfinished goes into the history either.
    QVERIFY(
        m_window->history()
            .entries(QStringLiteral("basisscan"), [this](const QString& id) { return m_bundled.find(id); })
            .isEmpty());
}

void TestHistoryAndSharing::reachBasisscanResult()
{
    m_window->openTool(QStringLiteral("basisscan"));
    // The profile as the user gives it in the intake.
    auto* sector = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sectorBox"));
    auto* size = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sizeBox"));
    sector->setCurrentIndex(sector->findData(QStringLiteral("handel")));
    size->setCurrentIndex(size->findData(QStringLiteral("10-49")));
    m_window->intakePage()->findChild<QPushButton*>(QStringLiteral("nextButton"))->click();
    QCOMPARE(m_window->session().answers().profile.sector, QStringLiteral("handel"));
    answerEverything(1);
    // Through the pages to the result, as the user gets there.
    for (int page = 0; page < 10 && m_window->currentPage() != m_window->resultPage(); ++page) {
        auto* next = m_window->currentPage()->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(next);
        next->click();
    }
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));
}

QString TestHistoryAndSharing::writeFigures(const QString& name, bool synthetic, bool hideTrade, QString hash)
{
    const Questionnaire& scan = *m_bundled.find(QStringLiteral("basisscan"));
    if (hash.isEmpty())
        hash = scan.contentHash;
    QJsonArray sectionIds;
    QJsonObject sections;
    double mean = 10;
    for (const Section& section : scan.sections) {
        sectionIds.append(section.id);
        sections.insert(section.id,
            QJsonObject { { QStringLiteral("count"), 40 }, { QStringLiteral("mean"), mean },
                { QStringLiteral("q1"), mean }, { QStringLiteral("median"), mean },
                { QStringLiteral("q3"), mean } });
        mean += 10;
    }
    auto group = [&](const QString& sector, const QString& size) {
        return QJsonObject { { QStringLiteral("sector"), sector }, { QStringLiteral("size"), size },
            { QStringLiteral("suppressed"), false }, { QStringLiteral("count"), 40 },
            { QStringLiteral("sections"), sections } };
    };
    const QJsonObject trade = hideTrade
        ? QJsonObject { { QStringLiteral("sector"), QStringLiteral("handel") },
              { QStringLiteral("size"), QStringLiteral("10-49") }, { QStringLiteral("suppressed"), true } }
        : group(QStringLiteral("handel"), QStringLiteral("10-49"));
    const QJsonObject version { { QStringLiteral("tool"), QStringLiteral("scan") },
        { QStringLiteral("questionnaire"),
            QJsonObject { { QStringLiteral("id"), scan.id }, { QStringLiteral("version"), scan.version },
                { QStringLiteral("hash"), hash } } },
        { QStringLiteral("suppressed"), false }, { QStringLiteral("results"), 40 },
        { QStringLiteral("suppressed_groups"), hideTrade ? 1 : 0 },
        { QStringLiteral("sections"), sectionIds }, { QStringLiteral("distribution"), QJsonValue::Null },
        { QStringLiteral("groups"), QJsonArray { trade, group(allGroups(), allGroups()) } } };
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("zelfscan-aggregates") },
        { QStringLiteral("schema_version"), 1 }, { QStringLiteral("synthetic"), synthetic },
        { QStringLiteral("min_group"), 5 }, { QStringLiteral("results"), 40 },
        { QStringLiteral("suppressed_groups"), hideTrade ? 1 : 0 },
        { QStringLiteral("versions"), QJsonArray { version } } };
    if (synthetic)
        root.insert(QStringLiteral("note"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("These figures are synthetic.") },
                { QStringLiteral("nl"), QStringLiteral("Deze cijfers zijn synthetisch.") } });
    const QString path = m_gui.home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
    return path;
}

QString TestHistoryAndSharing::resultNote() const
{
    auto* note = m_window->resultPage()->findChild<QLabel*>(QStringLiteral("benchmarkNote"));
    return note && note->isVisible() ? note->text() : QString();
}

QTableWidget* TestHistoryAndSharing::sectionTable() const
{
    return m_window->resultPage()->findChild<QTableWidget*>(QStringLiteral("sectionTable"));
}

void TestHistoryAndSharing::resultWithoutFiguresSaysHowToGetThem()
{
    // Made-up figures where published ones belong are refused too.
    const QString folder
        = m_gui.home.filePath(QStringLiteral("resultWithoutFiguresSaysHowToGetThem/comparison"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/comparison/aggregates-synthetic.json"),
        folder + QStringLiteral("/aggregates.json")));
    makeWindow(m_bundled);
    QCOMPARE(QDir(m_window->comparisonFolder()).entryList(QDir::Files),
        QStringList { QStringLiteral("aggregates.json") });
    reachBasisscanResult();

    auto* page = m_window->resultPage();
    QCOMPARE(sectionTable()->columnCount(), 2);
    QCOMPARE(page->findChild<RadarChartWidget*>()->seriesCount(), 1); // the user's scores only
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("comparisonDemoBanner"))->isVisible());
    // One sentence that says where real figures come from and where to load them.
    const QString note = resultNote();
    QVERIFY2(note.contains(QStringLiteral("Digital Trust Center")), qPrintable(note));
    QAction* load = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text().contains(QStringLiteral("comparison figures")))
            load = action;
    }
    QVERIFY(load);
    QVERIFY2(
        note.contains(load->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))), qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("synthetic"), Qt::CaseInsensitive));
    // The refused file is named, with why, instead of being shown.
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("aggregates.json")) && status.contains(QStringLiteral("made up")),
        qPrintable(status));
    if (!qEnvironmentVariableIsEmpty("ZELFSCAN_SCREENSHOT_DIR")) {
        QTest::qWait(200);
        m_window->grab().save(
            qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR") + QStringLiteral("/no-peers.png"));
    }

    // In Dutch the same, in the Dutch menu's words.
    m_gui.languages->setLanguage(zelfscan::Language::dutch());
    QVERIFY2(resultNote().contains(QStringLiteral("Digital Trust Center")), qPrintable(resultNote()));
    QVERIFY2(resultNote().contains(load->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))),
        qPrintable(resultNote() + QStringLiteral(" / ") + load->text()));
    QVERIFY(load->text() != QStringLiteral("&Load comparison figures…"));
}

void TestHistoryAndSharing::resultComparesWithPublishedFigures()
{
    makeWindow(m_bundled);
    reachBasisscanResult();
    QCOMPARE(sectionTable()->columnCount(), 2);

    // Loaded through the File menu's action, as the user does.
    const QString published = writeFigures(QStringLiteral("dtc-figures.json"), false);
    QVERIFY(m_window->loadComparisonFigures(published));
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY2(
        box->text().contains(m_bundled.find(QStringLiteral("basisscan"))->title.text(Language::english())),
        qPrintable(box->text()));
    box->close();
    const QString installed = QDir(m_window->comparisonFolder()).filePath(userBenchmarkFileName());
    QVERIFY(QFileInfo::exists(installed));

    const Questionnaire& scan = *m_bundled.find(QStringLiteral("basisscan"));
    QTableWidget* table = sectionTable();
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Similar businesses"));
    int compared = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int s = 0; s < scan.sections.size(); ++s) {
            if (scan.sections.at(s).title.text(Language::english()) != table->item(row, 0)->text())
                continue;
            QCOMPARE(table->item(row, 2)->text(),
                QLocale().toString(10.0 * (s + 1), 'f', 0) + QStringLiteral("%"));
            ++compared;
        }
    }
    QCOMPARE(compared, table->rowCount());
    QCOMPARE(m_window->resultPage()->findChild<RadarChartWidget*>()->seriesCount(), 2);
    QVERIFY2(resultNote().contains(QStringLiteral("40 result")), qPrintable(resultNote()));
    QVERIFY(!m_window->resultPage()->findChild<QLabel*>(QStringLiteral("comparisonDemoBanner"))->isVisible());
    if (!qEnvironmentVariableIsEmpty("ZELFSCAN_SCREENSHOT_DIR")) {
        QTest::qWait(200); // let deferred layout (row heights, legend) settle for the picture
        m_window->grab().save(qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR") + QStringLiteral("/peers.png"));
    }

    // A damaged or made-up file is refused with the reason, and changes nothing.
    QFile bytes(installed);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray before = bytes.readAll();
    bytes.close();
    const QString damagedPath = m_gui.home.filePath(QStringLiteral("damaged.json"));
    QVERIFY(testutil::writeFile(damagedPath, before.left(before.size() / 2)));
    const struct
    {
        QString path;
        QString reason;
    } refused[] = { { damagedPath, QStringLiteral("damaged") },
        { writeFigures(QStringLiteral("made-up.json"), true), QStringLiteral("made up") } };
    for (const auto& file : refused) {
        QVERIFY(!m_window->loadComparisonFigures(file.path));
        box = testutil::visibleMessageBox(m_window.get());
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(QFileInfo(file.path).fileName()) && box->text().contains(file.reason),
            qPrintable(box->text()));
        box->close();
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QCOMPARE(bytes.readAll(), before);
        bytes.close();
        QCOMPARE(table->columnCount(), 3);
    }

    // A group the figures hide (too few businesses) is never shown as a comparison.
    QVERIFY(m_window->loadComparisonFigures(writeFigures(QStringLiteral("hidden-group.json"), false, true)));
    QCOMPARE(table->columnCount(), 2);
    QVERIFY2(resultNote().contains(QStringLiteral("too few")), qPrintable(resultNote()));
    QCOMPARE(m_window->resultPage()->findChild<RadarChartWidget*>()->seriesCount(), 1);

    // Figures for another version of the questionnaire are loaded (they may suit another
    // install), but the user is told they give no comparison here, and why.
    QVERIFY(m_window->loadComparisonFigures(
        writeFigures(QStringLiteral("other-version.json"), false, false, QString(64, QLatin1Char('0')))));
    box = testutil::visibleMessageBox(m_window.get());
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->text().contains(QStringLiteral("other versions")), qPrintable(box->text()));
    QCOMPARE(table->columnCount(), 2);
    QVERIFY2(resultNote().contains(QStringLiteral("another version")), qPrintable(resultNote()));
}

void TestHistoryAndSharing::demoFiguresAreLabelledEverywhere()
{
    makeWindow(m_bundled);
    // Published figures are in place, but a demonstration shows only its own file.
    QVERIFY(m_window->loadComparisonFigures(writeFigures(QStringLiteral("dtc-figures.json"), false)));
    m_window->setDemoComparison(writeFigures(QStringLiteral("demo.json"), true));
    reachBasisscanResult();

    QTableWidget* table = sectionTable();
    QCOMPARE(table->columnCount(), 3);
    QVERIFY2(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("made up")),
        qPrintable(table->horizontalHeaderItem(2)->text()));
    auto* banner = m_window->resultPage()->findChild<QLabel*>(QStringLiteral("comparisonDemoBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("made up")), qPrintable(banner->text()));
    QVERIFY2(resultNote().startsWith(QStringLiteral("Demo, made-up figures.")), qPrintable(resultNote()));
    QVERIFY(resultNote().contains(QStringLiteral("synthetic")));
    auto* chart = m_window->resultPage()->findChild<RadarChartWidget*>();
    QCOMPARE(chart->seriesCount(), 2);
    QStringList names;
    for (QAbstractSeries* series : chart->chart()->series())
        names.append(series->name());
    QVERIFY2(names.contains(QStringLiteral("Demo: made-up figures")), qPrintable(names.join(u',')));
    if (!qEnvironmentVariableIsEmpty("ZELFSCAN_SCREENSHOT_DIR")) {
        QTest::qWait(200);
        m_window->grab().save(
            qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR") + QStringLiteral("/demo-peers.png"));
    }
    m_gui.languages->setLanguage(zelfscan::Language::dutch());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("verzonnen")), qPrintable(banner->text()));
    QVERIFY2(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("verzonnen")),
        qPrintable(table->horizontalHeaderItem(2)->text()));

    // A file that cannot be read is said at once; there is then no comparison at all.
    m_window->setDemoComparison(m_gui.home.filePath(QStringLiteral("no-such-demo.json")));
    QCOMPARE(table->columnCount(), 2);
    QVERIFY(!banner->isVisible());
}

void TestHistoryAndSharing::staffWindowOpensFromTheMenu()
{
    makeWindow(m_bundled);
    m_window->openStaffWindow();
    auto* staff = m_window->findChild<StaffWindow*>();
    QVERIFY(staff);
    QTRY_VERIFY(staff->isVisible());
    QVERIFY(staff->isWindow());
    QPointer<StaffWindow> guard(staff);
    staff->close();
    QTRY_VERIFY(guard.isNull()); // closed staff windows do not pile up
}

QTEST_MAIN(TestHistoryAndSharing)
#include "TestHistoryAndSharing.moc"
