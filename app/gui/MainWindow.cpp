// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/gui/AppSettings.h"
#include "app/gui/AutosaveStore.h"
#include "app/gui/DashboardData.h"
#include "app/gui/ExtrasLoader.h"
#include "app/gui/ExtrasModule.h"
#include "app/gui/HelpDialogs.h"
#include "app/gui/IntakePage.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MessageBoxes.h"
#include "app/gui/QuestionPage.h"
#include "app/gui/ResultView.h"
#include "app/gui/ReviewPage.h"
#include "app/gui/Session.h"
#include "app/gui/ShareDialog.h"
#include "app/gui/StartPage.h"
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/plan/PlanController.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/assessment/AssessmentHistory.h"
#include "core/dashboard/SystemsSummary.h"
#include "core/engine/Comparison.h"
#include "core/engine/Engine.h"
#include "core/plan/StepKinship.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUuid>

using namespace zelfscan;

MainWindow::MainWindow(
    const QuestionnaireCatalog& catalog, AutosaveStore& store, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Beside the autosave folder, so a test's temporary store keeps its history there too.
    m_history = std::make_unique<AssessmentHistory>(
        QDir(store.directory()).absoluteFilePath(QStringLiteral("../history")));
    m_comparisonFolder
        = QDir::cleanPath(QDir(store.directory()).absoluteFilePath(QStringLiteral("../comparison")));
    m_plan = new PlanController(
        QDir::cleanPath(QDir(store.directory()).absoluteFilePath(QStringLiteral("../plan.json"))), this);
    m_session = new Session(catalog, store, this);
    m_session->setHistory(m_history.get());
    m_stack = new QStackedWidget(this);
    m_start = new StartPage(catalog, m_stack);
    m_stack->addWidget(m_start);
    setCentralWidget(m_stack);
    createMenus();
    setMinimumSize(800, 560);
    // Where the user left the window, or a size that fits a 1280x800 screen with room to spare.
    if (!restoreGeometry(AppSettings().windowGeometry()))
        resize(1100, 720);

    connect(m_start, &StartPage::toolChosen, this, &MainWindow::openTool);
    connect(m_start, &StartPage::stepTicked, this, &MainWindow::tickStep);
    connect(m_start, &StartPage::planRequested, this, &MainWindow::openPlanDialog);
    connect(m_start, &StartPage::systemsRequested, this, &MainWindow::openAdvisoriesWindow);
    connect(m_start, &StartPage::languageChosen, this, &MainWindow::applyLanguage);
    connect(m_session, &Session::documentStateChanged, this, &MainWindow::updateDocumentState);
    connect(m_start, &StartPage::openFileRequested, this, &MainWindow::chooseFileToOpen);
    connect(m_session, &Session::saveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not save your answers: %1").arg(message));
    });
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const Language& language) {
        m_start->setLanguage(language);
        if (m_intake)
            m_intake->setLanguage(language);
        if (m_questions)
            m_questions->setLanguage(language);
        if (m_review)
            m_review->setLanguage(language);
        if (m_result)
            m_result->setLanguage(language);
        checkLanguageAction(language);
        retranslate();
    });
    // The pages take the current language before the first show.
    m_start->setLanguage(m_languages.language());
    checkLanguageAction(m_languages.language());
    updateRecentFiles();
    m_start->setLastTool(AppSettings().lastTool());
    retranslate();
    showStart();

    reportStoreProblems();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

IntakePage* MainWindow::intakePage()
{
    if (m_intake)
        return m_intake;
    m_intake = new IntakePage(m_stack);
    m_intake->setLanguage(m_languages.language());
    m_stack->addWidget(m_intake);
    connect(m_intake, &IntakePage::backRequested, this, &MainWindow::showStart);
    connect(m_intake, &IntakePage::nextRequested, this, [this] {
        m_session->setProfile(m_intake->profile());
        rememberProfile(m_intake->profile());
        showSection(0);
    });
    return m_intake;
}

QuestionPage* MainWindow::questionPage()
{
    if (m_questions)
        return m_questions;
    m_questions = new QuestionPage(*m_session, m_stack);
    m_questions->setLanguage(m_languages.language());
    m_stack->addWidget(m_questions);
    connect(m_questions, &QuestionPage::backRequested, this, [this] {
        if (m_questions->sectionIndex() > 0)
            showSection(m_questions->sectionIndex() - 1);
        else
            showIntake();
    });
    connect(m_questions, &QuestionPage::nextRequested, this, [this] {
        if (m_questions->sectionIndex() + 1 < m_session->visibleSections().size())
            showSection(m_questions->sectionIndex() + 1);
        else
            showReviewOrResult();
    });
    return m_questions;
}

