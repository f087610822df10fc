// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentHistory.h"
#include "AutosaveStore.h"
#include "Benchmark.h"
#include "ComparisonDialog.h"
#include "Engine.h"
#include "HistoryDialog.h"
#include "IntakePage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuestionnaireCatalog.h"
#include "ResultPage.h"
#include "Session.h"
#include "ShareDialog.h"
#include "StaffWindow.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
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
    void resultShowsBusinessesLikeYours();
    void staffWindowOpensFromTheMenu();

private:
    void makeWindow(const QuestionnaireCatalog& catalog);
    /** Answers every visible question with the option at @p optionIndex (or the last option). */
    void answerEverything(int optionIndex);

    QTemporaryDir m_home;
    QuestionnaireCatalog m_bundled;
    QuestionnaireCatalog m_fixtures;
    std::unique_ptr<AutosaveStore> m_store;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryAndSharing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ZelfscanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("zelfscan-test-history"));
    QVERIFY(!hasErrors(m_bundled.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_fixtures.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
}

void TestHistoryAndSharing::init()
{
    QSettings().clear();
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    m_store = std::make_unique<AutosaveStore>(m_home.filePath(test + QStringLiteral("/autosave")));
    m_languages = std::make_unique<LanguageManager>();
}

void TestHistoryAndSharing::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_store.reset();
}

void TestHistoryAndSharing::makeWindow(const QuestionnaireCatalog& catalog)
{
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(catalog, *m_store, *m_languages);
    m_window->show();
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

    const QString path = m_home.filePath(QStringLiteral("mine.zelfshare"));
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

void TestHistoryAndSharing::resultShowsBusinessesLikeYours()
{
    QString error;
    const std::optional<Benchmark> benchmark = loadBenchmark(Benchmark::defaultPath(), &error);
    QVERIFY2(benchmark, qPrintable(error));
    const Questionnaire& scan = *m_bundled.find(QStringLiteral("basisscan"));
    const std::optional<BenchmarkGroup> peers
        = benchmark->lookup(scan.id, scan.contentHash, QStringLiteral("handel"), QStringLiteral("10-49"));
    QVERIFY2(peers, "the bundled figures should have trade, 10-49 for this Basisscan");

    makeWindow(m_bundled);
    m_window->openTool(QStringLiteral("basisscan"));
    // The profile as the user gives it in the intake.
    auto* sector = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sectorBox"));
    auto* size = m_window->intakePage()->findChild<QComboBox*>(QStringLiteral("sizeBox"));
    sector->setCurrentIndex(sector->findData(QStringLiteral("handel")));
    size->setCurrentIndex(size->findData(QStringLiteral("10-49")));
    m_window->intakePage()->findChild<QPushButton*>(QStringLiteral("nextButton"))->click();
    Profile profile = m_window->session().answers().profile;
    QCOMPARE(profile.sector, QStringLiteral("handel"));
    answerEverything(1);
    // Through the pages to the result, as the user gets there.
    for (int page = 0; page < 10 && m_window->currentPage() != m_window->resultPage(); ++page) {
        auto* next = m_window->currentPage()->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(next);
        next->click();
    }
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));
    m_window->resultPage()->setBenchmark(&*benchmark);
    m_window->resultPage()->refresh();
    if (!qEnvironmentVariableIsEmpty("ZELFSCAN_SCREENSHOT_DIR")) {
        QTest::qWait(200); // let deferred layout (row heights, legend) settle for the picture
        m_window->grab().save(qEnvironmentVariable("ZELFSCAN_SCREENSHOT_DIR") + QStringLiteral("/peers.png"));
    }
    auto* table = m_window->resultPage()->findChild<QTableWidget*>(QStringLiteral("sectionTable"));
    QCOMPARE(table->columnCount(), 3);
    int compared = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString id = scan.sections.at(row).id;
        if (!peers->sectionMeans.contains(id))
            continue;
        QCOMPARE(table->item(row, 2)->text(),
            QLocale().toString(peers->sectionMeans.value(id), 'f', 0) + QStringLiteral("%"));
        ++compared;
    }
    QVERIFY(compared > 0);
    auto* note = m_window->resultPage()->findChild<QLabel*>(QStringLiteral("benchmarkNote"));
    QVERIFY(note->text().contains(QStringLiteral("synthetic")));
    QVERIFY(note->text().contains(QString::number(peers->count)));

    // A group the figures hide (too few businesses) is never shown as a comparison. The bundled
    // Basisscan figures hide none, so hide one in a copy.
    QFile bundled(Benchmark::defaultPath());
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray versions = root.value(QStringLiteral("versions")).toArray();
    bool hidden = false;
    for (qsizetype v = 0; v < versions.size(); ++v) {
        QJsonObject version = versions.at(v).toObject();
        if (version.value(QStringLiteral("questionnaire")).toObject().value(QStringLiteral("hash")).toString()
            != scan.contentHash)
            continue;
        QJsonArray groups = version.value(QStringLiteral("groups")).toArray();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups.at(g).toObject();
            if (group.value(QStringLiteral("sector")) == QStringLiteral("handel")
                && group.value(QStringLiteral("size")) == QStringLiteral("10-49")) {
                groups.replace(g,
                    QJsonObject { { QStringLiteral("sector"), QStringLiteral("handel") },
                        { QStringLiteral("size"), QStringLiteral("10-49") },
                        { QStringLiteral("suppressed"), true } });
                hidden = true;
            }
        }
        version.insert(QStringLiteral("groups"), groups);
        versions.replace(v, version);
    }
    QVERIFY(hidden);
    root.insert(QStringLiteral("versions"), versions);
    const QString copy = m_home.filePath(QStringLiteral("hidden-group.json"));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const std::optional<Benchmark> withHiddenGroup = loadBenchmark(copy, &error);
    QVERIFY2(withHiddenGroup, qPrintable(error));
    QVERIFY(!withHiddenGroup->lookup(scan.id, scan.contentHash, profile.sector, profile.size));
    m_window->resultPage()->setBenchmark(&*withHiddenGroup);
    m_window->resultPage()->refresh();
    QCOMPARE(table->columnCount(), 2);
    QVERIFY2(note->text().contains(QStringLiteral("too few")), qPrintable(note->text()));
    m_window->resultPage()->setBenchmark(nullptr);
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
