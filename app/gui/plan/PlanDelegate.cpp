// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanDelegate.h"

#include "app/gui/plan/PlanModel.h"

#include <QComboBox>
#include <QDateEdit>

using namespace zelfscan;

namespace {

const char* const touchedProperty = "zelfscanTouched";

} // namespace

PlanDelegate::PlanDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* PlanDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == PlanModel::StatusColumn) {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("planStatusEditor"));
        for (PlanStatus status : { PlanStatus::Open, PlanStatus::Planned, PlanStatus::InProgress,
                 PlanStatus::Done, PlanStatus::NotRelevant })
            box->addItem(PlanModel::statusText(status), int(status));
        box->setAccessibleName(PlanModel::tr("Status"));
        return box;
    }
    if (index.column() == PlanModel::DueColumn) {
        auto* edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("planDueEditor"));
        edit->setCalendarPopup(true);
        // The lowest date stands for "no date": QDateEdit has no empty state.
        edit->setMinimumDate(PlanModel::noDate());
        edit->setSpecialValueText(PlanModel::tr("No date"));
        edit->setAccessibleName(PlanModel::tr("Due date"));
        connect(edit, &QDateEdit::dateChanged, edit, [edit] { edit->setProperty(touchedProperty, true); });
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = index.data(Qt::EditRole).toDate();
        // A step without a date opens on today, the likeliest start for picking one.
        edit->setDate(date == PlanModel::noDate() ? QDate::currentDate() : date);
        edit->setProperty(touchedProperty, false);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        // Passing through a step without a date must not give it today's.
        if (edit->property(touchedProperty).toBool()
            || index.data(Qt::EditRole).toDate() != PlanModel::noDate())
            model->setData(index, edit->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
