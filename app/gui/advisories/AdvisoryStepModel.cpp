// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/AdvisoryStepModel.h"

using namespace zelfscan::advisories;

namespace {

/** Top-level rows carry no id; a child row carries its group's row + 1. */
constexpr quintptr topLevel = 0;

QString advisoryKey(const QString& publisher, const QString& advisoryId)
{
    return publisher + QChar(0x1f) + advisoryId;
}

} // namespace

AdvisoryStepModel::AdvisoryStepModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void AdvisoryStepModel::setContent(
    const QList<AdvisoryStep>& steps, const QList<CheckByHand>& checks, const Inventory& inventory)
{
    beginResetModel();
    m_steps = steps;
    m_checks = checks;
    m_inventory = inventory;
    m_advisoryTitles.clear();
    for (const AdvisoryStep& step : steps)
        m_advisoryTitles.insert(advisoryKey(step.publisher, step.advisoryId), step.advisoryTitle);
    regroup();
    endResetModel();
}

void AdvisoryStepModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    regroup();
    endResetModel();
}

void AdvisoryStepModel::setLanguage(const zelfscan::Language& language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void AdvisoryStepModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_groups.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        if (!m_groups.at(g).entries.isEmpty())
            Q_EMIT dataChanged(
                index(0, 0, group), index(int(m_groups.at(g).entries.size()) - 1, ColumnCount - 1, group));
    }
}

void AdvisoryStepModel::regroup()
{
    // Steps come most urgent first, so a group's place follows its most urgent step.
    m_groups.clear();
    QHash<QString, int> byKey;
    const auto groupFor
        = [&](const QString& assetId, const QString& publisher, const QString& advisoryId) -> Group& {
        const QString key = m_grouping == Grouping::BySystem ? assetId : advisoryKey(publisher, advisoryId);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(m_groups.size()));
            Group group;
            group.key = key;
            group.assetId = assetId;
            group.publisher = publisher;
            group.advisoryId = advisoryId;
            m_groups.append(group);
        }
        return m_groups[*it];
    };
    for (int i = 0; i < m_steps.size(); ++i) {
        const AdvisoryStep& step = m_steps.at(i);
        groupFor(step.assetId, step.publisher, step.advisoryId).entries.append({ i, -1 });
    }
    for (int i = 0; i < m_checks.size(); ++i) {
        const CheckByHand& check = m_checks.at(i);
        groupFor(check.assetId, check.publisher, check.advisoryId).entries.append({ -1, i });
    }
}

QString AdvisoryStepModel::assetName(const QString& id) const
{
    const Asset* asset = m_inventory.find(id);
    return asset ? asset->displayName() : id;
}

QString AdvisoryStepModel::groupLabel(const Group& group) const
{
    if (m_grouping == Grouping::BySystem)
        return assetName(group.assetId);
    const QString title = m_advisoryTitles.value(advisoryKey(group.publisher, group.advisoryId));
    return title.isEmpty() ? group.advisoryId : QStringLiteral("%1: %2").arg(group.advisoryId, title);
}

QString AdvisoryStepModel::statusText(StepStatus::Value value)
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

int AdvisoryStepModel::stepAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == topLevel || index.model() != this)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).entries.at(index.row()).step;
}

int AdvisoryStepModel::checkAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == topLevel || index.model() != this)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).entries.at(index.row()).check;
}

QModelIndex AdvisoryStepModel::indexOfStep(int step) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Entry>& entries = m_groups.at(g).entries;
        for (int row = 0; row < entries.size(); ++row) {
            if (entries.at(row).step == step)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex AdvisoryStepModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AdvisoryStepModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int AdvisoryStepModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != topLevel)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int AdvisoryStepModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant AdvisoryStepModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (index.internalId() == topLevel) {
        const Group& group = m_groups.at(index.row());
        if (index.column() == TitleColumn)
            return groupLabel(group);
        if (index.column() == OtherColumn)
            return m_grouping == Grouping::BySystem
                ? tr("%n advisory/advisories", nullptr, int(group.entries.size()))
                : tr("%n system(s)", nullptr, int(group.entries.size()));
        return {};
    }
    const Entry& entry = m_groups.at(int(index.internalId() - 1)).entries.at(index.row());
    if (entry.step >= 0) {
        const AdvisoryStep& step = m_steps.at(entry.step);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n\n%2").arg(step.why.text(m_language), step.how.text(m_language));
        switch (index.column()) {
        case TitleColumn:
            return step.title.text(m_language);
        case OtherColumn:
            return m_grouping == Grouping::BySystem ? step.advisoryId : step.assetName;
        case StatusColumn:
            return statusText(step.status.value);
        }
        return {};
    }
    const CheckByHand& check = m_checks.at(entry.check);
    if (role == Qt::ToolTipRole)
        return check.why.text(m_language);
    switch (index.column()) {
    case TitleColumn:
        return tr("Check by hand: %1").arg(check.why.text(m_language));
    case OtherColumn:
        return m_grouping == Grouping::BySystem ? check.advisoryId : assetName(check.assetId);
    }
    return {};
}

QVariant AdvisoryStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return m_grouping == Grouping::BySystem ? tr("System and step") : tr("Advisory and step");
    case OtherColumn:
        return m_grouping == Grouping::BySystem ? tr("Advisory") : tr("System");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
