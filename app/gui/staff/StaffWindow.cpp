// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/StaffWindow.h"

#include "app/gui/AppSettings.h"
#include "app/gui/MessageBoxes.h"
#include "app/gui/staff/AggregateChartView.h"
#include "app/gui/staff/AggregateTableModel.h"
#include "app/gui/staff/StaffAggregator.h"
#include "app/gui/staff/StaffImportPanel.h"
#include "app/gui/staff/StaffImportRunner.h"
#include "app/gui/staff/StaffLabels.h"
#include "core/engine/Engine.h"
#include "core/share/ShareStore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace zelfscan;

namespace {

QString versionKey(const AggregateVersion& version)
{
    return QStringList { version.tool, version.questionnaireId, version.questionnaireVersion,
        version.questionnaireHash }
        .join(QLatin1Char('\n'));
}

} // namespace

StaffWindow::StaffWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_chartSector(allGroups())
    , m_chartSize(allGroups())
{
    setObjectName(QStringLiteral("staffWindow"));
    m_runner = new StaffImportRunner(this);
    m_aggregator = new StaffAggregator(this);
    m_model = new AggregateTableModel(this);
    buildLayout();
    resize(1180, 820);
    setMinimumSize(880, 620);

    connect(m_runner, &StaffImportRunner::progress, m_importPanel, &StaffImportPanel::setProgress);
    connect(m_runner, &StaffImportRunner::finished, this, &StaffWindow::onImportFinished);
    connect(m_importPanel, &StaffImportPanel::cancelRequested, this, &StaffWindow::cancelImport);
    connect(m_aggregator, &StaffAggregator::finished, this, &StaffWindow::onAggregated);

    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    {
        // Creates a missing store here, before any worker can: two connections creating it at
        // once would collide. A store that cannot be used is reported by the first aggregation.
        ShareStore store(m_databasePath);
        QString ignored;
        store.open(&ignored);
    }
    retranslate();
    refresh();
}

StaffWindow::~StaffWindow() = default;

QLayout* StaffWindow::buildDatabaseRow(QWidget* central)
{
    auto* databaseRow = new QHBoxLayout;
    m_databaseLabel = new QLabel(central);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openDatabase = new QPushButton(central);
    m_openDatabase->setObjectName(QStringLiteral("openDatabaseButton"));
    m_importFiles = new QPushButton(central);
    m_importFiles->setObjectName(QStringLiteral("importFilesButton"));
    m_importFolder = new QPushButton(central);
    m_importFolder->setObjectName(QStringLiteral("importFolderButton"));
    connect(m_openDatabase, &QPushButton::clicked, this, &StaffWindow::chooseDatabase);
    connect(m_importFiles, &QPushButton::clicked, this, &StaffWindow::chooseFilesToImport);
    connect(m_importFolder, &QPushButton::clicked, this, &StaffWindow::chooseFolderToImport);
    databaseRow->addWidget(m_databaseLabel, 1);
    databaseRow->addWidget(m_openDatabase);
    databaseRow->addWidget(m_importFiles);
    databaseRow->addWidget(m_importFolder);

    return databaseRow;
}

QLayout* StaffWindow::buildChoiceRow(QWidget* central)
{
    auto* choiceRow = new QHBoxLayout;
    m_minGroupLabel = new QLabel(central);
    m_minGroup = new QSpinBox(central);
    m_minGroup->setObjectName(QStringLiteral("minGroupBox"));
    m_minGroup->setRange(smallestMinGroup, 1000);
    m_minGroup->setValue(defaultMinGroup);
    // Typing "12" should compute once, not for "1" first (which the range refuses anyway).
    m_minGroup->setKeyboardTracking(false);
    m_minGroupLabel->setBuddy(m_minGroup);
    connect(m_minGroup, &QSpinBox::valueChanged, this, &StaffWindow::refresh);
    m_versionLabel = new QLabel(central);
    m_versions = new QComboBox(central);
    m_versions->setObjectName(QStringLiteral("versionBox"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_versions->setMinimumContentsLength(30);
    m_versionLabel->setBuddy(m_versions);
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (const AggregateVersion* version = currentVersion())
            m_versionKey = versionKey(*version);
        showVersion();
    });
    choiceRow->addWidget(m_minGroupLabel);
    choiceRow->addWidget(m_minGroup);
    choiceRow->addSpacing(16);
    choiceRow->addWidget(m_versionLabel);
    choiceRow->addWidget(m_versions, 1);

    return choiceRow;
}

