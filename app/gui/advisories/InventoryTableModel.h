// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/Inventory.h"

#include <QAbstractTableModel>

/** The user's systems as an editable table: one row per asset, one column per field. */
class InventoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The column of each asset field, in the order of assetFields(). */
    static constexpr int KindColumn = 2;

    explicit InventoryTableModel(QObject* parent = nullptr);

    /** An asset kind ("device") as the interface names it; an unknown kind as it is. */
    static QString kindLabel(const QString& kind);
    /** After a language change: the headers and the kinds are said anew. */
    void retranslate();

    const zelfscan::advisories::Inventory& inventory() const { return m_inventory; }
    void setInventory(const zelfscan::advisories::Inventory& inventory);
    /** Adds an asset with a fresh id; returns its row. */
    int addAsset();
    void removeAssets(QList<int> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /** The inventory changed by an edit, an addition or a removal: time to save it. */
    void edited();

private:
    zelfscan::advisories::Inventory m_inventory;
};
