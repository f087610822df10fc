// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <QAbstractItemModel>

/**
 * The vulnerability alerts' steps and check-by-hand items as a two-level tree, grouped per
 * system (a system and what to do about it) or per advisory (an advisory and the systems it
 * concerns). Groups keep the order of their most urgent step.
 */
class AdvisoryStepModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { BySystem, ByAdvisory };
    enum Column { TitleColumn, OtherColumn, StatusColumn, ColumnCount };

    explicit AdvisoryStepModel(QObject* parent = nullptr);

    void setContent(const QList<zelfscan::advisories::AdvisoryStep>& steps,
        const QList<zelfscan::advisories::CheckByHand>& checks,
        const zelfscan::advisories::Inventory& inventory);
    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    /** "nl" or "en": the language of the steps' own texts. */
    void setLanguage(const zelfscan::Language& language);
    /** Headers and labels again in the interface language. */
    void retranslate();

    /** The index into the steps of a step row; -1 for a group or a check-by-hand row. */
    int stepAt(const QModelIndex& index) const;
    /** The index into the check-by-hand items of such a row; -1 otherwise. */
    int checkAt(const QModelIndex& index) const;
    /** The row of step @p step, to select it. */
    QModelIndex indexOfStep(int step) const;
    static QString statusText(zelfscan::advisories::StepStatus::Value value);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Entry
    {
        int step = -1;
        int check = -1;
    };
    struct Group
    {
        QString key;
        QString assetId;
        QString advisoryId;
        QString publisher;
        QList<Entry> entries;
    };
    void regroup();
    QString groupLabel(const Group& group) const;
    QString assetName(const QString& id) const;

    Grouping m_grouping = Grouping::BySystem;
    zelfscan::Language m_language;
    QList<zelfscan::advisories::AdvisoryStep> m_steps;
    QList<zelfscan::advisories::CheckByHand> m_checks;
    zelfscan::advisories::Inventory m_inventory;
    QHash<QString, QString> m_advisoryTitles; ///< by publisher + tracking id
    QList<Group> m_groups;
};
