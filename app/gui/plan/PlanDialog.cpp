// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanDialog.h"

#include "app/gui/plan/PlanDelegate.h"
#include "app/gui/plan/PlanModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace zelfscan;

namespace {

constexpr int periodChoices[] = { 1, 3, 6, 12, 24 };

QString periodText(int months)
{
    return months % 12 == 0 ? PlanDialog::tr("after %n year(s)", nullptr, months / 12)
                            : PlanDialog::tr("after %n month(s)", nullptr, months);
}

} // namespace

PlanDialog::PlanDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Action plan"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Choose per step who does it and by when. F2 or typing edits the selected cell; "
                            "a step with a due date goes into the calendar export."),
        this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_model = new PlanModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanDelegate(m_table));
    // Not CurrentChanged: an editor opened by merely arriving on a cell takes the arrow keys, so
    // walking down the status or date column would change every step passed on the way.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(PlanModel::StepColumn, QHeaderView::Stretch);
    // Step titles wrap; rows follow the step column's width as the dialog is resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Action plan"));
    layout->addWidget(m_table, 1);
    connect(m_model, &PlanModel::planningChanged, this, &PlanDialog::planningChanged);
    connect(m_model, &PlanModel::dataChanged, this, &PlanDialog::showReasonColumnWhenUsed);
    connect(m_model, &PlanModel::modelReset, this, &PlanDialog::showReasonColumnWhenUsed);

    auto* periods = new QGroupBox(tr("Offer to do a tool again"), this);
    m_periods = new QFormLayout(periods);
    layout->addWidget(periods);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_export = buttons->addButton(tr("E&xport to calendar…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("planExportButton"));
    m_export->setAutoDefault(false); // Return in the table must not start an export
    connect(m_export, &QPushButton::clicked, this, &PlanDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1040, 600);
}

PlanDialog::~PlanDialog()
{
    // An editor still open commits when the table goes, after this dialog's own part is gone.
    disconnect(m_model, nullptr, this, nullptr);
}

void PlanDialog::focusPlan()
{
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PlanModel::StatusColumn));
    m_table->setFocus(Qt::OtherFocusReason);
}

void PlanDialog::setPlan(const QList<PlanEntry>& entries, const QHash<QString, QString>& toolNames,
    const zelfscan::Language& language)
{
    m_model->setPlan(entries, toolNames, language);
    for (int column : { int(PlanModel::ToolColumn), int(PlanModel::StatusColumn), int(PlanModel::OwnerColumn),
             int(PlanModel::DueColumn), int(PlanModel::ReasonColumn) })
        m_table->resizeColumnToContents(column);
    // Empty columns would be as narrow as their heading; leave room for a name and a date. The
    // tool names are long and alike: the step's own title needs the width more.
    for (int column :
        { int(PlanModel::StatusColumn), int(PlanModel::OwnerColumn), int(PlanModel::DueColumn) })
        m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), 120));
    m_table->setColumnWidth(PlanModel::ToolColumn, qMin(m_table->columnWidth(PlanModel::ToolColumn), 170));
}

void PlanDialog::showReasonColumnWhenUsed()
{
    const QList<PlanEntry>& entries = m_model->entries();
    const bool used = std::any_of(entries.cbegin(), entries.cend(),
        [](const PlanEntry& entry) { return entry.planning.status == PlanStatus::NotRelevant; });
    m_table->setColumnHidden(PlanModel::ReasonColumn, !used);
}

void PlanDialog::setRecheckPeriods(
    const QList<std::pair<QString, QString>>& tools, const QHash<QString, int>& months)
{
    while (m_periods->rowCount() > 0)
        m_periods->removeRow(0);
    m_periodBoxes.clear();
    for (const auto& [id, title] : tools) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("recheck_") + id);
        box->setAccessibleName(tr("Do %1 again").arg(title));
        for (int choice : periodChoices)
            box->addItem(periodText(choice), choice);
        box->setCurrentIndex(qMax(0, box->findData(months.value(id))));
        const QString tool = id;
        connect(box, &QComboBox::activated, this,
            [this, box, tool] { Q_EMIT recheckMonthsChanged(tool, box->currentData().toInt()); });
        m_periods->addRow(title + QLatin1Char(':'), box);
        m_periodBoxes.insert(id, box);
    }
}
