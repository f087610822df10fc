// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/AdvisoriesWindow.h"

#include "app/gui/advisories/InventoryTableModel.h"
#include "core/io/SafeWrite.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace zelfscan;
using namespace zelfscan::advisories;

AdvisoriesWindow::AdvisoriesWindow(const QString& inventoryPath, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_inventoryPath(inventoryPath)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Vulnerability alerts"));
    auto* tabs = new QTabWidget(this);
    auto* inventoryTab = new QWidget(tabs);
    auto* advisoriesTab = new QWidget(tabs);
    tabs->addTab(inventoryTab, tr("My systems"));
    tabs->addTab(advisoriesTab, tr("Vulnerabilities"));
    setCentralWidget(tabs);
    buildInventoryTab(inventoryTab);
    buildAdvisoriesTab(advisoriesTab);
    resize(1000, 640);

    if (QFileInfo::exists(m_inventoryPath)) {
        const InventoryLoadResult loaded = loadInventoryFile(m_inventoryPath);
        if (loaded.inventory) {
            m_model->setInventory(*loaded.inventory);
        } else {
            // The next edit saves the list; the unreadable file is moved aside first so that it is
            // never overwritten by an empty one.
            const QString aside = m_inventoryPath + QStringLiteral(".unreadable-")
                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            QFile::rename(m_inventoryPath, aside);
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

QString AdvisoriesWindow::defaultInventoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/inventory.yaml");
}

QString AdvisoriesWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/advisories.sqlite");
}

void AdvisoriesWindow::buildInventoryTab(QWidget* tab)
{
    auto* layout = new QVBoxLayout(tab);
    auto* intro = new QLabel(tr("List the devices, software, cloud services and machines your business uses. "
                                "The list stays on this computer."),
        tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_inventoryProblem = new QLabel(tab);
    m_inventoryProblem->setObjectName(QStringLiteral("inventoryProblem"));
    m_inventoryProblem->setWordWrap(true);
    m_inventoryProblem->setVisible(false);
    layout->addWidget(m_inventoryProblem);
    m_model = new InventoryTableModel(this);
    m_table = new QTableView(tab);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), tab);
    auto* remove = new QPushButton(tr("&Remove"), tab);
    auto* importButton = new QPushButton(tr("&Import CSV…"), tab);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), tab);
    add->setObjectName(QStringLiteral("addAsset"));
    remove->setObjectName(QStringLiteral("removeAsset"));
    importButton->setObjectName(QStringLiteral("importCsv"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addAsset();
        m_table->setCurrentIndex(m_model->index(row, 1));
        m_table->edit(m_model->index(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        m_model->removeAssets(rows);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import systems"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export systems"), QStringLiteral("systemen.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_model, &InventoryTableModel::edited, this, [this] {
        saveInventory();
        rematch();
    });
}

void AdvisoriesWindow::buildAdvisoriesTab(QWidget* tab)
{
    auto* layout = new QVBoxLayout(tab);
    auto* intro = new QLabel(tr("Security advisories come to you as files: Zelfscan never downloads "
                                "anything. The NCSC publishes its "
                                "advisories at advisories.ncsc.nl, also as CSAF files (JSON). Download a "
                                "folder of them, or get them "
                                "on a USB stick, and import it here. Matching happens on this computer."),
        tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* bar = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Import &advisories…"), tab);
    m_importButton->setObjectName(QStringLiteral("importAdvisories"));
    m_progress = new QProgressBar(tab);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("&Cancel"), tab);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->setVisible(false);
    bar->addWidget(m_importButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancelButton);
    bar->addStretch();
    layout->addLayout(bar);
    m_summary = new QLabel(tab);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_steps = new QTreeWidget(tab);
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({ tr("Step"), tr("System"), tr("Status") });
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->setWordWrap(true);
    layout->addWidget(m_steps, 1);
    auto* statusBar = new QHBoxLayout;
    m_status = new QComboBox(tab);
    for (StepStatus::Value v : { StepStatus::Value::Open, StepStatus::Value::InProgress,
             StepStatus::Value::Done, StepStatus::Value::NotRelevant })
        m_status->addItem(statusText(v), int(v));
    m_reason = new QLineEdit(tab);
    m_reason->setPlaceholderText(tr("Why it is not relevant"));
    auto* apply = new QPushButton(tr("&Set status"), tab);
    statusBar->addWidget(new QLabel(tr("Status of the selected step:"), tab));
    statusBar->addWidget(m_status);
    statusBar->addWidget(m_reason, 1);
    statusBar->addWidget(apply);
    layout->addLayout(statusBar);
    connect(apply, &QPushButton::clicked, this,
        [this] { setSelectedStatus(StepStatus::Value(m_status->currentData().toInt()), m_reason->text()); });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with CSAF advisories"));
        if (!folder.isEmpty())
            startImport({ folder });
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &AdvisoriesWindow::cancelImport);
}

