// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/RadarPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace zelfscan {

namespace {

const QColor valueColour(0x1f, 0x6f, 0xb2);
const QColor targetColour(0xc6, 0x28, 0x28);
const QColor gridColour(0xd0, 0xd0, 0xd0);
const QColor textColour(0x33, 0x33, 0x33);

double angleAt(int index, int count)
{
    // Start at the top and go clockwise, as people read a clock.
    return -M_PI / 2 + 2 * M_PI * index / count;
}

QPointF pointAt(const QPointF& centre, double radius, int index, int count)
{
    const double angle = angleAt(index, count);
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

void RadarPicture::paint(QPainter& painter, const QRectF& area) const
{
    const int count = int(labels.size());
    if (count < 3 || maximum <= 0 || values.size() != count)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, int(area.height() / 30)));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height();

    // Room for the legend below and for the labels around the chart, so no label is ever cut off.
    const double legendHeight = valueName.isEmpty() ? 0 : line * 2.2;
    const QRectF chart(area.left(), area.top(), area.width(), area.height() - legendHeight);
    const double sideLabelWidth = chart.width() * 0.22;
    const double gap = line * 0.5;
    const double radius = std::max(
        10.0, std::min(chart.width() / 2 - sideLabelWidth - gap, chart.height() / 2 - 2.2 * line - gap));
    const QPointF centre = chart.center();

    // Rings: one per level on a short maturity scale (0-3), otherwise quarters of 100.
    const bool levels = maximum <= 5 && maximum == std::floor(maximum);
    const int rings = levels ? int(maximum) : 4;
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= rings; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < count; ++i)
            polygon << pointAt(centre, radius * ring / rings, i, count);
        painter.setPen(QPen(gridColour, ring == rings ? 1.5 : 1));
        painter.drawPolygon(polygon);
    }
    for (int i = 0; i < count; ++i)
        painter.drawLine(centre, pointAt(centre, radius, i, count));

    // The scale along the first spoke, so the picture can be read without the table.
    QFont small = font;
    small.setPixelSize(std::max(8, font.pixelSize() * 3 / 4));
    painter.setFont(small);
    painter.setPen(QColor(0x88, 0x88, 0x88));
    for (int ring = 1; ring <= rings; ++ring) {
        const QPointF at = pointAt(centre, radius * ring / rings, 0, count);
        const double value = maximum * ring / rings;
        painter.drawText(at + QPointF(line * 0.25, line * 0.35),
            QString::number(value, 'f', value == std::floor(value) ? 0 : 1));
    }
    painter.setFont(font);

    if (targets.size() == count) {
        painter.setPen(QPen(targetColour, std::max(1.5, line / 9), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shape(targets, centre, radius, maximum));
    }
    const QPolygonF valueShape = shape(values, centre, radius, maximum);
    painter.setPen(QPen(valueColour, std::max(2.0, line / 7)));
    painter.setBrush(QColor(valueColour.red(), valueColour.green(), valueColour.blue(), 56));
    painter.drawPolygon(valueShape);
    painter.setBrush(valueColour);
    for (const QPointF& point : valueShape)
        painter.drawEllipse(point, line / 6, line / 6);

    painter.setPen(textColour);
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i < count; ++i) {
        const double dx = std::cos(angleAt(i, count));
        const double dy = std::sin(angleAt(i, count));
        const QPointF anchor = pointAt(centre, radius + gap, i, count);
        QRectF box;
        int alignment = Qt::TextWordWrap;
        if (std::abs(dx) < 0.2) {
            // Above or below the chart: centred, growing away from it.
            const double width = chart.width() * 0.4;
            box = QRectF(
                anchor.x() - width / 2, dy < 0 ? anchor.y() - 2.1 * line : anchor.y(), width, 2.1 * line);
            alignment |= Qt::AlignHCenter | (dy < 0 ? Qt::AlignBottom : Qt::AlignTop);
        } else if (dx > 0) {
            box = QRectF(anchor.x(), anchor.y() - 1.6 * line, chart.right() - anchor.x(), 3.2 * line);
            alignment |= Qt::AlignLeft | Qt::AlignVCenter;
        } else {
            box = QRectF(chart.left(), anchor.y() - 1.6 * line, anchor.x() - chart.left(), 3.2 * line);
            alignment |= Qt::AlignRight | Qt::AlignVCenter;
        }
        QString text = labels.at(i);
        // A label too long for its place is shortened rather than cut off or drawn over another.
        while (text.size() > 4 && metrics.boundingRect(box, alignment, text).height() > box.height() + 0.5)
            text = text.left(text.size() - 2).trimmed() + QChar(0x2026);
        painter.drawText(box, alignment, text);
    }

    if (!valueName.isEmpty()) {
        const bool withTarget = targets.size() == count && !targetName.isEmpty();
        const double sample = line * 1.6;
        const double spacing = line;
        double width = sample + gap + metrics.horizontalAdvance(valueName);
        if (withTarget)
            width += spacing * 2 + sample + gap + metrics.horizontalAdvance(targetName);
        double x = area.center().x() - width / 2;
        const double y = area.bottom() - legendHeight / 2;
        painter.setPen(QPen(valueColour, std::max(2.0, line / 7)));
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
        x += sample + gap;
        painter.setPen(textColour);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), valueName);
        x += metrics.horizontalAdvance(valueName) + spacing * 2;
        if (withTarget) {
            painter.setPen(QPen(targetColour, std::max(1.5, line / 9), Qt::DashLine));
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
            x += sample + gap;
            painter.setPen(textColour);
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), targetName);
        }
    }
    painter.restore();
}

QImage RadarPicture::render(const QSize& size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace zelfscan
