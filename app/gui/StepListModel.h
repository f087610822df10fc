// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"

#include <QAbstractListModel>
#include <QSet>

/**
 * The next steps in priority order; each can be checked as done. Shows the first few unless
 * asked for all, so the most important ones are not lost in a long list.
 */
class StepListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepListModel)

public:
    enum Role { StepIdRole = Qt::UserRole + 1 };

    explicit StepListModel(QObject* parent = nullptr);

    static constexpr int firstCount = 5;

    void setSteps(const QList<zelfscan::NextStep>& steps, const QSet<QString>& done,
        const zelfscan::Language& language);
    void setShowAll(bool showAll);
    bool showsAll() const { return m_showAll; }
    int totalCount() const { return int(m_steps.size()); }
    const zelfscan::NextStep* stepAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void doneToggled(const QString& stepId, bool done);

private:
    QList<zelfscan::NextStep> m_steps;
    QSet<QString> m_done;
    zelfscan::Language m_language;
    bool m_showAll = false;
};
