// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanModel.h"

#include "core/plan/PlanEdit.h"

#include <QLocale>

using namespace zelfscan;

PlanModel::PlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlanModel::setPlan(const QList<PlanEntry>& entries, const QHash<QString, QString>& toolNames,
    const zelfscan::Language& language)
{
    beginResetModel();
    m_entries = entries;
    m_toolNames = toolNames;
    m_language = language;
    endResetModel();
}

QString PlanModel::statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Open:
        return tr("Open");
    case PlanStatus::Planned:
        return tr("Planned");
    case PlanStatus::InProgress:
        return tr("In progress");
    case PlanStatus::Done:
        return tr("Done");
    case PlanStatus::NotRelevant:
        return tr("Not relevant");
    }
    return {};
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::displayData(const PlanEntry& entry, int column) const
{
    switch (column) {
    case StepColumn:
        return entry.step.title.text(m_language);
    case ToolColumn: {
        QStringList tools;
        for (const auto& [tool, step] : entry.sources)
            tools.append(m_toolNames.value(tool, tool));
        return tools.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return statusText(entry.planning.status);
    case OwnerColumn:
        return entry.planning.owner;
    case DueColumn:
        return entry.planning.due.isValid() ? QLocale().toString(entry.planning.due, QLocale::ShortFormat)
                                            : QString();
    case ReasonColumn:
        return entry.planning.reason;
    default:
        return {};
    }
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || (role == Qt::AccessibleTextRole && index.column() != DueColumn))
        return displayData(entry, index.column());
    if (role == Qt::AccessibleTextRole)
        return entry.planning.due.isValid() ? QLocale().toString(entry.planning.due, QLocale::LongFormat)
                                            : tr("No date");
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case StatusColumn:
            return int(entry.planning.status);
        case DueColumn:
            return entry.planning.due.isValid() ? entry.planning.due : noDate();
        default:
            return displayData(entry, index.column());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StepColumn)
        return entry.step.how.text(m_language);
    if (role == Qt::ToolTipRole && index.column() == ToolColumn) // the column may be too narrow
        return displayData(entry, index.column());
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case ToolColumn:
        return tr("Advised by");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Who");
    case DueColumn:
        return tr("Due date");
    case ReasonColumn:
        return tr("Why not relevant");
    default:
        return {};
    }
}

bool PlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    StepPlanning& planning = m_entries[index.row()].planning;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StepPlanning edited;
    switch (index.column()) {
    case StatusColumn:
        edited = planedit::setStatus(
            planning, static_cast<PlanStatus>(qBound(0, value.toInt(), int(PlanStatus::NotRelevant))), now);
        break;
    case OwnerColumn:
        edited = planedit::setOwner(planning, value.toString(), now);
        break;
    case DueColumn: {
        const QDate date = value.toDate();
        edited = planedit::setDue(planning, date != noDate() ? date : QDate(), now);
        break;
    }
    case ReasonColumn:
        edited = planedit::setReason(planning, value.toString(), now);
        break;
    default:
        return false;
    }
    if (edited == planning)
        return true;
    planning = edited;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT planningChanged(m_entries.at(index.row()));
    return true;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const int column = index.column();
    if (column == StatusColumn || column == OwnerColumn || column == DueColumn)
        flags |= Qt::ItemIsEditable;
    if (column == ReasonColumn && m_entries.at(index.row()).planning.status == PlanStatus::NotRelevant)
        flags |= Qt::ItemIsEditable;
    return flags;
}
