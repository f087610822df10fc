// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QPolarChart;

/**
 * A radar ("spider") chart of section scores, optionally against a target line. The only
 * widget that includes Qt Charts, so a later move to another chart library touches one file.
 * A chart is opaque to screen readers: the same numbers are always shown as text beside it.
 */
class RadarChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadarChartWidget)

public:
    explicit RadarChartWidget(QWidget* parent = nullptr);

    struct Series
    {
        QString name;
        QList<std::optional<double>> values; ///< one per label; empty values are drawn at 0
        bool dashed = false;
    };

    /** @p maximum is the outer ring (100 for percentages, the scale's top for maturity). */
    void setData(const QStringList& labels, const QList<Series>& series, double maximum);
    /** The number of series currently drawn, for tests. */
    int seriesCount() const;
    QChart* chart() const;

private:
    QChartView* m_view = nullptr;
    QPolarChart* m_chart = nullptr;
};