QWidget* StaffWindow::buildTablesAndImport(QWidget* central)
{
    auto* vertical = new QSplitter(Qt::Vertical, central);
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);
    m_table = new QTableView(horizontal);
    m_table->setObjectName(QStringLiteral("aggregateTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (const AggregateGroup* group = m_model->groupAt(current.row())) {
                m_chartSector = group->sector;
                m_chartSize = group->size;
            }
            showChosenGroup();
        });
    m_charts = new AggregateChartView(horizontal);
    horizontal->addWidget(m_table);
    horizontal->addWidget(m_charts);
    m_charts->setMinimumWidth(360);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    horizontal->setSizes({ 680, 480 });

    auto* importBox = new QWidget(vertical);
    auto* importLayout = new QVBoxLayout(importBox);
    importLayout->setContentsMargins(0, 0, 0, 0);
    m_importTitle = new QLabel(importBox);
    QFont titleFont = m_importTitle->font();
    titleFont.setBold(true);
    m_importTitle->setFont(titleFont);
    m_importPanel = new StaffImportPanel(importBox);
    importLayout->addWidget(m_importTitle);
    importLayout->addWidget(m_importPanel, 1);
    vertical->addWidget(horizontal);
    vertical->addWidget(importBox);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 560, 170 });

    return vertical;
}

QLayout* StaffWindow::buildExportRow(QWidget* central)
{
    auto* exportRow = new QHBoxLayout;
    m_exportCsv = new QPushButton(central);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportXlsx = new QPushButton(central);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_exportJson = new QPushButton(central);
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(QStringLiteral("csv")); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseExportFile(QStringLiteral("xlsx")); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExportFile(QStringLiteral("json")); });
    exportRow->addStretch(1);
    exportRow->addWidget(m_exportCsv);
    exportRow->addWidget(m_exportXlsx);
    exportRow->addWidget(m_exportJson);

    return exportRow;
}

void StaffWindow::buildLayout()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(buildDatabaseRow(central));
    m_privacyNotice = new QLabel(central);
    m_privacyNotice->setObjectName(QStringLiteral("privacyNotice"));
    m_privacyNotice->setWordWrap(true);
    m_privacyNotice->setFrameShape(QFrame::StyledPanel);
    m_privacyNotice->setMargin(6);
    m_privacyNotice->setTextFormat(Qt::RichText);
    layout->addWidget(m_privacyNotice);

    layout->addLayout(buildChoiceRow(central));
    m_versionSummary = new QLabel(central);
    m_versionSummary->setObjectName(QStringLiteral("versionSummary"));
    m_versionSummary->setWordWrap(true);
    layout->addWidget(m_versionSummary);

    layout->addWidget(buildTablesAndImport(central), 1);
    layout->addLayout(buildExportRow(central));
    setCentralWidget(central);
}

