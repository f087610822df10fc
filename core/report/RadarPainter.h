// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QStringList>

#include <optional>

namespace zelfscan {

/**
 * Draws a radar chart with QPainter alone (QtGui), for reports that must not need widgets.
 * The app shows the interactive Qt Charts version; this one is the printed picture.
 */
struct RadarPicture
{
    QStringList labels;
    QList<std::optional<double>> values; ///< one per label
    QList<std::optional<double>> targets; ///< empty, or one per label
    double maximum = 100;
    QString valueName;
    QString targetName;

    QImage render(const QSize& size) const;
};

} // namespace zelfscan
