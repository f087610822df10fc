// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace zelfscan {

namespace {

QPointF pointAt(const QPointF& centre, double radius, int index, int count)
{
    // Start at the top and go clockwise, as people read a clock.
    const double angle = -M_PI / 2 + 2 * M_PI * index / count;
    return centre + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
}

QPolygonF shape(
    const QList<std::optional<double>>& values, const QPointF& centre, double radius, double maximum)
{
    QPolygonF polygon;
    const int count = int(values.size());
    for (int i = 0; i < count; ++i)
        polygon << pointAt(
            centre, radius * std::clamp(values.at(i).value_or(0) / maximum, 0.0, 1.0), i, count);
    return polygon;
}

} // namespace

QImage RadarPicture::render(const QSize& size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int count = int(labels.size());
    if (count < 3 || maximum <= 0)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(10, size.height() / 34));
    painter.setFont(font);

    const double legendHeight = font.pixelSize() * 2.2;
    const QPointF centre(size.width() / 2.0, (size.height() - legendHeight) / 2.0);
    const double radius = std::min(size.width() * 0.30, (size.height() - legendHeight) * 0.36);

    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    for (int ring = 1; ring <= 4; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < count; ++i)
            polygon << pointAt(centre, radius * ring / 4, i, count);
        painter.drawPolygon(polygon);
    }
    painter.setPen(QColor(0x55, 0x55, 0x55));
    for (int i = 0; i < count; ++i) {
        painter.drawLine(centre, pointAt(centre, radius, i, count));
        const QPointF anchor = pointAt(centre, radius + font.pixelSize() * 0.8, i, count);
        const double width = size.width() * 0.3;
        QRectF box(
            anchor.x() - width / 2, anchor.y() - font.pixelSize() * 1.6, width, font.pixelSize() * 3.2);
        int alignment = Qt::AlignVCenter | Qt::TextWordWrap;
        if (anchor.x() > centre.x() + 1) {
            box.moveLeft(anchor.x());
            alignment |= Qt::AlignLeft;
        } else if (anchor.x() < centre.x() - 1) {
            box.moveRight(anchor.x());
            alignment |= Qt::AlignRight;
        } else {
            alignment |= Qt::AlignHCenter;
        }
        painter.drawText(box, alignment, labels.at(i));
    }

    const QColor valueColour(0x1f, 0x6f, 0xb2);
    const QColor targetColour(0xc6, 0x28, 0x28);
    if (!targets.isEmpty()) {
        painter.setPen(QPen(targetColour, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shape(targets, centre, radius, maximum));
    }
    painter.setPen(QPen(valueColour, 2.5));
    painter.setBrush(QColor(valueColour.red(), valueColour.green(), valueColour.blue(), 60));
    painter.drawPolygon(shape(values, centre, radius, maximum));

    // Legend, so the picture explains itself on paper.
    const double y = size.height() - legendHeight / 2;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(valueColour, 3));
    double x = size.width() * 0.3;
    painter.drawLine(QPointF(x, y), QPointF(x + 24, y));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x + 30, y + font.pixelSize() / 3.0), valueName);
    if (!targets.isEmpty()) {
        x = size.width() * 0.6;
        painter.setPen(QPen(targetColour, 2, Qt::DashLine));
        painter.drawLine(QPointF(x, y), QPointF(x + 24, y));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + 30, y + font.pixelSize() / 3.0), targetName);
    }
    return image;
}

} // namespace zelfscan
