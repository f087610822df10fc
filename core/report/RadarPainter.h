// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QStringList>

#include <optional>

class QPainter;

namespace zelfscan {

/**
 * Draws a radar chart with QPainter alone (QtGui), for reports that must not need widgets.
 * The app shows the interactive Qt Charts version; this one is the printed picture, and any
 * widget can paint it too (paint() into its own rectangle).
 */
struct RadarPicture
{
    QStringList labels;
    QList<std::optional<double>> values; ///< one per label; empty (no score) is drawn at the centre
    QList<std::optional<double>> targets; ///< empty, or one per label
    double maximum = 100; ///< the outer ring; 100 for scores, the top of the scale for maturity
    QString valueName; ///< legend text for the values, e.g. "Your score"
    QString targetName; ///< legend text for the targets

    /** Paints the chart, its labels and the legend inside @p area. Needs at least three labels. */
    void paint(QPainter& painter, const QRectF& area) const;
    /** The chart on a white picture of @p size pixels (text scales with the height). */
    QImage render(const QSize& size) const;
};

} // namespace zelfscan
