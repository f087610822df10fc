// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/share/Aggregate.h"

#include <QWidget>

class QChart;
class QChartView;

/**
 * Charts of one group of a version: the mean score per section as bars, and the risk class or
 * OT level distribution when the version has one. Suppressed groups, scores and classes are
 * never charted.
 */
class AggregateChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AggregateChartView)

public:
    explicit AggregateChartView(QWidget* parent = nullptr);

    /** Charts @p group of @p version; clears the charts when either is missing. */
    /** @p sectionTitles names the bars (by section id); ids are shown for sections without a title. */
    void showGroup(const zelfscan::AggregateVersion* version, const zelfscan::AggregateGroup* group,
        const QMap<QString, QString>& sectionTitles = {});

    QChartView* sectionChartView() const { return m_sectionView; }
    QChartView* distributionChartView() const { return m_distributionView; }

private:
    void showSections(const zelfscan::AggregateVersion& version, const zelfscan::AggregateGroup& group,
        const QMap<QString, QString>& sectionTitles);
    void showDistribution(const zelfscan::AggregateVersion& version, const zelfscan::AggregateGroup& group);
    QChartView* makeView(const QString& objectName);

    QChartView* m_sectionView = nullptr;
    QChartView* m_distributionView = nullptr;
};
