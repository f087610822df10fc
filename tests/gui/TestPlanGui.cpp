// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppStyle.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ResultPage.h"
#include "app/gui/Session.h"
#include "app/gui/StartPage.h"
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/plan/PlanDialog.h"
#include "app/gui/plan/PlanModel.h"
#include "core/advisories/AdvisoryPlan.h"
#include "core/advisories/AdvisoryStore.h"
#include "core/assessment/Assessment.h"
#include "core/assessment/AssessmentHistory.h"
#include "core/engine/Engine.h"
#include "core/plan/PlanStore.h"
#include "core/plan/StepKinship.h"
#include "tests/util/Files.h"
#include "tests/util/MainWindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace zelfscan;

/**
 * The action plan in the app, driven through its widgets: editing status, owner and due date with
 * the keyboard, the calendar export, the re-check offer on the start page, and the progress and
 * first-steps sentences on the result page.
 */
class TestPlanGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editsStatusOwnerAndDateWithTheKeyboard();
    void walkingTheTableChangesNothing();
    void typesADateIntoTheDueColumn();
    void exportsPlannedStepsToACalendar();
    void offersARecheckWhenDue();
    void resultLeadsWithProgressAfterARecheck();
    void doingItAgainShowsWhatTheTicksChanged();
    void alertsAreInThePlan();
    void dialogMnemonicsAreUnique();
    void damagedPlanIsKeptAndSaid();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& language = QStringLiteral("en"));
    Assessment basisscanRun(const QString& option, const QDate& created) const;
    PlanDialog* openDialog();
    /** Starts editing @p column of @p row with F2, as a keyboard user would. */
    QWidget* editCell(QTableView* table, int row, int column);
    QString planPath() const
    {
        return QDir::cleanPath(m_gui.store->directory() + QStringLiteral("/../plan.json"));
    }
    const Questionnaire& basisscan() const { return *m_catalog.find(QStringLiteral("basisscan")); }

    testutil::MainWindowFixture m_gui;
    QuestionnaireCatalog m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlanGui::initTestCase()
{
    m_gui.initTestCase(QStringLiteral("zelfscan-plan-test"));
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    AppStyle::apply(*qApp);
}

void TestPlanGui::init()
{
    m_gui.init();
}

void TestPlanGui::cleanup()
{
    m_window.reset();
    m_gui.cleanup();
}

std::unique_ptr<MainWindow> TestPlanGui::makeWindow(const QString& language)
{
    return m_gui.makeWindow(m_catalog, language);
}

Assessment TestPlanGui::basisscanRun(const QString& option, const QDate& created) const
{
    Assessment a;
    a.answers.questionnaireId = QStringLiteral("basisscan");
    a.answers.profile = { QStringLiteral("handel"), QStringLiteral("10-49") };
    a.answers.created = QDateTime(created, QTime(9, 0), Qt::UTC);
    a.answers.modified = QDateTime(created.addDays(1), QTime(10, 0), Qt::UTC);
    for (const Section& section : basisscan().sections) {
        for (const Question& question : section.questions)
            a.answers.answers.insert(question.id, Answer::ofOption(option));
    }
    return a;
}