bool StaffWindow::openDatabase(const QString& path)
{
    if (isImporting())
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    {
        ShareStore store(path);
        if (!store.open(&error)) {
            showMessage(QMessageBox::Warning, tr("Cannot open database"),
                tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
    }
    m_databasePath = path;
    m_report.reset();
    m_versionKey.clear();
    m_chartSector = allGroups();
    m_chartSize = allGroups();
    fillVersions();
    updateTexts();
    refresh();
    return true;
}

int StaffWindow::minGroup() const
{
    return m_minGroup->value();
}

void StaffWindow::setMinGroup(int k)
{
    m_minGroup->setValue(k);
}

bool StaffWindow::isImporting() const
{
    return m_runner->isRunning();
}

bool StaffWindow::isAggregating() const
{
    return m_aggregator->isBusy();
}

const AggregateVersion* StaffWindow::currentVersion() const
{
    const int index = m_versions->currentIndex();
    if (!m_report || index < 0 || index >= m_report->versions.size())
        return nullptr;
    return &m_report->versions.at(index);
}

bool StaffWindow::importPaths(const QStringList& paths)
{
    if (paths.isEmpty() || isImporting())
        return false;
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (!m_runner->start(m_databasePath, paths, StaffLabels::language()))
        return false;
    m_importPanel->begin();
    statusBar()->showMessage(tr("Importing…"));
    updateActions();
    return true;
}

void StaffWindow::cancelImport()
{
    m_runner->cancel();
}

void StaffWindow::refresh()
{
    m_aggregator->request(m_databasePath, m_minGroup->value());
    updateTexts();
    updateActions();
}

void StaffWindow::onImportFinished(const ImportReport& report)
{
    m_importPanel->finish(report);
    statusBar()->showMessage(m_importPanel->summaryLabel()->text());
    updateActions();
    if (report.ok())
        refresh();
    Q_EMIT importFinished(report);
}

void StaffWindow::onAggregated(const std::optional<AggregateReport>& report, const QString& error)
{
    m_report = report;
    m_aggregateError = report ? QString() : error;
    fillVersions();
    updateTexts();
    updateActions();
    Q_EMIT aggregatesUpdated();
}

void StaffWindow::fillVersions()
{
    const QString wanted = m_versionKey;
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    int chosen = -1;
    if (m_report) {
        for (const AggregateVersion& version : m_report->versions) {
            m_versions->addItem(StaffLabels::version(version));
            if (versionKey(version) == wanted)
                chosen = m_versions->count() - 1;
        }
    }
    if (chosen < 0) {
        // Otherwise the first version that can be shown.
        for (int i = 0; m_report && i < m_report->versions.size() && chosen < 0; ++i) {
            if (!m_report->versions.at(i).suppressed)
                chosen = i;
        }
    }
    m_versions->setCurrentIndex(chosen >= 0 ? chosen : (m_versions->count() > 0 ? 0 : -1));
    if (const AggregateVersion* version = currentVersion())
        m_versionKey = versionKey(*version);
    showVersion();
}

void StaffWindow::setQuestionnaires(const QuestionnaireCatalog* catalog)
{
    m_questionnaires = catalog;
    showVersion();
}

QMap<QString, QString> StaffWindow::sectionTitles(const AggregateVersion& version) const
{
    QMap<QString, QString> titles;
    const Questionnaire* questionnaire
        = m_questionnaires ? m_questionnaires->find(version.questionnaireId) : nullptr;
    if (!questionnaire)
        return titles;
    for (const QString& id : version.sections) {
        if (const Section* section = questionnaire->section(id))
            titles.insert(id, section->title.text(StaffLabels::language()));
    }
    return titles;
}

QMap<QString, QString> StaffWindow::stepTitles(const AggregateVersion& version) const
{
    QMap<QString, QString> titles;
    const Questionnaire* questionnaire
        = m_questionnaires ? m_questionnaires->find(version.questionnaireId) : nullptr;
    if (!questionnaire)
        return titles;
    for (const AggregateGroup& group : version.groups) {
        for (const StepCount& step : group.openSteps) {
            if (titles.contains(step.stepId))
                continue;
            const LocalizedText title = stepTitle(*questionnaire, step.stepId);
            if (!title.isEmpty())
                titles.insert(step.stepId, title.text(StaffLabels::language()));
        }
    }
    return titles;
}

void StaffWindow::showVersion()
{
    const AggregateVersion* version = currentVersion();
    m_model->setVersion(version ? std::optional<AggregateVersion>(*version) : std::nullopt);
    // Kept for the charts: a row change re-charts, but the titles change with the version only.
    m_sectionTitles = version ? sectionTitles(*version) : QMap<QString, QString>();
    m_model->setTitles(m_sectionTitles, version ? stepTitles(*version) : QMap<QString, QString>());
    int row = m_model->rowOf(m_chartSector, m_chartSize);
    if (row < 0) {
        m_chartSector = allGroups();
        m_chartSize = allGroups();
        row = m_model->rowOf(m_chartSector, m_chartSize);
    }
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showChosenGroup();
    updateTexts();
}

void StaffWindow::showChosenGroup()
{
    const AggregateVersion* version = currentVersion();
    const AggregateGroup* group
        = version && !version->suppressed ? version->group(m_chartSector, m_chartSize) : nullptr;
    m_charts->showGroup(version && !version->suppressed ? version : nullptr, group, m_sectionTitles);
}

void StaffWindow::updateActions()
{
    const bool importing = isImporting();
    m_openDatabase->setEnabled(!importing);
    m_importFiles->setEnabled(!importing);
    m_importFolder->setEnabled(!importing);
    // An export while k or the store changed would not match what the window shows; an empty
    // store would give a file of headers only.
    const bool exportable = m_report && !m_report->versions.isEmpty() && !isAggregating();
    m_exportCsv->setEnabled(exportable);
    m_exportXlsx->setEnabled(exportable);
    m_exportJson->setEnabled(exportable);
}

void StaffWindow::updateTexts()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    const int k = m_minGroup->value();
    m_privacyNotice->setText(tr(
        "<b>Smallest group shown: k = %1.</b> Groups with fewer than %1 results are hidden everywhere: in "
        "this table, in the charts and in the CSV and JSON exports. Numbers from which a hidden group could "
        "be worked out are hidden too, and a questionnaire version with fewer than %1 results in all is not "
        "shown at all.")
                                 .arg(k));
    QString summary;
    if (isAggregating() && !m_report) {
        summary = tr("Computing the aggregates…");
    } else if (!m_report) {
        summary = tr("The database cannot be read: %1").arg(m_aggregateError);
    } else if (m_report->versions.isEmpty()) {
        summary = tr("No results yet. Import share files (.zelfshare) or JSON Lines files (.jsonl).");
    } else if (const AggregateVersion* version = currentVersion()) {
        summary = version->suppressed
            ? tr("This version has fewer than %1 results in all: nothing of it is shown.").arg(k)
            // One count per phrase: Qt's plural forms take one %n each.
            : tr("This version: %Ln result(s);", nullptr, StaffLabels::numerus(version->results))
                + QLatin1Char(' ') + tr("%Ln group(s) suppressed.", nullptr, version->suppressedGroups)
                + QLatin1Char(' ') + tr("Versions are never mixed.");
        if (isAggregating())
            summary += QLatin1Char(' ') + tr("Recomputing…");
    }
    m_versionSummary->setText(summary);
}

void StaffWindow::chooseDatabase()
{
    // A save dialog, so that staff can also start a new, empty database.
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"),
        QFileInfo(m_databasePath).absolutePath(), tr("Zelfscan share databases (*.sqlite);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void StaffWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import share files"), lastFolder(),
        tr("Share files (*.zelfshare *.jsonl *.ndjson);;All files (*)"));
    if (files.isEmpty())
        return;
    rememberFolder(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void StaffWindow::chooseFolderToImport()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import a folder of share files"), lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    importPaths({ folder });
}

void StaffWindow::chooseExportFile(const QString& extension)
{
    const QString suggested
        = QDir(lastFolder())
              .filePath(QStringLiteral("zelfscan-aggregates-k%1.%2").arg(m_minGroup->value()).arg(extension));
    const QString filter = extension == QLatin1String("csv") ? tr("CSV files (*.csv)")
        : extension == QLatin1String("xlsx")                 ? tr("Excel workbooks (*.xlsx)")
                                                             : tr("JSON files (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export aggregates"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    rememberFolder(QFileInfo(path).absolutePath());
    exportAggregates(path);
}

bool StaffWindow::exportAggregates(const QString& path)
{
    QString error;
    if (!m_report || isAggregating())
        error = tr("the aggregates are not ready yet");
    else if (writeAggregates(*m_report, path, &error, StaffLabels::language())) {
        statusBar()->showMessage(
            tr("Exported with k = %1 to %2").arg(m_report->minGroup).arg(QDir::toNativeSeparators(path)));
        return true;
    }
    showMessage(QMessageBox::Warning, tr("Export failed"),
        tr("The aggregates could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void StaffWindow::showMessage(QMessageBox::Icon icon, const QString& title, const QString& text)
{
    showMessageBox(this, icon, title, text);
    statusBar()->showMessage(text);
}

QString StaffWindow::lastFolder() const
{
    return AppSettings().staffFolder();
}

void StaffWindow::rememberFolder(const QString& path)
{
    AppSettings().setStaffFolder(path);
}

void StaffWindow::closeEvent(QCloseEvent* event)
{
    // All or nothing: a cancelled import leaves the store as it was, so closing never half-imports.
    m_runner->cancelAndWait();
    QMainWindow::closeEvent(event);
}

void StaffWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Queued: LanguageManager sets the locale, which picks the sector and size labels, just after.
        QMetaObject::invokeMethod(this, &StaffWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void StaffWindow::retranslate()
{
    setWindowTitle(tr("Shared results (DTC staff) — Zelfscan"));
    m_openDatabase->setText(tr("&Open database…"));
    m_importFiles->setText(tr("Import &files…"));
    m_importFolder->setText(tr("Import f&older…"));
    m_minGroupLabel->setText(tr("&Smallest group (k):"));
    m_minGroup->setAccessibleName(tr("Smallest group shown (k)"));
    m_minGroup->setToolTip(
        tr("Groups with fewer results than this are hidden everywhere. At least %1.").arg(smallestMinGroup));
    m_versionLabel->setText(tr("&Questionnaire version:"));
    m_versions->setAccessibleName(tr("Questionnaire version"));
    m_table->setAccessibleName(tr("Aggregates per sector and size"));
    m_databaseLabel->setAccessibleName(tr("Database in use"));
    m_versionSummary->setAccessibleName(tr("About this version"));
    m_importTitle->setText(tr("Last import"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportXlsx->setText(tr("Export &XLSX…"));
    m_exportJson->setText(tr("Export &JSON…"));
    m_importPanel->retranslate();
    m_model->retranslate();
    fillVersions();
    updateTexts();
}
