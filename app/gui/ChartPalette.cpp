// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace ChartPalette {

void apply(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

} // namespace ChartPalette