PlanDialog* TestPlanGui::openDialog()
{
    auto* button = m_window->startPage()->findChild<QPushButton*>(QStringLiteral("planButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_window->findChild<PlanDialog*>(QStringLiteral("planDialog"));
    if (dialog && QTest::qWaitForWindowExposed(dialog))
        dialog->table()->setFocus();
    return dialog;
}

QWidget* TestPlanGui::editCell(QTableView* table, int row, int column)
{
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    return table->indexWidget(table->currentIndex()) ? table->indexWidget(table->currentIndex())
                                                     : QApplication::focusWidget();
}

void TestPlanGui::editsStatusOwnerAndDateWithTheKeyboard()
{
    const Assessment run = basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1));
    QVERIFY(m_gui.store->save(run).isEmpty());
    const AssessmentResult result = assess(basisscan(), run.answers);
    m_window = makeWindow();
    PlanDialog* dialog = openDialog();
    QVERIFY(dialog);
    QTableView* table = dialog->table();
    QCOMPARE(table->model()->rowCount(), int(result.steps.size()));

    // Owner: F2 opens a line editor, Return keeps the text.
    QWidget* owner = editCell(table, 0, PlanModel::OwnerColumn);
    QVERIFY(owner);
    QTest::keyClicks(owner, QStringLiteral("IT-leverancier"));
    QTest::keyClick(owner, Qt::Key_Return);
    // The delegate commits Return on the next turn of the event loop.
    QTRY_COMPARE(
        table->model()->index(0, PlanModel::OwnerColumn).data().toString(), QStringLiteral("IT-leverancier"));
    // An owner alone already makes an open step planned.
    QCOMPARE(table->model()->index(0, PlanModel::StatusColumn).data().toString(), QStringLiteral("Planned"));

    // Due date: F2 opens a QDateEdit.
    auto* date = qobject_cast<QDateEdit*>(editCell(table, 0, PlanModel::DueColumn));
    QVERIFY(date);
    QVERIFY(date->calendarPopup());
    date->setDate(QDate(2027, 1, 15));
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(
        table->model()->index(0, PlanModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2027, 1, 15));

    // Status: F2 opens the list; the arrow keys choose "Done" (three down from "Open").
    auto* status = qobject_cast<QComboBox*>(editCell(table, 1, PlanModel::StatusColumn));
    QVERIFY(status);
    QCOMPARE(status->currentText(), QStringLiteral("Open"));
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), QStringLiteral("Done"));
    QTest::keyClick(status, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(1, PlanModel::StatusColumn).data().toString(), QStringLiteral("Done"));

    // Kept in the user's plan file, and "done" is a tick in the tool's autosave.
    const PlanBook book = PlanStore(planPath()).load();
    const StepPlanning first = book.value(planKey(QStringLiteral("basisscan"), result.steps.at(0).id));
    QCOMPARE(first.owner, QStringLiteral("IT-leverancier"));
    QCOMPARE(first.due, QDate(2027, 1, 15));
    QCOMPARE(first.status, PlanStatus::Planned);
    QCOMPARE(
        book.value(planKey(QStringLiteral("basisscan"), result.steps.at(1).id)).status, PlanStatus::Done);
    QVERIFY(m_gui.store->load(basisscan())->doneSteps.contains(result.steps.at(1).id));
}

/** Types @p text key by key into whatever has the focus, as a keyboard does. */
static void typeIntoFocus(const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void TestPlanGui::walkingTheTableChangesNothing()
{
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1))).isEmpty());
    m_window = makeWindow();
    PlanDialog* dialog = m_window->openPlanDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTableView* table = dialog->table();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    // Down the status column, then along a row and down the date column: no editor opens on the
    // way, so the arrow keys move and change nothing.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 6);
    QCOMPARE(table->currentIndex().column(), int(PlanModel::DueColumn));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(
            table->model()->index(row, PlanModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        QVERIFY(table->model()->index(row, PlanModel::DueColumn).data().toString().isEmpty());
    }
    QVERIFY(PlanStore(planPath()).load().isEmpty());
}

void TestPlanGui::damagedPlanIsKeptAndSaid()
{
    QDir().mkpath(QFileInfo(planPath()).absolutePath());
    QVERIFY(testutil::writeFile(planPath(), R"({"format": "zelfscan-plan", "steps": [1, 2)"));
    const std::unique_ptr<MainWindow> window = makeWindow();
    // Said at once, not found out later; the file moved aside, so the next change cannot
    // overwrite what the user had planned.
    QTRY_VERIFY(window->findChild<QMessageBox*>(QStringLiteral("messageBox")));
    const QString text = window->findChild<QMessageBox*>(QStringLiteral("messageBox"))->text();
    QVERIFY2(text.contains(QStringLiteral("Your action plan could not be read")), qPrintable(text));
    QVERIFY(!QFile::exists(planPath()));
    const QStringList kept
        = QDir(QFileInfo(planPath()).absolutePath()).entryList({ QStringLiteral("plan.json.unreadable-*") });
    QCOMPARE(kept.size(), 1);
    QVERIFY2(text.contains(kept.first()), qPrintable(text));
}

