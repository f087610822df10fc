// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/InventoryTableModel.h"

#include "core/questionnaire/YamlReader.h"

#include <algorithm>

using namespace zelfscan::advisories;

namespace {

QString* field(Asset& asset, int column)
{
    QString* const fields[] = { &asset.id, &asset.name, &asset.kind, &asset.vendor, &asset.product,
        &asset.version, &asset.model, &asset.cpe, &asset.purl, &asset.notes };
    return column >= 0 && column < int(std::size(fields)) ? fields[column] : nullptr;
}

} // namespace

InventoryTableModel::InventoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InventoryTableModel::setInventory(const Inventory& inventory)
{
    beginResetModel();
    m_inventory = inventory;
    endResetModel();
}

QString InventoryTableModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("device"))
        return tr("Device");
    if (kind == QLatin1String("software"))
        return tr("Software");
    if (kind == QLatin1String("cloud"))
        return tr("Cloud service");
    if (kind == QLatin1String("machine"))
        return tr("Machine");
    return kind;
}

void InventoryTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_inventory.assets.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), { Qt::DisplayRole });
}

int InventoryTableModel::addAsset()
{
    int n = int(m_inventory.assets.size()) + 1;
    while (m_inventory.find(QStringLiteral("systeem-%1").arg(n)))
        ++n;
    Asset asset;
    asset.id = QStringLiteral("systeem-%1").arg(n);
    asset.kind = QStringLiteral("device");
    const int row = int(m_inventory.assets.size());
    beginInsertRows({}, row, row);
    m_inventory.assets.append(asset);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void InventoryTableModel::removeAssets(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= m_inventory.assets.size())
            continue;
        beginRemoveRows({}, row, row);
        m_inventory.assets.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        Q_EMIT edited();
}

int InventoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_inventory.assets.size());
}

int InventoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(assetFields().size());
}

QVariant InventoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_inventory.assets.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    Asset asset = m_inventory.assets.at(index.row());
    const QString* value = field(asset, index.column());
    if (!value)
        return {};
    // The file keeps the kind's own word; the table shows it in the interface language.
    if (index.column() == KindColumn && role == Qt::DisplayRole)
        return kindLabel(*value);
    return *value;
}

bool InventoryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_inventory.assets.size())
        return false;
    const QString text = value.toString().trimmed();
    Asset& asset = m_inventory.assets[index.row()];
    // Ids are how statuses are kept: they must stay valid and unique.
    if (index.column() == 0) {
        if (!zelfscan::YamlReader::isValidIdentifier(text))
            return false;
        const Asset* other = m_inventory.find(text);
        if (other && other != &asset)
            return false;
    }
    if (index.column() == KindColumn && !text.isEmpty() && !assetKinds().contains(text))
        return false;
    QString* target = field(asset, index.column());
    if (!target || *target == text)
        return false;
    *target = text;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    Q_EMIT edited();
    return true;
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList headers = { tr("Id"), tr("Name"), tr("Kind"), tr("Vendor"), tr("Product"),
        tr("Version"), tr("Model number"), tr("CPE"), tr("Package URL"), tr("Notes") };
    return headers.value(section);
}

Qt::ItemFlags InventoryTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}
