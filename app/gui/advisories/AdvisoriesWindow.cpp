// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/AdvisoriesWindow.h"

#include "app/gui/MessageBoxes.h"
#include "app/gui/advisories/AdvisoryStepModel.h"
#include "app/gui/advisories/AssetKindDelegate.h"
#include "app/gui/advisories/InventoryTableModel.h"
#include "app/gui/staff/StaffLabels.h"
#include "core/io/SafeWrite.h"
#include "core/plan/AlertPlan.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

using namespace zelfscan;
using namespace zelfscan::advisories;

AdvisoriesWindow::AdvisoriesWindow(const QString& inventoryPath, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_inventoryPath(inventoryPath)
    , m_databasePath(databasePath)
{
    m_tabs = new QTabWidget(this);
    auto* inventoryTab = new QWidget(m_tabs);
    auto* advisoriesTab = new QWidget(m_tabs);
    m_tabs->addTab(inventoryTab, QString());
    m_tabs->addTab(advisoriesTab, QString());
    setCentralWidget(m_tabs);
    buildInventoryTab(inventoryTab);
    buildAdvisoriesTab(advisoriesTab);
    retranslate();
    resize(1000, 680);

    if (QFileInfo::exists(m_inventoryPath)) {
        const InventoryLoadResult loaded = loadInventoryFile(m_inventoryPath);
        if (loaded.inventory) {
            m_model->setInventory(*loaded.inventory);
        } else {
            // The next edit saves the list; the unreadable file is moved aside first so that it is
            // never overwritten by an empty one.
            const QString aside = keepAside(m_inventoryPath, QStringLiteral("unreadable"));
            m_inventoryProblem->setText(
                tr("Your list of systems could not be read (%1). The file is kept as %2.")
                    .arg(loaded.diagnostics.value(0).toString(), aside));
            m_inventoryProblem->setVisible(true);
        }
    }
    loadDocuments();
    rematch();
}

AdvisoriesWindow::~AdvisoriesWindow()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

std::optional<AdvisoryPlan> AdvisoriesWindow::reportPlan()
{
    const QString inventory = defaultInventoryPath();
    const QString database = defaultDatabasePath();
    if (!QFileInfo::exists(inventory) || !QFileInfo::exists(database))
        return std::nullopt;
    QString error;
    return loadAdvisoryPlan(inventory, database, &error);
}

void AdvisoriesWindow::buildInventoryTab(QWidget* tab)
{
    auto* layout = new QVBoxLayout(tab);
    m_inventoryIntro = new QLabel(tab);
    m_inventoryIntro->setWordWrap(true);
    layout->addWidget(m_inventoryIntro);
    m_inventoryProblem = new QLabel(tab);
    m_inventoryProblem->setObjectName(QStringLiteral("inventoryProblem"));
    m_inventoryProblem->setWordWrap(true);
    m_inventoryProblem->setVisible(false);
    layout->addWidget(m_inventoryProblem);
    m_model = new InventoryTableModel(this);
    m_table = new QTableView(tab);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(InventoryTableModel::KindColumn, new AssetKindDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tab);
    m_removeButton = new QPushButton(tab);
    m_importCsvButton = new QPushButton(tab);
    m_exportCsvButton = new QPushButton(tab);
    m_addButton->setObjectName(QStringLiteral("addAsset"));
    m_removeButton->setObjectName(QStringLiteral("removeAsset"));
    m_importCsvButton->setObjectName(QStringLiteral("importCsv"));
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsv"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_importCsvButton);
    buttons->addWidget(m_exportCsvButton);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addAsset();
        m_table->setCurrentIndex(m_model->index(row, 1));
        m_table->edit(m_model->index(row, 1));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        m_model->removeAssets(rows);
    });
    connect(m_importCsvButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import systems"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export systems"), QStringLiteral("systemen.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_model, &InventoryTableModel::edited, this, [this] {
        saveInventory();
        rematch();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AdvisoriesWindow::updateInventoryButtons);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &AdvisoriesWindow::updateInventoryButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdvisoriesWindow::updateInventoryButtons);
    updateInventoryButtons();
}