void TestPlanGui::typesADateIntoTheDueColumn()
{
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1))).isEmpty());
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    m_window = makeWindow(QStringLiteral("nl"));
    PlanDialog* dialog = m_window->openPlanDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTableView* table = dialog->table();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    table->setCurrentIndex(table->model()->index(1, PlanModel::DueColumn));
    // The first key opens the editor and is its first key too.
    typeIntoFocus(QStringLiteral("20-01-2027"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(
        table->model()->index(1, PlanModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2027, 1, 20));
    // Parts typed short move on at their separator as before.
    table->setCurrentIndex(table->model()->index(2, PlanModel::DueColumn));
    typeIntoFocus(QStringLiteral("5-2-2027"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(
        table->model()->index(2, PlanModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2027, 2, 5));
    QLocale::setDefault(QLocale::c());
}

void TestPlanGui::exportsPlannedStepsToACalendar()
{
    const Assessment run = basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1));
    QVERIFY(m_gui.store->save(run).isEmpty());
    const AssessmentResult result = assess(basisscan(), run.answers);
    PlanBook book;
    for (int i = 0; i < 3; ++i) {
        StepPlanning planning;
        planning.status = PlanStatus::Planned;
        planning.due = QDate(2027, 2, 1 + i);
        book.insert(planKey(QStringLiteral("basisscan"), result.steps.at(i).id), planning);
    }
    QString error;
    QVERIFY(QDir().mkpath(QFileInfo(planPath()).absolutePath()));
    QVERIFY2(PlanStore(planPath()).save(book, &error), qPrintable(error));
    m_window = makeWindow(QStringLiteral("nl"));
    const QString ics = m_gui.home.filePath(QStringLiteral("plan.ics"));
    QVERIFY(m_window->exportCalendar(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 3);
    QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20270201\r\n"));
}

void TestPlanGui::offersARecheckWhenDue()
{
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 13))).isEmpty());
    m_window = makeWindow(QStringLiteral("nl"));
    auto* tool = m_window->findChild<QCommandLinkButton*>(QStringLiteral("tool_basisscan"));
    QVERIFY(tool);
    m_window->startPage()->setRecheck({ { QStringLiteral("basisscan"), 3 } }, QDate(2026, 11, 20));
    QVERIFY2(
        tool->description().contains(QStringLiteral("Opnieuw doen? Resultaat van 14 maart, 8 maanden oud.")),
        qPrintable(tool->description()));
    m_window->startPage()->setRecheck({ { QStringLiteral("basisscan"), 12 } }, QDate(2026, 11, 20));
    QVERIFY(!tool->description().contains(QStringLiteral("Opnieuw doen?")));
}

void TestPlanGui::resultLeadsWithProgressAfterARecheck()
{
    QString error;
    AssessmentHistory history(QDir::cleanPath(m_gui.store->directory() + QStringLiteral("/../history")));
    QVERIFY2(
        history.record(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1)), &error), qPrintable(error));
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("yes"), QDate(2026, 11, 1))).isEmpty());
    m_window = makeWindow(QStringLiteral("nl"));
    m_window->openTool(QStringLiteral("basisscan"));
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->resultPage()));
    auto* progress = m_window->resultPage()->findChild<QLabel*>(QStringLiteral("progressLabel"));
    QVERIFY(progress && progress->isVisible());
    QVERIFY2(progress->text().startsWith(QStringLiteral("<b>Sinds de vorige keer:</b> ")),
        qPrintable(progress->text()));
    QVERIFY2(progress->text().contains(QStringLiteral("stappen gedaan")), qPrintable(progress->text()));
    auto* why = m_window->resultPage()->findChild<QLabel*>(QStringLiteral("firstStepsWhyLabel"));
    QVERIFY(why);
}