ReviewPage* MainWindow::reviewPage()
{
    if (m_review)
        return m_review;
    m_review = new ReviewPage(*m_session, m_stack);
    m_review->setLanguage(m_languages.language());
    m_stack->addWidget(m_review);
    connect(m_review, &ReviewPage::backRequested, this,
        [this] { showSection(int(m_session->visibleSections().size()) - 1); });
    connect(m_review, &ReviewPage::resultRequested, this, &MainWindow::showResult);
    connect(m_review, &ReviewPage::questionChosen, this, &MainWindow::goToQuestion);
    return m_review;
}

ResultView* MainWindow::resultPage()
{
    if (m_result)
        return m_result;
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return nullptr;
    m_result = extras->createResultPage(*m_session, m_stack);
    m_result->setLanguage(m_languages.language());
    m_result->setComparisonFigures(&comparisonFigures());
    m_stack->addWidget(m_result);
    connect(m_result, &ResultView::backRequested, this,
        [this] { showSection(int(m_session->visibleSections().size()) - 1); });
    connect(m_result, &ResultView::homeRequested, this, &MainWindow::showStart);
    connect(m_result, &ResultView::historyRequested, this, &MainWindow::showHistory);
    connect(m_result, &ResultView::shareRequested, this, &MainWindow::shareAnonymously);
    connect(m_result, &ResultView::againRequested, this, &MainWindow::startToolAgain);
    return m_result;
}

void MainWindow::startToolAgain()
{
    if (!m_session->isOpen())
        return;
    const bool finished = m_session->result().missing.isEmpty();
    const QString title = m_session->questionnaire()->title.text(m_languages.language());
    const QString question = finished
        ? tr("Answer %1 anew? Your answers are cleared; this result stays under Earlier runs, and the "
             "steps you ticked stay done. Afterwards the result shows what changed.")
              .arg(title)
        : tr("Remove all answers to %1 and start again?").arg(title);
    if (QMessageBox::question(this, tr("Start again"), question) != QMessageBox::Yes)
        return;
    m_session->restart();
    showSection(0);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_startAction = m_fileMenu->addAction(QString(), this, &MainWindow::showStart);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFileToOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAsChosenFile);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseReportFile);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_planAction = m_fileMenu->addAction(QString(), this, &MainWindow::openPlanDialog);
    m_calendarAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseCalendarFile);
    m_compareAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with an earlier assessment"),
            AppSettings().lastFolder(), tr("Zelfscan assessments (*.zelfscan)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    m_historyAction = m_fileMenu->addAction(QString(), this, &MainWindow::showHistory);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_shareAction = m_fileMenu->addAction(QString(), this, &MainWindow::shareAnonymously);
    m_loadComparisonAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseComparisonFile);
    m_fileMenu->addSeparator();
    m_staffAction = m_fileMenu->addAction(QString(), this, &MainWindow::openStaffWindow);
    m_advisoriesAction = m_fileMenu->addAction(QString(), this, &MainWindow::openAdvisoriesWindow);
    m_fileMenu->addSeparator();
    m_restartAction = m_fileMenu->addAction(QString(), this, &MainWindow::startToolAgain);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    // Dutch, English and every language a loaded questionnaire declares, each in its own name.
    auto* group = new QActionGroup(this);
    for (const QString& code : m_catalog.languages()) {
        const Language language = Language::declared(code);
        QAction* action = m_languageMenu->addAction(
            language.nativeName(), this, [this, language] { applyLanguage(language); });
        action->setData(language.code());
        action->setCheckable(true);
        group->addAction(action);
        m_languageActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_pageHelpAction = m_helpMenu->addAction(QString(), this, &MainWindow::showPageHelp);
    m_pageHelpAction->setShortcut(QKeySequence::HelpContents);
    m_pageHelpAction->setShortcutContext(Qt::ApplicationShortcut);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { HelpDialogs::showAbout(this); });
    // "?" on every page, beside the menus, for those who do not know F1.
    m_helpButton = new QToolButton(this);
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setText(QStringLiteral("?"));
    m_helpButton->setAutoRaise(true);
    // Keyboard users have F1 and the Help menu; as a Tab stop it sat between the last answer and
    // Next, where Space opened help instead of going on (as the questions' own "?" buttons).
    m_helpButton->setFocusPolicy(Qt::ClickFocus);
    connect(m_helpButton, &QToolButton::clicked, this, &MainWindow::showPageHelp);
    menuBar()->setCornerWidget(m_helpButton);
}