void AdvisoriesWindow::buildAdvisoriesTab(QWidget* tab)
{
    auto* layout = new QVBoxLayout(tab);
    m_advisoriesIntro = new QLabel(tab);
    m_advisoriesIntro->setObjectName(QStringLiteral("advisoriesIntro"));
    m_advisoriesIntro->setWordWrap(true);
    layout->addWidget(m_advisoriesIntro);
    auto* bar = new QHBoxLayout;
    m_importButton = new QPushButton(tab);
    m_importButton->setObjectName(QStringLiteral("importAdvisories"));
    m_progress = new QProgressBar(tab);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tab);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->setVisible(false);
    m_groupingLabel = new QLabel(tab);
    m_grouping = new QComboBox(tab);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItems({ QString(), QString() });
    m_groupingLabel->setBuddy(m_grouping);
    bar->addWidget(m_importButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancelButton);
    bar->addStretch();
    bar->addWidget(m_groupingLabel);
    bar->addWidget(m_grouping);
    layout->addLayout(bar);
    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("advisorySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // it names files
    layout->addWidget(m_summary);
    m_stepModel = new AdvisoryStepModel(this);
    m_steps = new QTreeView(tab);
    m_steps->setModel(m_stepModel);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(AdvisoryStepModel::TitleColumn, QHeaderView::Stretch);
    m_steps->setWordWrap(true);
    m_steps->setUniformRowHeights(false);
    layout->addWidget(m_steps, 1);
    // Why and how of the selected step, in full (the tree shows only the step's title).
    m_details = new QLabel(tab);
    m_details->setObjectName(QStringLiteral("stepDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    layout->addLayout(buildStatusBar(tab));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stepModel->setGrouping(
            index == 1 ? AdvisoryStepModel::Grouping::ByAdvisory : AdvisoryStepModel::Grouping::BySystem);
        m_steps->expandAll();
        m_steps->resizeColumnToContents(AdvisoryStepModel::OtherColumn);
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AdvisoriesWindow::showDetails);
    connect(m_stepModel, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdvisoriesWindow::showDetails, Qt::UniqueConnection);
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with CSAF advisories"));
        if (!folder.isEmpty())
            startImport({ folder });
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &AdvisoriesWindow::cancelImport);
}

