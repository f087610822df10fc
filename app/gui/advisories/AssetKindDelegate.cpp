// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/advisories/AssetKindDelegate.h"

#include "app/gui/advisories/InventoryTableModel.h"

#include <QComboBox>

#include <algorithm>

QWidget* AssetKindDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("kindEditor"));
    for (const QString& kind : zelfscan::advisories::assetKinds())
        box->addItem(InventoryTableModel::kindLabel(kind), kind);
    return box;
}

void AssetKindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void AssetKindDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}
