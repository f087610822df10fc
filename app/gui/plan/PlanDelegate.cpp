// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/plan/PlanDelegate.h"

#include "app/gui/plan/PlanModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>

using namespace zelfscan;

namespace {

const char* const touchedProperty = "zelfscanTouched";
const char* const digitSectionProperty = "zelfscanDigitSection";

/**
 * QDateEdit moves on to the next part of the date by itself once a part is full ("20"), and again
 * on the separator typed after it, so "20-01-2027" would skip the month and keep the old one. A
 * separator right after such a move is swallowed; "1-1-2027" still moves on as before.
 */
bool swallowSeparatorAfterAutoAdvance(QDateEdit* edit, const QKeyEvent* key)
{
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint())
        return false;
    if (text.at(0).isDigit()) {
        edit->setProperty(digitSectionProperty, edit->currentSectionIndex());
        return false;
    }
    const QVariant digitSection = edit->property(digitSectionProperty);
    edit->setProperty(digitSectionProperty, QVariant());
    return digitSection.isValid() && edit->currentSectionIndex() == digitSection.toInt() + 1;
}

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

bool PlanDelegate::eventFilter(QObject* object, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        if (auto* edit = qobject_cast<QDateEdit*>(object);
            edit && swallowSeparatorAfterAutoAdvance(edit, static_cast<QKeyEvent*>(event)))
            return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
