// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/ShareImporter.h"

#include <QMainWindow>
#include <QMessageBox>

#include <optional>

class AggregateChartView;
class AggregateTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class StaffAggregator;
class StaffImportPanel;
class StaffImportRunner;

/**
 * For DTC staff: imports share files into a local store and shows the aggregates per
 * questionnaire version, with every group smaller than k suppressed, as a table and charts, and
 * exports them as CSV, XLSX or JSON. Importing and aggregating run in worker threads.
 */
class StaffWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffWindow)

public:
    explicit StaffWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~StaffWindow() override;

    /** "staff/shares.sqlite" in the app's data folder. */
    static QString defaultDatabasePath();

    QString databasePath() const { return m_databasePath; }
    /** Switches to the store at @p path (created when missing); refuses files that are not one. */
    bool openDatabase(const QString& path);
    int minGroup() const;
    void setMinGroup(int k);
    bool isImporting() const;
    /** True while aggregates are being recomputed; report() is then out of date. */
    bool isAggregating() const;
    /** The aggregates shown; nothing before the first computation or when the store cannot be read. */
    const std::optional<zelfscan::AggregateReport>& report() const { return m_report; }
    /** The version in the table, or nothing. */
    const zelfscan::AggregateVersion* currentVersion() const;
    /** Writes the aggregates shown (with the current k) to a .csv, .xlsx or .json file; errors are shown. */
    bool exportAggregates(const QString& path);

    AggregateTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QComboBox* versionSelector() const { return m_versions; }
    QSpinBox* minGroupBox() const { return m_minGroup; }
    AggregateChartView* charts() const { return m_charts; }
    StaffImportPanel* importPanel() const { return m_importPanel; }
    QLabel* privacyNotice() const { return m_privacyNotice; }

public Q_SLOTS:
    /** Imports share files, JSON Lines files and folders; false when an import is already running. */
    bool importPaths(const QStringList& paths);
    void cancelImport();
    /** Recomputes the aggregates from the store with the current k. */
    void refresh();

    /**
     * Names sections by their titles in the questionnaires this Zelfscan has (not owned; may be
     * null). Shares carry section ids only, and ids stay stable across questionnaire versions.
     */
    void setQuestionnaires(const zelfscan::QuestionnaireCatalog* catalog);

Q_SIGNALS:
    void importFinished(const zelfscan::ImportReport& report);
    /** report() holds the aggregates of the store as it is now, with the current k. */
    void aggregatesUpdated();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QMap<QString, QString> sectionTitles(const zelfscan::AggregateVersion& version) const;
    QMap<QString, QString> stepTitles(const zelfscan::AggregateVersion& version) const;
    void buildLayout();
    QLayout* buildDatabaseRow(QWidget* central);
    QLayout* buildChoiceRow(QWidget* central);
    /** The aggregate table beside its charts, above the import progress. */
    QWidget* buildTablesAndImport(QWidget* central);
    QLayout* buildExportRow(QWidget* central);
    void chooseDatabase();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseExportFile(const QString& extension);
    void onImportFinished(const zelfscan::ImportReport& report);
    void onAggregated(const std::optional<zelfscan::AggregateReport>& report, const QString& error);
    void fillVersions();
    void showVersion();
    void showChosenGroup();
    void updateActions();
    void updateTexts();
    void retranslate();
    void showMessage(QMessageBox::Icon icon, const QString& title, const QString& text);
    QString lastFolder() const;
    void rememberFolder(const QString& path);

    QString m_databasePath;
    const zelfscan::QuestionnaireCatalog* m_questionnaires = nullptr;
    QMap<QString, QString> m_sectionTitles; ///< of the version shown
    std::optional<zelfscan::AggregateReport> m_report;
    QString m_aggregateError;
    QString m_versionKey; ///< the chosen version, kept when the aggregates are recomputed
    QString m_chartSector; ///< the charted group, kept likewise
    QString m_chartSize;

    StaffImportRunner* m_runner = nullptr;
    StaffAggregator* m_aggregator = nullptr;
    AggregateTableModel* m_model = nullptr;

    QLabel* m_databaseLabel = nullptr;
    QPushButton* m_openDatabase = nullptr;
    QPushButton* m_importFiles = nullptr;
    QPushButton* m_importFolder = nullptr;
    QLabel* m_privacyNotice = nullptr;
    QLabel* m_minGroupLabel = nullptr;
    QSpinBox* m_minGroup = nullptr;
    QLabel* m_versionLabel = nullptr;
    QComboBox* m_versions = nullptr;
    QLabel* m_versionSummary = nullptr;
    QTableView* m_table = nullptr;
    AggregateChartView* m_charts = nullptr;
    QLabel* m_importTitle = nullptr;
    StaffImportPanel* m_importPanel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
    QPushButton* m_exportJson = nullptr;
};
