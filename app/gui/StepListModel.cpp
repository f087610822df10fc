// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StepListModel.h"

#include "app/gui/LightBadge.h"
#include "core/engine/ResultFormat.h"

#include <QFont>

#include <algorithm>

using namespace zelfscan;

StepListModel::StepListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void StepListModel::setSteps(
    const QList<NextStep>& steps, const QSet<QString>& done, const Language& language)
{
    beginResetModel();
    m_steps = steps;
    m_done = done;
    m_language = language;
    endResetModel();
}

void StepListModel::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    const int before = rowCount();
    const int after = showAll ? totalCount() : std::min(totalCount(), firstCount);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_showAll = showAll;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_showAll = showAll;
        endRemoveRows();
    } else {
        m_showAll = showAll;
    }
}

const NextStep* StepListModel::stepAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_steps.at(row) : nullptr;
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_showAll ? totalCount() : std::min(totalCount(), firstCount);
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    const NextStep* step = stepAt(index.row());
    if (!step || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Marked as on the start page and at the question: "TOP", the DTC's name for these gaps.
        const QString mark = step->top ? tr("TOP") + QStringLiteral(" · ") : QString();
        return QStringLiteral("%1. %2%3").arg(step->priority).arg(mark, step->title.text(m_language));
    }
    case Qt::ToolTipRole:
        return step->how.text(m_language);
    case Qt::AccessibleDescriptionRole:
        return QStringLiteral("%1; %2").arg(
            effortLabel(step->effort, m_language), impactLabel(step->impact, m_language));
    case Qt::CheckStateRole:
        return m_done.contains(step->id) ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (m_done.contains(step->id)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case StepIdRole:
        return step->id;
    default:
        return {};
    }
}

bool StepListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const NextStep* step = stepAt(index.row());
    if (!step || role != Qt::CheckStateRole)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == m_done.contains(step->id))
        return true;
    if (done)
        m_done.insert(step->id);
    else
        m_done.remove(step->id);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole, Qt::FontRole });
    Q_EMIT doneToggled(step->id, done);
    return true;
}

Qt::ItemFlags StepListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
