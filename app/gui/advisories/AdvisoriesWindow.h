// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class InventoryTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTreeWidget;

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
    void setLanguage(const QString& language);
    static QString defaultInventoryPath();
    static QString defaultDatabasePath();

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
    QTreeWidget* stepTree() const { return m_steps; }
    const QList<zelfscan::advisories::AdvisoryStep>& steps() const { return m_currentSteps; }

Q_SIGNALS:
    void importFinished(const zelfscan::advisories::AdvisoryImportReport& report);

private:
    void buildInventoryTab(QWidget* tab);
    void buildAdvisoriesTab(QWidget* tab);
    void saveInventory();
    void finishImport();
    void showSteps();
    /** Reads the stored advisories again: after an import, and once at the start. */
    void loadDocuments();
    QString statusText(zelfscan::advisories::StepStatus::Value value) const;

    QString m_inventoryPath;
    QString m_databasePath;
    QString m_language = QStringLiteral("nl");
    InventoryTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTreeWidget* m_steps = nullptr;
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

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<zelfscan::advisories::AdvisoryImportReport> m_report;
};
