// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/Aggregate.h"

#include <QAbstractTableModel>

/**
 * The groups of one questionnaire version as rows: sector, size band, count, overall mean and
 * median, the mean of every section and the most common open steps. A suppressed group (or
 * score) shows the word "suppressed" and carries no number in any role.
 */
class AggregateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AggregateTableModel)

public:
    /** IdRole: the sector or size id of the first two columns ("all" for a margin). */
    enum Role { SuppressedRole = Qt::UserRole + 1, IdRole };
    enum Column {
        SectorColumn,
        SizeColumn,
        CountColumn,
        OverallMeanColumn,
        OverallMedianColumn,
        FirstSectionColumn
    };

    explicit AggregateTableModel(QObject* parent = nullptr);

    /** Shows @p version's groups; nothing when it is empty or suppressed. */
    void setVersion(const std::optional<zelfscan::AggregateVersion>& version);
    /** Section and step titles by id (ids are shown for those without one). */
    void setTitles(const QMap<QString, QString>& sections, const QMap<QString, QString>& steps);
    const zelfscan::AggregateGroup* groupAt(int row) const;
    /** The row of a group, or -1. */
    int rowOf(const QString& sector, const QString& size) const;
    int openStepsColumn() const;
    /** Texts and labels follow the interface language. */
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const zelfscan::AggregateGroup& group, int column) const;
    QVariant toolTip(const zelfscan::AggregateGroup& group, int column) const;
    /** The score summary a column shows, or nothing for columns that show no score. */
    std::optional<zelfscan::ScoreSummary> scoreAt(const zelfscan::AggregateGroup& group, int column) const;
    bool isScoreColumn(int column) const;

    std::optional<zelfscan::AggregateVersion> m_version;
    QMap<QString, QString> m_sectionTitles;
    QMap<QString, QString> m_stepTitles;
};