void MainWindow::checkLanguageAction(const Language& language)
{
    // A language from the system ("nl-BE") ticks its base language when it has no entry itself.
    QAction* match = nullptr;
    for (QAction* action : std::as_const(m_languageActions)) {
        const QString code = action->data().toString();
        if (code == language.code() || (!match && code == language.base()))
            match = action;
    }
    for (QAction* action : std::as_const(m_languageActions))
        action->setChecked(action == match);
}

void MainWindow::applyLanguage(const Language& language)
{
    m_languages.setLanguage(language);
    AppSettings().setLanguage(language);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_startAction->setText(tr("Start &page"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_exportAction->setText(tr("&Export report…"));
    m_planAction->setText(tr("Action pla&n…"));
    m_calendarAction->setText(tr("Export plan to calen&dar…"));
    m_compareAction->setText(tr("&Compare with an earlier assessment…"));
    m_historyAction->setText(tr("Earlier r&uns and progress…"));
    m_shareAction->setText(tr("S&hare anonymously…"));
    m_loadComparisonAction->setText(tr("&Load comparison figures…"));
    m_staffAction->setText(tr("DTC s&taff: combine shared results…"));
    m_advisoriesAction->setText(tr("&Vulnerability alerts: my systems…"));
    m_restartAction->setText(tr("Start this tool a&gain…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_pageHelpAction->setText(tr("Help for this &page"));
    m_aboutAction->setText(tr("&About Zelfscan"));
    m_helpButton->setToolTip(tr("Help for this page (F1)"));
    m_helpButton->setAccessibleName(tr("Help for this page"));
    updateDocumentState();
}

void MainWindow::updateDocumentState()
{
    const Questionnaire* questionnaire = m_session->questionnaire();
    const bool inTool = questionnaire && m_stack->currentWidget() != m_start;
    QString title = inTool ? tr("%1 — Zelfscan").arg(questionnaire->title.text(m_languages.language()))
                           : tr("Zelfscan");
    // "[*]" is where Qt shows the unsaved-changes mark.
    if (inTool && !m_session->filePath().isEmpty())
        title = QFileInfo(m_session->filePath()).fileName() + QStringLiteral("[*] — ") + title;
    setWindowTitle(title);
    setWindowModified(inTool && m_session->isModified());
    m_saveAction->setEnabled(m_session->isOpen());
    m_saveAsAction->setEnabled(m_session->isOpen());
    m_exportAction->setEnabled(m_session->isOpen());
    m_compareAction->setEnabled(m_session->isOpen());
    m_historyAction->setEnabled(m_session->isOpen());
    m_shareAction->setEnabled(m_session->isOpen());
    m_restartAction->setEnabled(m_session->isOpen());
}

void MainWindow::reportStoreProblems()
{
    QStringList messages;
    for (const AutosaveStore::Problem& problem : m_store.takeProblems()) {
        const Questionnaire* questionnaire = m_catalog.find(problem.questionnaireId);
        messages.append(tr("The saved answers for %1 were damaged (%2). %n answer(s) could be recovered; the "
                           "damaged file is kept as %3.",
            nullptr, problem.recoveredAnswers)
                            .arg(questionnaire ? questionnaire->title.text(m_languages.language())
                                               : problem.questionnaireId,
                                problem.reason, QDir::toNativeSeparators(problem.keptAs)));
    }
    if (!messages.isEmpty())
        showMessage(QMessageBox::Warning, tr("Damaged autosave"), messages.join(QStringLiteral("\n\n")));
    const PlanController::LoadProblems plan = m_plan->takeLoadProblems();
    if (!plan.keptAs.isEmpty())
        showMessage(QMessageBox::Warning, tr("Action plan"),
            tr("Your action plan could not be read, so it starts empty. The file is kept as %1.")
                .arg(QDir::toNativeSeparators(plan.keptAs)));
    else if (plan.leftOut > 0)
        showMessage(QMessageBox::Warning, tr("Action plan"),
            tr("%n step(s) of your action plan could not be read and are left out.", nullptr, plan.leftOut));
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString& title, const QString& text)
{
    showMessageBox(this, icon, title, text);
}

void MainWindow::chooseFileToOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open assessment"), AppSettings().lastFolder(), tr("Zelfscan assessments (*.zelfscan)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFileFromDesktop(const QString& path)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (path.isEmpty() || !maybeSave())
        return false;
    return openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    QStringList problems;
    MigrationReport migration;
    if (!m_session->openFile(path, m_languages.language(), &problems, &migration)) {
        // Core words a reason to follow a colon; here each stands as a paragraph of its own.
        for (QString& problem : problems) {
            if (problem.isEmpty())
                continue;
            problem[0] = problem.at(0).toUpper();
            if (!problem.endsWith(QLatin1Char('.')))
                problem += QLatin1Char('.');
        }
        showMessage(QMessageBox::Warning, tr("Cannot open assessment"),
            tr("%1 cannot be opened. The file was not changed.\n\n%2")
                .arg(QDir::toNativeSeparators(path), problems.join(QLatin1Char('\n'))));
        return false;
    }
    AppSettings().rememberFolderOf(path);
    addRecentFile(path);
    if (const QString error = m_plan->merge(m_session->assessment().plan); !error.isEmpty())
        statusBar()->showMessage(tr("Could not save the action plan: %1").arg(error));
    if (migration.versionChanged) {
        // The same number with other content: the questionnaire was edited without a new version.
        QString message = migration.fromVersion == migration.toVersion
            ? tr("This assessment was made with an earlier edition of version %1 of the questionnaire. "
                 "Every answer to a question that still exists was kept.")
                  .arg(migration.toVersion)
            : tr(
                "This assessment was made with version %1 of the questionnaire; Zelfscan now has version %2. "
                "Every answer to a question that still exists was kept.")
                  .arg(migration.fromVersion, migration.toVersion);
        if (!migration.newQuestions.isEmpty()) {
            // The questions as the user will see them, not their ids.
            QStringList lines { tr("New questions to answer:") };
            for (const QString& id : migration.newQuestions) {
                const Question* question = m_session->questionnaire()->question(id);
                lines << QStringLiteral("• ") + (question ? question->text.text(m_languages.language()) : id);
            }
            message += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
        }
        if (!migration.goneQuestions.isEmpty())
            message += QStringLiteral("\n\n")
                + tr("Questions that no longer exist (their answers are kept in the file): %1")
                      .arg(migration.goneQuestions.join(QStringLiteral(", ")));
        showMessage(QMessageBox::Information, tr("Questionnaire updated"), message);
    }
    intakePage()->setToolTitle(m_session->questionnaire()->title.text(m_languages.language()));
    if (m_session->answers().profile.size.isEmpty())
        showIntake();
    else
        showResult();
    return true;
}

bool MainWindow::saveFile(const QString& path)
{
    QString error;
    syncSessionPlan();
    if (!m_session->saveAs(path, &error)) {
        showMessage(QMessageBox::Warning, tr("Cannot save"),
            tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    AppSettings().rememberFolderOf(path);
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseReportFile()
{
    if (!m_session->isOpen())
        return;
    const QString pdf = tr("PDF report (*.pdf)");
    const QString odt = tr("Editable report for LibreOffice or Word (*.odt)");
    const QString html = tr("Web page (*.html)");
    const QString xlsx = tr("Action plan for Excel (*.xlsx)");
    const QString csv = tr("Action plan for a spreadsheet (*.csv)");
    QString filter = pdf;
    const QString suggested = AppSettings().lastFolder() + QLatin1Char('/') + m_session->questionnaire()->id
        + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
        QStringList { pdf, odt, html, xlsx, csv }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!reportFormatFor(path))
        path += filter == odt ? QStringLiteral(".odt")
            : filter == html  ? QStringLiteral(".html")
            : filter == xlsx  ? QStringLiteral(".xlsx")
            : filter == csv   ? QStringLiteral(".csv")
                              : QStringLiteral(".pdf");
    exportReport(path);
}

bool MainWindow::exportReport(const QString& path)
{
    if (!m_session->isOpen())
        return false;
    const AssessmentResult result = m_session->result();
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return false;
    ReportInput input { *m_session->questionnaire(), m_session->answers(), result, m_session->doneSteps(),
        m_languages.language(), QDateTime::currentDateTime() };
    if (const std::optional<Assessment> previous = DashboardData::previousFinishedRun(
            m_catalog, m_history.get(), m_session->questionnaire()->id, m_session->answers().created))
        input.previous = assess(*m_session->questionnaire(), previous->answers);
    QString error;
    if (!extras->writeReport(input, path, &error)) {
        showMessage(
            QMessageBox::Warning, tr("Cannot export"), tr("The report could not be written: %1").arg(error));
        return false;
    }
    AppSettings().rememberFolderOf(path);
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::compareWith(const QString& path)
{
    if (!m_session->isOpen())
        return false;
    const QuestionnaireLookup lookup = [this](const QString& id) { return m_catalog.find(id); };
    const AssessmentLoadResult earlier = loadAssessmentFile(path, lookup, m_languages.language());
    if (!earlier.ok() || earlier.assessment->answers.questionnaireId != m_session->questionnaire()->id) {
        QStringList problems;
        for (const Diagnostic& d : earlier.diagnostics)
            problems.append(printable(d.message));
        if (earlier.ok())
            problems.append(tr("It is an assessment of another tool."));
        showMessage(QMessageBox::Warning, tr("Cannot compare"),
            tr("%1 cannot be compared: %2")
                .arg(QDir::toNativeSeparators(path), problems.join(QStringLiteral("; "))));
        return false;
    }
    const AssessmentResult before = assess(*m_session->questionnaire(), earlier.assessment->answers);
    const AssessmentResult after = m_session->result();
    const QDateTime when = earlier.assessment->answers.modified.isValid()
        ? earlier.assessment->answers.modified
        : earlier.assessment->answers.created;
    const QString label
        = when.isValid() ? QLocale().toString(when.date(), QLocale::ShortFormat) : QFileInfo(path).fileName();
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return false;
    QDialog* dialog = extras->createComparisonDialog(*m_session->questionnaire(),
        compareResults(before, after), before, after, m_languages.language(), label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("comparisonDialog"));
    dialog->open();
    return true;
}

void MainWindow::showHistory()
{
    if (!m_session->isOpen())
        return;
    m_session->recordRunIfFinished();
    const Questionnaire& questionnaire = *m_session->questionnaire();
    const QuestionnaireLookup lookup = [this](const QString& id) { return m_catalog.find(id); };
    QStringList problems;
    const QList<HistoryEntry> entries = m_history->entries(questionnaire.id, lookup, &problems);
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return;
    const auto remove = [this, entries](const QString& path) {
        for (const HistoryEntry& entry : entries) {
            QString error;
            if (entry.path == path && !m_history->remove(entry, &error))
                showMessage(QMessageBox::Warning, tr("Cannot remove"), error);
        }
    };
    QDialog* dialog = extras->createHistoryDialog(
        questionnaire, entries, m_history->pathFor(m_session->assessment()), m_languages.language(),
        [this](const QString& path) { compareWith(path); }, remove, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!problems.isEmpty())
        showMessage(QMessageBox::Warning, tr("Damaged history"),
            tr("Some earlier runs could not be read and are left out (the files are kept):\n%1")
                .arg(problems.join(QLatin1Char('\n'))));
}

void MainWindow::shareAnonymously()
{
    if (!m_session->isOpen())
        return;
    const AssessmentResult result = m_session->result();
    if (!isShareable(result)) {
        showMessage(QMessageBox::Information, tr("Not finished yet"),
            tr("Answer every question before sharing: %n question(s) still open. Half-finished results would "
               "make the figures for everyone less reliable.",
                nullptr, int(result.missing.size())));
        return;
    }
    const Share share = buildShare(*m_session->questionnaire(), m_session->answers(), result,
        m_session->doneSteps(), QDate::currentDate(), QUuid::createUuid());
    auto* dialog = new ShareDialog(*m_session->questionnaire(), share, m_languages.language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareDialog::saved, this, [this](const QString& path) {
        AppSettings().rememberFolderOf(path);
        statusBar()->showMessage(tr("Share file written to %1. Zelfscan sends nothing itself.")
                                     .arg(QDir::toNativeSeparators(path)),
            8000);
    });
    dialog->open();
}

void MainWindow::openStaffWindow()
{
    // A window of its own (not modal): staff may keep it open beside an assessment.
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return;
    QWidget* staff = extras->createStaffWindow(StaffWindow::defaultDatabasePath(), &m_catalog, this);
    staff->setWindowFlag(Qt::Window);
    staff->setAttribute(Qt::WA_DeleteOnClose);
    staff->show();
}

void MainWindow::openAdvisoriesWindow()
{
    // A window of its own, like the staff window: it leaves the assessment's pages alone.
    ExtrasModule* extras = ExtrasLoader::moduleOrWarn(this);
    if (!extras)
        return;
    QWidget* window = extras->createAdvisoriesWindow(m_languages.language(), this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

const BenchmarkSet& MainWindow::comparisonFigures()
{
    if (m_comparison)
        return *m_comparison;
    if (!m_demoComparison.isEmpty()) {
        m_comparison = BenchmarkSet::demo(m_demoComparison);
    } else {
        // The user's own choice first, then what an installer put in place.
        m_comparison = BenchmarkSet::find(QStringList { m_comparisonFolder } + installedBenchmarkFolders());
    }
    // A file that cannot be used is said once, not hidden: someone put it there on purpose.
    QStringList problems;
    for (const BenchmarkLoad& refused : m_comparison->refused())
        problems.append(comparisonProblem(refused));
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QLatin1Char(' ')), 15000);
    return *m_comparison;
}

QString MainWindow::comparisonProblem(const BenchmarkLoad& load) const
{
    QString reason;
    switch (load.problem) {
    case BenchmarkProblem::None:
        return {};
    case BenchmarkProblem::Unreadable:
        reason
            = tr("it cannot be read, is damaged or is not a Zelfscan comparison file (%1)").arg(load.detail);
        break;
    case BenchmarkProblem::Synthetic:
        reason = tr("it is marked as made up (synthetic): its figures are not results of real businesses");
        break;
    case BenchmarkProblem::Unsafe:
        reason = tr("it shows groups smaller than it allows, so it could point at single businesses (%1)")
                     .arg(load.detail);
        break;
    case BenchmarkProblem::Empty:
        reason = tr("it holds no figures: every group in it is hidden because it has too few results");
        break;
    }
    return tr("%1 cannot be used as comparison figures: %2.")
        .arg(QDir::toNativeSeparators(load.path), reason);
}

void MainWindow::chooseComparisonFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load comparison figures"),
        AppSettings().lastFolder(), tr("Zelfscan comparison figures (*.json)"));
    if (!path.isEmpty())
        loadComparisonFigures(path);
}

bool MainWindow::loadComparisonFigures(const QString& path)
{
    const BenchmarkLoad load = installBenchmark(path, m_comparisonFolder);
    if (!load.ok()) {
        showMessage(QMessageBox::Warning, tr("Cannot load comparison figures"), comparisonProblem(load));
        return false;
    }
    AppSettings().rememberFolderOf(path);
    // Real figures chosen by the user end a demonstration.
    m_demoComparison.clear();
    reloadComparisonFigures();
    QStringList covered;
    for (const Questionnaire& questionnaire : m_catalog.questionnaires()) {
        if (questionnaire.kind != QuestionnaireKind::RiskClass
            && load.benchmark->hasVersion(questionnaire.id, questionnaire.contentHash))
            covered.append(questionnaire.title.text(m_languages.language()));
    }
    const QString loaded = tr("Comparison figures loaded: %n result(s) shared anonymously by businesses.",
        nullptr, int(load.benchmark->report().results));
    if (covered.isEmpty())
        showMessage(QMessageBox::Warning, tr("Comparison figures loaded"),
            loaded + QLatin1Char(' ')
                + tr("They are for other versions of the questionnaires than this Zelfscan has, so no "
                     "comparison appears yet. Load the figures for this version."));
    else
        showMessage(QMessageBox::Information, tr("Comparison figures loaded"),
            loaded + QLatin1Char(' ')
                + tr("The result page now compares you with similar businesses for: %1.")
                      .arg(covered.join(QStringLiteral(", "))));
    return true;
}

void MainWindow::setDemoComparison(const QString& path)
{
    m_demoComparison = path;
    // Read now, so a wrong path is said at start and not first on a result page.
    reloadComparisonFigures();
    if (m_comparison->isEmpty() && !m_comparison->refused().isEmpty())
        showMessage(QMessageBox::Warning, tr("Cannot show the demo comparison"),
            comparisonProblem(m_comparison->refused().first()));
}

void MainWindow::reloadComparisonFigures()
{
    // The result page keeps a pointer to the figures: it gets the new ones before any repaint.
    m_comparison.reset();
    const BenchmarkSet& figures = comparisonFigures();
    if (!m_result)
        return; // it takes them when it is built
    m_result->setComparisonFigures(&figures);
    if (m_stack->currentWidget() == m_result)
        m_result->refresh();
}

bool MainWindow::save()
{
    if (!m_session->isOpen())
        return false;
    if (m_session->filePath().isEmpty())
        return saveAsChosenFile();
    return saveFile(m_session->filePath());
}

bool MainWindow::saveAsChosenFile()
{
    if (!m_session->isOpen())
        return false;
    const QString suggested = AppSettings().lastFolder() + QLatin1Char('/') + m_session->questionnaire()->id
        + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".zelfscan");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save assessment"), suggested, tr("Zelfscan assessments (*.zelfscan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".zelfscan")))
        path += QStringLiteral(".zelfscan");
    return saveFile(path);
}

void MainWindow::addRecentFile(const QString& path)
{
    AppSettings().addRecentFile(path);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::maybeSave()
{
    // Answers are autosaved; only a document with unsaved changes deserves the question.
    if (!m_session->isModified())
        return true;
    const auto choice = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Save the changes to %1?").arg(QFileInfo(m_session->filePath()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel)
        return false;
    if (choice == QMessageBox::Save)
        return save();
    return true;
}

Profile MainWindow::rememberedProfile() const
{
    return AppSettings().profile();
}

void MainWindow::rememberProfile(const Profile& profile)
{
    AppSettings().setProfile(profile);
}

void MainWindow::showStart()
{
    rememberPosition();
    refreshStart();
    m_stack->setCurrentWidget(m_start);
    m_start->focusFirstChoice();
    retranslate();
}

void MainWindow::openTool(const QString& questionnaireId)
{
    if (!maybeSave())
        return;
    if (!m_session->open(questionnaireId, rememberedProfile()))
        return;
    reportStoreProblems();
    AppSettings().setLastTool(questionnaireId);
    m_start->setLastTool(questionnaireId);
    intakePage()->setToolTitle(m_session->questionnaire()->title.text(m_languages.language()));
    const bool resuming = !m_session->answers().answers.isEmpty();
    if (!resuming)
        carryOverTicks();
    if (resuming && !m_session->answers().profile.size.isEmpty()) {
        // One click continues where the user was: the questions, or the result once all are answered.
        if (isFinished(*m_session->questionnaire(), m_session->answers()))
            showResult();
        else
            showSection(resumeSection());
    } else {
        showIntake();
    }
}

void MainWindow::carryOverTicks()
{
    const std::optional<Assessment> last
        = DashboardData::lastFinishedRun(m_catalog, m_history.get(), m_session->questionnaire()->id);
    const QSet<QString> ticks = carriedOverTicks(&m_session->assessment(), last ? &*last : nullptr);
    for (const QString& step : ticks)
        m_session->setStepDone(step, true);
}

void MainWindow::refreshStart()
{
    QHash<QString, int> months;
    for (const Questionnaire* questionnaire : DashboardData::toolsInOrder(m_catalog))
        months.insert(questionnaire->id, AppSettings().recheckMonths(questionnaire->id));
    m_start->setRecheck(months, QDate::currentDate());
    m_start->setOverview(
        DashboardData::readToolStates(m_catalog, m_store, m_history.get()), systemsSummary());
}

zelfscan::SystemsSummary MainWindow::systemsSummary()
{
    // No inventory means nothing entered yet: the module (and Qt SQL) is not needed to say so.
    const QString inventory = AdvisoriesWindow::defaultInventoryPath();
    if (!QFileInfo::exists(inventory))
        return {};
    QString error;
    ExtrasModule* extras = ExtrasLoader::module(&error);
    if (!extras) {
        SystemsSummary summary;
        summary.problem = error;
        return summary;
    }
    return extras->summariseSystems(inventory, AdvisoriesWindow::defaultDatabasePath());
}

void MainWindow::tickStep(const QString& questionnaireId, const QString& stepId, bool done)
{
    if (const QString error = m_plan->noteTick(questionnaireId, stepId, done); !error.isEmpty())
        statusBar()->showMessage(tr("Could not save the action plan: %1").arg(error));
    if (m_session->isOpen() && m_session->questionnaire()->id == questionnaireId) {
        m_session->setStepDone(stepId, done);
    } else if (const Questionnaire* questionnaire = m_catalog.find(questionnaireId)) {
        // The ticks live in the tool's autosave; after a finished run with none, it starts as that run.
        std::optional<Assessment> assessment = m_store.load(*questionnaire);
        if (!assessment)
            assessment = DashboardData::lastFinishedRun(m_catalog, m_history.get(), questionnaireId);
        if (!assessment)
            return;
        if (done)
            assessment->doneSteps.insert(stepId);
        else
            assessment->doneSteps.remove(stepId);
        const QString error = m_store.save(*assessment);
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Could not save your answers: %1").arg(error));
        reportStoreProblems();
    }
    refreshStart();
}

bool MainWindow::showPage(const QString& name)
{
    if (name == QLatin1String("start"))
        showStart();
    else if (!m_session->isOpen())
        return false;
    else if (name == QLatin1String("intake"))
        showIntake();
    else if (name == QLatin1String("questions"))
        showSection(resumeSection());
    else if (name == QLatin1String("review")) {
        reviewPage()->refresh();
        m_stack->setCurrentWidget(m_review);
        retranslate();
    } else if (name == QLatin1String("result"))
        showResult();
    else
        return false;
    return true;
}

void MainWindow::showPageHelp()
{
    QWidget* page = m_stack->currentWidget();
    HelpDialogs::Page which = HelpDialogs::Page::Start;
    if (page == m_intake)
        which = HelpDialogs::Page::Intake;
    else if (page == m_questions)
        which = HelpDialogs::Page::Questions;
    else if (page == m_review)
        which = HelpDialogs::Page::Review;
    else if (page == m_result)
        which = HelpDialogs::Page::Result;
    HelpDialogs::showHelp(this, which);
}

void MainWindow::showIntake()
{
    intakePage()->setProfile(m_session->answers().profile);
    m_stack->setCurrentWidget(m_intake);
    m_intake->setFocus();
    retranslate();
}

void MainWindow::showSection(int index)
{
    const int count = int(m_session->visibleSections().size());
    questionPage()->showSection(std::clamp(index, 0, std::max(0, count - 1)));
    m_stack->setCurrentWidget(m_questions);
    rememberPosition();
    retranslate();
}

void MainWindow::showReviewOrResult()
{
    reviewPage()->refresh();
    if (m_review->hasMissing()) {
        m_stack->setCurrentWidget(m_review);
        retranslate();
        return;
    }
    showResult();
}

void MainWindow::showResult()
{
    m_session->recordRunIfFinished();
    if (!resultPage())
        return; // the user was told why
    m_result->setComparisonFigures(&comparisonFigures());
    const std::optional<Assessment> previous = DashboardData::previousFinishedRun(
        m_catalog, m_history.get(), m_session->questionnaire()->id, m_session->answers().created);
    m_result->setPreviousResult(previous
            ? std::optional<AssessmentResult>(assess(*m_session->questionnaire(), previous->answers))
            : std::nullopt);
    m_result->refresh();
    reportStoreProblems(); // the result reads other tools' autosaves as evidence
    m_stack->setCurrentWidget(m_result);
    retranslate();
}

void MainWindow::goToQuestion(const QString& sectionId, const QString& questionId)
{
    const QList<const Section*> sections = m_session->visibleSections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i)->id == sectionId) {
            showSection(i);
            m_questions->focusQuestion(questionId);
            return;
        }
    }
}

void MainWindow::rememberPosition()
{
    if (m_session->isOpen() && m_stack->currentWidget() == m_questions)
        AppSettings().setResumeSection(m_session->questionnaire()->id, m_questions->sectionId());
}

int MainWindow::resumeSection() const
{
    const QString sectionId = AppSettings().resumeSection(m_session->questionnaire()->id);
    const QList<const Section*> sections = m_session->visibleSections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i)->id == sectionId)
            return i;
    }
    return 0;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Answers are autosaved as they are given; only the position is left to remember.
    rememberPosition();
    AppSettings().setWindowGeometry(saveGeometry());
    event->accept();
}