QString AdvisoriesWindow::statusText(StepStatus::Value value) const
{
    switch (value) {
    case StepStatus::Value::Open:
        return tr("Open");
    case StepStatus::Value::InProgress:
        return tr("In progress");
    case StepStatus::Value::Done:
        return tr("Done");
    case StepStatus::Value::NotRelevant:
        return tr("Not relevant");
    }
    return {};
}

void AdvisoriesWindow::saveInventory()
{
    QString error;
    QDir().mkpath(QFileInfo(m_inventoryPath).absolutePath());
    if (!saveInventoryFile(m_model->inventory(), m_inventoryPath, &error))
        QMessageBox::warning(
            this, tr("Vulnerability alerts"), tr("Your list of systems could not be saved: %1").arg(error));
}

void AdvisoriesWindow::setLanguage(const QString& language)
{
    m_language = language;
    showSteps();
}

bool AdvisoriesWindow::importCsv(const QString& path)
{
    const InventoryLoadResult loaded = loadInventoryCsvFile(path);
    if (!loaded.inventory) {
        QStringList lines;
        for (const Diagnostic& d : loaded.diagnostics)
            lines << d.toString();
        QMessageBox::warning(this, tr("Import systems"),
            tr("The file could not be imported:\n%1").arg(lines.mid(0, 10).join(QLatin1Char('\n'))));
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
        QMessageBox::warning(this, tr("Export systems"), tr("The file could not be written: %1").arg(error));
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
    loadDocuments();
    rematch();
    QString text;
    if (!report.error.isEmpty())
        text = tr("The advisories could not be stored: %1").arg(report.error);
    else if (report.cancelled)
        text = tr("Import cancelled; nothing was added.");
    else
        text = tr("%n new advisory/advisories, %1 newer revision(s), %2 file(s) could not be read.", nullptr,
            report.added)
                   .arg(report.replaced)
                   .arg(report.rejectedFiles());
    m_summary->setText(text + QLatin1Char(' ') + m_summary->text());
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
    if (!m_loadError.isEmpty())
        m_summary->setText(tr("The advisories could not be read: %1").arg(m_loadError));
}

void AdvisoriesWindow::showSteps()
{
    const QString& lang = m_language;
    m_steps->clear();
    for (qsizetype i = 0; i < m_currentSteps.size(); ++i) {
        const AdvisoryStep& step = m_currentSteps.at(i);
        auto* item = new QTreeWidgetItem(m_steps);
        item->setText(0, step.title.text(lang));
        item->setText(1, step.assetId);
        item->setText(2, statusText(step.status.value));
        item->setData(0, Qt::UserRole, int(i));
        auto* why = new QTreeWidgetItem(item);
        why->setText(0, tr("Why: %1").arg(step.why.text(lang)));
        auto* how = new QTreeWidgetItem(item);
        how->setText(0, tr("How: %1").arg(step.how.text(lang)));
    }
    if (!m_result.checkByHand.isEmpty()) {
        auto* group = new QTreeWidgetItem(m_steps);
        group->setText(0, tr("Check by hand (%1)").arg(m_result.checkByHand.size()));
        for (const CheckByHand& check : std::as_const(m_result.checkByHand)) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, QStringLiteral("%1: %2").arg(check.advisoryId, check.reason));
            item->setText(1, check.assetId);
        }
    }
    m_summary->setText(tr("%1 step(s) for %2 system(s); %3 to check by hand.")
                           .arg(m_currentSteps.size())
                           .arg(m_model->inventory().assets.size())
                           .arg(m_result.checkByHand.size()));
}

bool AdvisoriesWindow::setSelectedStatus(StepStatus::Value value, const QString& reason)
{
    const QTreeWidgetItem* item = m_steps->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item || !item->data(0, Qt::UserRole).isValid())
        return false;
    const AdvisoryStep step = m_currentSteps.value(item->data(0, Qt::UserRole).toInt());
    AdvisoryStore store(m_databasePath);
    QString error;
    if (!store.open(&error)) {
        QMessageBox::warning(this, tr("Vulnerability alerts"), error);
        return false;
    }
    StepStatus status;
    status.value = value;
    status.reason = value == StepStatus::Value::NotRelevant ? reason : QString();
    status.remediationKey = step.remediationKey;
    for (const QString& vulnerability : step.vulnerabilities) {
        if (!store.setStatus(step.assetId, vulnerability, status, &error)) {
            QMessageBox::warning(this, tr("Vulnerability alerts"), error);
            return false;
        }
    }
    rematch();
    return true;
}
