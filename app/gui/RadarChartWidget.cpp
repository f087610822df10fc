// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RadarChartWidget.h"

#include "app/gui/DisplayText.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QPolarChart>
#include <QVBoxLayout>
#include <QValueAxis>

RadarChartWidget::RadarChartWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QPolarChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("radarChart"));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumSize(260, 240);
    layout->addWidget(m_view);
}

QChart* RadarChartWidget::chart() const
{
    return m_chart;
}

int RadarChartWidget::seriesCount() const
{
    return int(m_chart->series().size());
}

void RadarChartWidget::setData(const QStringList& labels, const QList<Series>& series, double maximum)
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    // Follow the palette so the chart suits light and dark themes.
    const QPalette palette = this->palette();
    m_chart->setBackgroundBrush(palette.base());
    m_chart->legend()->setLabelColor(palette.text().color());

    const int count = int(labels.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0, std::max(count, 1));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsColor(palette.text().color());
    for (int i = 0; i < count; ++i) {
        // Category axis labels must be unique, hence the zero-width spaces.
        angular->append(wrappedChartLabel(labels.at(i), 18, 3) + QString(i, QChar(0x200B)), i);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, maximum);
    radial->setTickCount(5);
    radial->setLabelFormat(maximum > 10 ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    radial->setLabelsColor(palette.placeholderText().color());
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    const QList<QColor> colours { palette.highlight().color(), QColor(0xd0, 0x3b, 0x30) };
    for (int s = 0; s < series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(series.at(s).name);
        for (int i = 0; i < count; ++i)
            line->append(i, series.at(s).values.value(i).value_or(0));
        if (count > 0)
            line->append(count, series.at(s).values.value(0).value_or(0)); // close the shape
        QPen pen(colours.at(s % colours.size()), 2.5);
        if (series.at(s).dashed)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        m_chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
}
