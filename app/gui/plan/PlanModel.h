// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ActionPlan.h"

#include <QAbstractTableModel>
#include <QHash>

/**
 * The action plan as a table the user edits: per step its status, owner, due date and, for a
 * step that is not relevant, why. Shows what core's buildActionPlan() gives; an edit is passed on
 * (planningChanged) and kept by the window, which owns the plan.
 */
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { StepColumn, ToolColumn, StatusColumn, OwnerColumn, DueColumn, ReasonColumn, ColumnCount };

    explicit PlanModel(QObject* parent = nullptr);

    /** @p toolNames: the title of each tool by questionnaire id, in the interface language. */
    void setPlan(const QList<zelfscan::PlanEntry>& entries, const QHash<QString, QString>& toolNames,
        const zelfscan::Language& language);
    const QList<zelfscan::PlanEntry>& entries() const { return m_entries; }

    static QString statusText(zelfscan::PlanStatus status);
    /** The earliest date the date editor offers; it stands for "no date". */
    static QDate noDate() { return QDate(2000, 1, 1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void planningChanged(const zelfscan::PlanEntry& entry);

private:
    QVariant displayData(const zelfscan::PlanEntry& entry, int column) const;

    QList<zelfscan::PlanEntry> m_entries;
    QHash<QString, QString> m_toolNames;
    zelfscan::Language m_language;
};