QHBoxLayout* AdvisoriesWindow::buildStatusBar(QWidget* tab)
{
    auto* statusBar = new QHBoxLayout;
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    for (StepStatus::Value v : { StepStatus::Value::Open, StepStatus::Value::InProgress,
             StepStatus::Value::Done, StepStatus::Value::NotRelevant })
        m_status->addItem(QString(), int(v));
    m_reason = new QLineEdit(tab);
    m_reason->setObjectName(QStringLiteral("statusReason"));
    m_applyButton = new QPushButton(tab);
    m_applyButton->setObjectName(QStringLiteral("setStatus"));
    m_statusLabel = new QLabel(tab);
    m_statusLabel->setBuddy(m_status);
    statusBar->addWidget(m_statusLabel);
    statusBar->addWidget(m_status);
    statusBar->addWidget(m_reason, 1);
    statusBar->addWidget(m_applyButton);
    connect(m_applyButton, &QPushButton::clicked, this,
        [this] { setSelectedStatus(StepStatus::Value(m_status->currentData().toInt()), m_reason->text()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &AdvisoriesWindow::updateReasonField);
    return statusBar;
}

void AdvisoriesWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Queued: LanguageManager sets the locale, which names the steps' language, just after.
        QMetaObject::invokeMethod(
            this,
            [this] {
                setLanguage(StaffLabels::language());
                retranslate();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void AdvisoriesWindow::retranslate()
{
    setWindowTitle(tr("Vulnerability alerts"));
    m_tabs->setTabText(0, tr("My systems"));
    m_tabs->setTabText(1, tr("Vulnerabilities"));
    m_inventoryIntro->setText(
        tr("List the devices, software, cloud services and machines your business uses. "
           "The list stays on this computer."));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("&Remove"));
    m_importCsvButton->setText(tr("&Import CSV…"));
    m_exportCsvButton->setText(tr("E&xport CSV…"));
    m_advisoriesIntro->setText(
        tr("Security advisories come to you as files: Zelfscan never downloads anything. The NCSC "
           "publishes its security advisories at advisories.ncsc.nl, as web pages, PDF and CSAF files "
           "(JSON). Download the CSAF files you need into a folder, or get them on a USB stick, and "
           "import that folder here. Matching happens on this computer; nothing leaves it."));
    m_importButton->setText(tr("Import &advisories…"));
    m_cancelButton->setText(tr("&Cancel"));
    m_groupingLabel->setText(tr("&Group by:"));
    m_grouping->setItemText(0, tr("System"));
    m_grouping->setItemText(1, tr("Advisory"));
    m_steps->setAccessibleName(tr("Steps for your systems"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(
            i, AdvisoryStepModel::statusText(StepStatus::Value(m_status->itemData(i).toInt())));
    m_reason->setPlaceholderText(tr("Why it is not relevant"));
    m_applyButton->setText(tr("&Set status"));
    m_statusLabel->setText(tr("S&tatus of the selected step:"));
    m_stepModel->retranslate();
    m_model->retranslate();
    updateSummary();
    showDetails();
}

void AdvisoriesWindow::saveInventory()
{
    QString error;
    QDir().mkpath(QFileInfo(m_inventoryPath).absolutePath());
    if (!saveInventoryFile(m_model->inventory(), m_inventoryPath, &error))
        showMessageBox(this, QMessageBox::Warning, tr("Vulnerability alerts"),
            tr("Your list of systems could not be saved: %1").arg(error));
}

void AdvisoriesWindow::setLanguage(const Language& language)
{
    m_language = language;
    m_stepModel->setLanguage(language);
    showDetails();
}

bool AdvisoriesWindow::importCsv(const QString& path)
{
    const InventoryLoadResult loaded = loadInventoryCsvFile(path, m_language);
    if (!loaded.inventory) {
        // The rows a spreadsheet shows, not FILE:LINE:COLUMN: the message names the file already.
        QStringList lines;
        for (const Diagnostic& d : loaded.diagnostics.mid(0, 10)) {
            const QString reason = printable(d.message);
            lines << (d.line > 0 ? tr("Row %1: %2").arg(d.line).arg(reason) : reason);
        }
        showMessageBox(this, QMessageBox::Warning, tr("Import systems"),
            tr("%1 could not be imported; your list was not changed.\n\n%2")
                .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    // Rows with an id already in the list replace that asset; the others are added.
    Inventory inventory = m_model->inventory();
    for (const Asset& asset : loaded.inventory->assets) {
        auto it = std::find_if(inventory.assets.begin(), inventory.assets.end(),
            [&](const Asset& a) { return a.id == asset.id; });
        if (it != inventory.assets.end())
            *it = asset;
        else
            inventory.assets.append(asset);
    }
    m_model->setInventory(inventory);
    saveInventory();
    rematch();
    return true;
}

bool AdvisoriesWindow::exportCsv(const QString& path)
{
    QString error;
    if (!writeFileAtomically(path, inventoryToCsv(m_model->inventory()), &error)) {
        showMessageBox(this, QMessageBox::Warning, tr("Export systems"),
            tr("The file could not be written: %1").arg(error));
        return false;
    }
    return true;
}

bool AdvisoriesWindow::startImport(const QStringList& paths)
{
    if (m_thread)
        return false;
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_report = std::make_shared<AdvisoryImportReport>();
    auto cancel = m_cancel;
    auto report = m_report;
    const QString database = m_databasePath;
    QPointer<QProgressBar> progress = m_progress;
    // The store is opened in the worker: a Qt SQL connection belongs to the thread that made it.
    m_thread = QThread::create([database, paths, cancel, report, progress] {
        AdvisoryStore store(database);
        QString error;
        if (!store.open(&error)) {
            report->error = error;
            return;
        }
        *report = store.import(paths, [cancel, progress](int done, int total) {
            if (progress)
                QMetaObject::invokeMethod(progress, [progress, done, total] {
                    if (progress) {
                        progress->setMaximum(total);
                        progress->setValue(done);
                    }
                });
            return !cancel->load();
        });
    });
    connect(m_thread, &QThread::finished, this, &AdvisoriesWindow::finishImport);
    m_progress->setValue(0);
    m_progress->setMaximum(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_importButton->setEnabled(false);
    m_thread->start();
    return true;
}

void AdvisoriesWindow::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AdvisoriesWindow::finishImport()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_importButton->setEnabled(true);
    const AdvisoryImportReport report = *m_report;
    m_lastImport = report;
    loadDocuments();
    rematch();
    Q_EMIT importFinished(report);
}

void AdvisoriesWindow::loadDocuments()
{
    m_documents.clear();
    m_loadError.clear();
    if (!QFileInfo::exists(m_databasePath))
        return;
    AdvisoryStore store(m_databasePath);
    std::optional<QList<CsafDocument>> documents;
    if (store.open(&m_loadError) && (documents = store.documents(&m_loadError)))
        m_documents = *documents;
}

void AdvisoriesWindow::rematch()
{
    m_result = MatchResult();
    StatusMap statuses;
    if (QFileInfo::exists(m_databasePath)) {
        AdvisoryStore store(m_databasePath);
        QString error;
        std::optional<StatusMap> stored;
        if (store.open(&error) && (stored = store.statuses(&error)))
            statuses = *stored;
        else
            m_loadError = error;
    }
    const Matcher matcher(m_model->inventory());
    for (const CsafDocument& document : std::as_const(m_documents)) {
        const MatchResult one = matcher.match(document);
        m_result.matches += one.matches;
        m_result.checkByHand += one.checkByHand;
    }
    m_currentSteps = advisorySteps(m_result.matches, m_model->inventory(), statuses);
    showSteps();
}

void AdvisoriesWindow::showSteps()
{
    m_stepModel->setContent(m_currentSteps, m_result.checkByHand, m_model->inventory());
    m_steps->expandAll();
    m_steps->resizeColumnToContents(AdvisoryStepModel::OtherColumn);
    m_steps->resizeColumnToContents(AdvisoryStepModel::StatusColumn);
    updateSummary();
    showDetails();
}

QString AdvisoriesWindow::importSummary(const AdvisoryImportReport& report)
{
    // One count per part, as Qt's plural forms take one %n each; a part that is zero says nothing.
    QStringList parts { tr("%n new advisory/advisories", nullptr, report.added) };
    if (report.replaced > 0)
        parts << tr("%n newer revision(s)", nullptr, report.replaced);
    if (report.rejectedFiles() > 0) {
        // Which files, so the user knows what to download again; zelfscan-cli says why in detail.
        QStringList files;
        for (const Diagnostic& problem : report.rejected) {
            if (!files.contains(problem.file))
                files << problem.file;
        }
        constexpr int named = 3;
        QStringList names;
        for (const QString& file : files.mid(0, named))
            names << QFileInfo(file).fileName();
        QString list = names.join(QStringLiteral(", "));
        if (files.size() > named)
            list += tr(" and %n more", nullptr, int(files.size()) - named);
        parts << tr("%n file(s) could not be read (%1)", nullptr, report.rejectedFiles()).arg(list);
    }
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void AdvisoriesWindow::updateSummary()
{
    QString text;
    if (m_lastImport) {
        const AdvisoryImportReport& report = *m_lastImport;
        if (!report.error.isEmpty())
            text = tr("The advisories could not be stored: %1").arg(report.error);
        else if (report.cancelled)
            text = tr("Import cancelled; nothing was added.");
        else
            text = importSummary(report);
        text += QLatin1Char(' ');
    }
    if (!m_loadError.isEmpty())
        text += tr("The advisories could not be read: %1").arg(m_loadError);
    else if (m_model->inventory().assets.isEmpty())
        // "0 steps for 0 systems" would say nothing about what to do next.
        text += tr("Put your systems on the list under \"My systems\" to see which advisories concern them.");
    else
        // One count per phrase: Qt's plural forms take one %n each.
        text += tr("%n step(s)", nullptr, int(m_currentSteps.size())) + QLatin1Char(' ')
            + tr("for %n system(s);", nullptr, int(m_model->inventory().assets.size())) + QLatin1Char(' ')
            + tr("%n to check by hand.", nullptr, int(m_result.checkByHand.size()));
    m_summary->setText(text);
}

void AdvisoriesWindow::showDetails()
{
    const QModelIndex current = m_steps->currentIndex();
    const int step = m_stepModel->stepAt(current);
    const int check = m_stepModel->checkAt(current);
    if (step >= 0) {
        const AdvisoryStep& s = m_currentSteps.at(step);
        QString text = tr("Why: %1").arg(s.why.text(m_language)) + QLatin1Char('\n')
            + tr("How: %1").arg(s.how.text(m_language));
        if (s.status.value == StepStatus::Value::NotRelevant && !s.status.reason.isEmpty())
            text += QLatin1Char('\n') + tr("Not relevant because: %1").arg(s.status.reason);
        m_details->setText(text);
    } else if (check >= 0) {
        const CheckByHand& c = m_result.checkByHand.at(check);
        m_details->setText(
            tr("Check by hand (%1, %2): %3").arg(c.advisoryId, c.productName, c.why.text(m_language)));
    } else {
        m_details->setText(tr("Select a step to see why and how."));
    }
    showStatusOf(step >= 0 ? &m_currentSteps.at(step) : nullptr);
}

void AdvisoriesWindow::showStatusOf(const AdvisoryStep* step)
{
    m_status->setEnabled(step);
    m_applyButton->setEnabled(step);
    if (step) {
        m_status->setCurrentIndex(m_status->findData(int(step->status.value)));
        m_reason->setText(step->status.reason);
    } else {
        m_reason->clear();
    }
    updateReasonField();
}

void AdvisoriesWindow::updateReasonField()
{
    m_reason->setEnabled(m_status->isEnabled()
        && StepStatus::Value(m_status->currentData().toInt()) == StepStatus::Value::NotRelevant);
}

void AdvisoriesWindow::updateInventoryButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
    m_exportCsvButton->setEnabled(m_model->rowCount() > 0);
}

bool AdvisoriesWindow::setSelectedStatus(StepStatus::Value value, const QString& reason)
{
    const int index = m_stepModel->stepAt(m_steps->currentIndex());
    if (index < 0)
        return false;
    const AdvisoryStep step = m_currentSteps.at(index);
    AdvisoryStore store(m_databasePath);
    QString error;
    if (!store.open(&error)) {
        showMessageBox(this, QMessageBox::Warning, tr("Vulnerability alerts"), error);
        return false;
    }
    if (!recordDecision(store, step, value, reason, &error)) {
        showMessageBox(this, QMessageBox::Warning, tr("Vulnerability alerts"), error);
        return false;
    }
    rematch();
    // The same step stays selected, wherever its new status puts it.
    for (int i = 0; i < m_currentSteps.size(); ++i) {
        if (m_currentSteps.at(i).assetId == step.assetId
            && m_currentSteps.at(i).advisoryId == step.advisoryId)
            m_steps->setCurrentIndex(m_stepModel->indexOfStep(i));
    }
    return true;
}