void TestPlanGui::doingItAgainShowsWhatTheTicksChanged()
{
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1))).isEmpty());
    m_window = makeWindow(QStringLiteral("nl"));
    m_window->openTool(QStringLiteral("basisscan"));
    ResultView* page = m_window->resultPage();
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(page));
    // Two steps ticked in the result's list, as the owner does once they are carried out.
    auto* steps = page->findChild<QListView*>();
    QVERIFY(steps);
    for (int row : { 0, 1 })
        QVERIFY(steps->model()->setData(steps->model()->index(row, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_window->session().doneSteps().size(), 2);
    QSet<QString> improved;
    for (const NextStep& step : m_window->session().result().steps) {
        if (m_window->session().doneSteps().contains(step.id))
            improved.unite(QSet<QString>(step.questionIds.cbegin(), step.questionIds.cend()));
    }

    auto* again = page->findChild<QPushButton*>(QStringLiteral("againButton"));
    QVERIFY(again && again->isVisible());
    QTimer::singleShot(0, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(m_window->session().answers().answers.isEmpty());
    QCOMPARE(m_window->session().doneSteps().size(), 2);
    QVERIFY(m_window->currentPage() != static_cast<QWidget*>(page));

    // Answered anew, better where the ticked steps were carried out: the result leads with that.
    for (const Section& section : basisscan().sections) {
        for (const Question& question : section.questions)
            m_window->session().setAnswer(question.id,
                Answer::ofOption(
                    improved.contains(question.id) ? QStringLiteral("yes") : QStringLiteral("no")));
    }
    QVERIFY(m_window->showPage(QStringLiteral("result")));
    auto* progress = page->findChild<QLabel*>(QStringLiteral("progressLabel"));
    QVERIFY(progress && progress->isVisible());
    QVERIFY2(progress->text().contains(QStringLiteral("2 stappen gedaan")), qPrintable(progress->text()));
}

void TestPlanGui::alertsAreInThePlan()
{
    // The user's systems and stored advisories where the alerts window keeps them.
    const QString csaf = QStringLiteral(TEST_DATA_DIR "/csaf");
    const QString inventory = AdvisoriesWindow::defaultInventoryPath();
    QVERIFY(QDir().mkpath(QFileInfo(inventory).absolutePath()));
    QFile::remove(inventory);
    QVERIFY(QFile::copy(csaf + QStringLiteral("/inventory.yaml"), inventory));
    {
        advisories::AdvisoryStore store(AdvisoriesWindow::defaultDatabasePath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.import({ csaf + QStringLiteral("/provider") }).error.isEmpty());
    }
    m_window = makeWindow(QStringLiteral("nl"));
    PlanDialog* dialog = m_window->openPlanDialog();
    QAbstractItemModel* model = dialog->table()->model();
    int alertRow = -1;
    for (int row = 0; row < model->rowCount() && alertRow < 0; ++row) {
        if (model->index(row, PlanModel::ToolColumn).data().toString()
            == QStringLiteral("Waarschuwingen voor kwetsbaarheden"))
            alertRow = row;
    }
    QVERIFY2(alertRow >= 0, "no alert in the plan");
    // "In progress" chosen in the plan is the decision the alerts window shows.
    QVERIFY(model->setData(model->index(alertRow, PlanModel::StatusColumn), int(PlanStatus::InProgress)));
    QString error;
    const std::optional<advisories::AdvisoryPlan> alerts
        = advisories::loadAdvisoryPlan(inventory, AdvisoriesWindow::defaultDatabasePath(), &error);
    QVERIFY2(alerts, qPrintable(error));
    bool inProgress = false;
    for (const advisories::AdvisoryStep& step : alerts->steps)
        inProgress = inProgress || step.status.value == advisories::StepStatus::Value::InProgress;
    QVERIFY(inProgress);
    QFile::remove(inventory);
    QFile::remove(AdvisoriesWindow::defaultDatabasePath());
}

void TestPlanGui::dialogMnemonicsAreUnique()
{
    QVERIFY(m_gui.store->save(basisscanRun(QStringLiteral("no"), QDate(2026, 3, 1))).isEmpty());
    for (const QString& language : { Language::dutch().code(), Language::english().code() }) {
        m_window = makeWindow(language);
        PlanDialog* dialog = m_window->openPlanDialog();
        QSet<QChar> seen;
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            const qsizetype amp = button->text().indexOf(u'&');
            if (amp < 0 || amp + 1 >= button->text().size())
                continue;
            const QChar key = button->text().at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(language + QStringLiteral(": ") + button->text()));
            seen.insert(key);
        }
        m_window.reset();
    }
}

QTEST_MAIN(TestPlanGui)
#include "TestPlanGui.moc"
