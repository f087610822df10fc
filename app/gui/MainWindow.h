// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Profile.h"
#include "core/dashboard/SystemsSummary.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Benchmark.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>
#include <optional>

class AutosaveStore;
namespace zelfscan {
class AssessmentHistory;
}
class IntakePage;
class PlanController;
class PlanDialog;
namespace zelfscan {
struct PlanEntry;
}
class LanguageManager;
class QActionGroup;
class QStackedWidget;
class QToolButton;
class QuestionPage;
class ResultView;
class ReviewPage;
class Session;
class StartPage;

/** The window: a stack of pages (start, intake, questions, review, result) and the menus. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const zelfscan::QuestionnaireCatalog& catalog, AutosaveStore& store,
        LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    QWidget* currentPage() const;
    StartPage* startPage() const { return m_start; }
    // Built on first use: only the start page is needed to show the window, and the result page
    // with its charts was a third of the start-up's work.
    IntakePage* intakePage();
    QuestionPage* questionPage();
    ReviewPage* reviewPage();
    /** Null when the extras module is missing (the user is told). */
    ResultView* resultPage();

    /** Opens a tool as if chosen on the start page. */
    void openTool(const QString& questionnaireId);
    void showStart();
    /**
     * Shows a page by name: start, or of the open tool intake, questions, review or result; false
     * for an unknown name or without an open tool. For screenshots of every page.
     */
    bool showPage(const QString& name);
    /** Opens a `.zelfscan` document; problems are shown to the user. Returns true when opened. */
    bool openFile(const QString& path);
    /** For a second launch: raises the window and opens @p path (none: only raises), asking
     *  first when the current document has unsaved changes, as File > Open does. */
    bool openFileFromDesktop(const QString& path);
    /** Saves the assessment to @p path; problems are shown to the user. */
    bool saveFile(const QString& path);
    /** Writes a report of the current result; the format follows the extension. */
    bool exportReport(const QString& path);
    /** Shows the action plan across tools to edit (status, owner, due date, re-check periods). */
    PlanDialog* openPlanDialog();
    /** Writes the planned steps with a due date as an iCalendar file; problems are shown. */
    bool exportCalendar(const QString& path);
    /** Compares the current result with the assessment saved in @p path (for example last year's). */
    bool compareWith(const QString& path);
    /** Shows the earlier runs of the current tool with a trend chart. */
    void showHistory();
    /** Shows what an anonymous share of the current result holds; saving it is up to the user. */
    void shareAnonymously();
    /** Clears the open tool's answers to answer it anew (a re-check), after asking; ticks stay. */
    void startToolAgain();
    /** Opens the DTC staff window that combines shared results into anonymous figures. */
    void openAdvisoriesWindow();
    void openStaffWindow();
    /**
     * Checks a comparison file the DTC published and copies it into comparisonFolder(); a file
     * that cannot be used is explained to the user and changes nothing. True when loaded.
     */
    bool loadComparisonFigures(const QString& path);
    /**
     * Shows the figures in @p path, made-up ones too, instead of the published ones: every place
     * they appear then says they are a demo. For demonstrations only (--demo-comparison).
     */
    void setDemoComparison(const QString& path);
    /** Where loaded comparison files are kept: "comparison" beside the autosave folder. */
    QString comparisonFolder() const { return m_comparisonFolder; }
    /** The comparison figures the result page uses; read on first use (not needed at start-up). */
    const zelfscan::BenchmarkSet& comparisonFigures();
    zelfscan::AssessmentHistory& history() { return *m_history; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void chooseFileToOpen();
    void chooseReportFile();
    bool save();
    bool saveAsChosenFile();
    void updateRecentFiles();
    void addRecentFile(const QString& path);
    /** Asks whether to save unsaved document changes; false when the user cancels. */
    bool maybeSave();
    void updateDocumentState();
    void reportStoreProblems();
    void showMessage(QMessageBox::Icon icon, const QString& title, const QString& text);
    void chooseComparisonFile();
    /** Reads the comparison figures again and gives them to the result page. */
    void reloadComparisonFigures();
    /** Why a comparison file cannot be used, in the interface language. */
    QString comparisonProblem(const zelfscan::BenchmarkLoad& load) const;
    void retranslate();
    /** Ticks the language menu entry of @p language (or of its base language). */
    void checkLanguageAction(const zelfscan::Language& language);
    void applyLanguage(const zelfscan::Language& language);
    void showIntake();
    void showSection(int index);
    void showReviewOrResult();
    void showResult();
    void goToQuestion(const QString& sectionId, const QString& questionId);
    void rememberPosition();
    /** Reads where each tool stands again and shows it on the start page. */
    void refreshStart();
    /** The start page's "My systems" tile. */
    zelfscan::SystemsSummary systemsSummary();
    void tickStep(const QString& questionnaireId, const QString& stepId, bool done);
    void chooseCalendarFile();
    void changePlanning(const zelfscan::PlanEntry& entry);
    /** The document keeps the plan of its own steps: copied in whenever the plan changes. */
    void syncSessionPlan();
    QList<zelfscan::PlanEntry> currentPlan();
    void fillPlanDialog();
    /** A new run starts with the ticks of the last one: step ids are stable across runs. */
    void carryOverTicks();
    void showPageHelp();
    int resumeSection() const;
    zelfscan::Profile rememberedProfile() const;
    void rememberProfile(const zelfscan::Profile& profile);

    const zelfscan::QuestionnaireCatalog& m_catalog;
    AutosaveStore& m_store;
    LanguageManager& m_languages;
    std::unique_ptr<zelfscan::AssessmentHistory> m_history;
    QString m_comparisonFolder;
    QString m_demoComparison;
    std::optional<zelfscan::BenchmarkSet> m_comparison;
    Session* m_session = nullptr;
    QStackedWidget* m_stack = nullptr;
    StartPage* m_start = nullptr;
    IntakePage* m_intake = nullptr;
    QuestionPage* m_questions = nullptr;
    ReviewPage* m_review = nullptr;
    ResultView* m_result = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_shareAction = nullptr;
    QAction* m_loadComparisonAction = nullptr;
    QAction* m_staffAction = nullptr;
    QAction* m_advisoriesAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_restartAction = nullptr;
    QAction* m_planAction = nullptr;
    QAction* m_calendarAction = nullptr;
    PlanController* m_plan = nullptr;
    PlanDialog* m_planDialog = nullptr;
    QAction* m_quitAction = nullptr;
    QList<QAction*> m_languageActions; ///< one per language offered, its code as data
    QAction* m_pageHelpAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QToolButton* m_helpButton = nullptr;
};
