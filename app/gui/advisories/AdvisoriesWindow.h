// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryPlan.h"
#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class AdvisoryStepModel;
class InventoryTableModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QThread;
class QTreeView;

/**
 * Vulnerability alerts (issue 16): "Mijn systemen", the inventory as an editable table, and
 * "Kwetsbaarheden", advisories imported from files in a worker thread (progress, cancel) and
 * matched here, with a status per step kept in the store. Nothing leaves the machine.
 */
class AdvisoriesWindow final : public QMainWindow
{
    Q_OBJECT

public:
    AdvisoriesWindow(const QString& inventoryPath, const QString& databasePath, QWidget* parent = nullptr);
    ~AdvisoriesWindow() override;

    /** "nl" or "en": the language of the steps (the interface follows the installed translator). */
    void setLanguage(const zelfscan::Language& language);
    static QString defaultInventoryPath();
    static QString defaultDatabasePath();
    /**
     * The steps to do for a report, from the list of systems and the store in the data folder;
     * none when either is missing or cannot be read (the report is then made without them).
     */
    static std::optional<zelfscan::advisories::AdvisoryPlan> reportPlan();
    /** An import in words, a count per part: "3 new advisories, 1 newer revision." */
    static QString importSummary(const zelfscan::advisories::AdvisoryImportReport& report);

    /** Adds the assets of a CSV export; false (with a message box) when it has errors. */
    bool importCsv(const QString& path);
    bool exportCsv(const QString& path);
    /** Starts importing advisories in a worker thread; importFinished() follows. */
    bool startImport(const QStringList& paths);
    void cancelImport();
    bool isImporting() const { return m_thread != nullptr; }
    /** Sets the status of the selected step for all its vulnerabilities. */
    bool setSelectedStatus(zelfscan::advisories::StepStatus::Value value, const QString& reason);
    void rematch();

    InventoryTableModel* inventoryModel() const { return m_model; }
    AdvisoryStepModel* stepModel() const { return m_stepModel; }
    QTreeView* stepView() const { return m_steps; }
    const QList<zelfscan::advisories::AdvisoryStep>& steps() const { return m_currentSteps; }

Q_SIGNALS:
    void importFinished(const zelfscan::advisories::AdvisoryImportReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetails();
    /** The status controls speak of the chosen step: its status, and nothing to set without one. */
    void showStatusOf(const zelfscan::advisories::AdvisoryStep* step);
    /** A reason is asked for only when a step is set to "not relevant". */
    void updateReasonField();
    /** Remove needs a chosen system, export a list with something in it. */
    void updateInventoryButtons();
    void updateSummary();
    void buildInventoryTab(QWidget* tab);
    void buildAdvisoriesTab(QWidget* tab);
    QHBoxLayout* buildStatusBar(QWidget* tab);
    void saveInventory();
    void finishImport();
    void showSteps();
    /** Reads the stored advisories again: after an import, and once at the start. */
    void loadDocuments();

    QString m_inventoryPath;
    QString m_databasePath;
    zelfscan::Language m_language;
    InventoryTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    AdvisoryStepModel* m_stepModel = nullptr;
    QTreeView* m_steps = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_inventoryIntro = nullptr;
    QLabel* m_advisoriesIntro = nullptr;
    QLabel* m_groupingLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_details = nullptr;
    QComboBox* m_grouping = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_importCsvButton = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_inventoryProblem = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_reason = nullptr;
    QList<zelfscan::advisories::AdvisoryStep> m_currentSteps;
    zelfscan::advisories::MatchResult m_result;
    // Parsed once, not per edit: reading thousands of documents takes most of a second.
    QList<zelfscan::advisories::CsafDocument> m_documents;
    QString m_loadError;
    std::optional<zelfscan::advisories::AdvisoryImportReport> m_lastImport;

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<zelfscan::advisories::AdvisoryImportReport> m_report;
};
