// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/AggregateTableModel.h"

#include "app/gui/staff/StaffLabels.h"

#include <QFont>

using namespace zelfscan;

namespace {

/** Open steps named in the cell; the tooltip lists all that core published. */
constexpr int stepsInCell = 3;

QString stepList(
    const QList<StepCount>& steps, const QMap<QString, QString>& titles, int limit, const QString& separator)
{
    QStringList items;
    for (const StepCount& step : steps.mid(0, limit))
        items << AggregateTableModel::tr("%1 (%2)").arg(
            titles.value(step.stepId, step.stepId), StaffLabels::count(step.count));
    return items.join(separator);
}

} // namespace

AggregateTableModel::AggregateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AggregateTableModel::setVersion(const std::optional<AggregateVersion>& version)
{
    beginResetModel();
    m_version = version && !version->suppressed ? version : std::nullopt;
    endResetModel();
}

void AggregateTableModel::setTitles(
    const QMap<QString, QString>& sections, const QMap<QString, QString>& steps)
{
    m_sectionTitles = sections;
    m_stepTitles = steps;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, openStepsColumn()), index(rowCount() - 1, openStepsColumn()));
    if (columnCount() > FirstSectionColumn)
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstSectionColumn, columnCount() - 1);
}

const AggregateGroup* AggregateTableModel::groupAt(int row) const
{
    if (!m_version || row < 0 || row >= m_version->groups.size())
        return nullptr;
    return &m_version->groups.at(row);
}

int AggregateTableModel::rowOf(const QString& sector, const QString& size) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const AggregateGroup* group = groupAt(row);
        if (group->sector == sector && group->size == size)
            return row;
    }
    return -1;
}

int AggregateTableModel::openStepsColumn() const
{
    return FirstSectionColumn + (m_version ? int(m_version->sections.size()) : 0);
}

void AggregateTableModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int AggregateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_version ? 0 : int(m_version->groups.size());
}

int AggregateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : openStepsColumn() + 1;
}

bool AggregateTableModel::isScoreColumn(int column) const
{
    return column == OverallMeanColumn || column == OverallMedianColumn
        || (column >= FirstSectionColumn && column < openStepsColumn());
}

std::optional<ScoreSummary> AggregateTableModel::scoreAt(const AggregateGroup& group, int column) const
{
    if (column == OverallMeanColumn || column == OverallMedianColumn)
        return group.overall;
    if (column >= FirstSectionColumn && column < openStepsColumn()) {
        const QString& section = m_version->sections.at(column - FirstSectionColumn);
        if (group.sections.contains(section))
            return group.sections.value(section);
    }
    return std::nullopt;
}

QVariant AggregateTableModel::display(const AggregateGroup& group, int column) const
{
    if (column == SectorColumn)
        return StaffLabels::sector(group.sector);
    if (column == SizeColumn)
        return StaffLabels::size(group.size);
    if (group.suppressed)
        return column == CountColumn ? StaffLabels::suppressed() : QString();
    if (column == CountColumn)
        return StaffLabels::count(group.count);
    if (column == openStepsColumn())
        return stepList(group.openSteps, m_stepTitles, stepsInCell, QStringLiteral("; "));
    const std::optional<ScoreSummary> score = scoreAt(group, column);
    if (!score)
        return QStringLiteral("—"); // nobody in the group has this score
    if (score->suppressed)
        return StaffLabels::suppressed();
    return StaffLabels::score(column == OverallMedianColumn ? score->median : score->mean);
}

QVariant AggregateTableModel::toolTip(const AggregateGroup& group, int column) const
{
    if (group.suppressed)
        return tr("This group is hidden: it has too few results to show, or showing it would reveal a "
                  "smaller group.");
    if (column == openStepsColumn())
        return group.openSteps.isEmpty()
            ? QVariant()
            : QVariant(tr("Most often open (results with the step open):\n%1")
                           .arg(stepList(group.openSteps, m_stepTitles, int(group.openSteps.size()),
                               QStringLiteral("\n"))));
    if (!isScoreColumn(column))
        return {};
    const std::optional<ScoreSummary> score = scoreAt(group, column);
    if (!score)
        return tr("No result in this group has this score.");
    if (score->suppressed)
        return tr("Too few results in this group have this score to show it.");
    return tr("%1 results with this score; mean %2, first quartile %3, median %4, third quartile %5")
        .arg(StaffLabels::count(score->count), StaffLabels::score(score->mean), StaffLabels::score(score->q1),
            StaffLabels::score(score->median), StaffLabels::score(score->q3));
}

QVariant AggregateTableModel::data(const QModelIndex& index, int role) const
{
    const AggregateGroup* group = index.isValid() ? groupAt(index.row()) : nullptr;
    if (!group || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*group, index.column());
    case Qt::ToolTipRole:
        return toolTip(*group, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || isScoreColumn(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        // Margins ("all") stand out from the cells they add up.
        if (group->sector == allGroups() || group->size == allGroups() || group->suppressed) {
            QFont font;
            font.setBold(group->sector == allGroups() || group->size == allGroups());
            font.setItalic(group->suppressed);
            return font;
        }
        return {};
    case SuppressedRole:
        return group->suppressed;
    case IdRole:
        if (index.column() == SectorColumn)
            return group->sector;
        if (index.column() == SizeColumn)
            return group->size;
        return {};
    default:
        return {};
    }
}

QVariant AggregateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectorColumn:
        return tr("Sector");
    case SizeColumn:
        return tr("Size");
    case CountColumn:
        return tr("Results");
    case OverallMeanColumn:
        return tr("Overall mean");
    case OverallMedianColumn:
        return tr("Overall median");
    default:
        break;
    }
    if (section == openStepsColumn())
        return tr("Most often open steps");
    if (m_version && section > OverallMedianColumn && section < openStepsColumn()) {
        const QString& id = m_version->sections.at(section - FirstSectionColumn);
        return tr("Mean %1").arg(m_sectionTitles.value(id, id));
    }
    return {};
}
