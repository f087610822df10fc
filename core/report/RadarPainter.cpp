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

namespace {

/** Where the chart goes inside the area, and the sizes everything else is measured in. */
struct RadarLayout
{
    QRectF chart; ///< the area without the legend
    QPointF centre;
    double radius = 0;
    double line = 0; ///< the height of a line of text
    double gap = 0; ///< between the outer ring and a label
    double legendHeight = 0;
    int count = 0; ///< spokes
    int rings = 0;
};

RadarLayout layOut(const RadarPicture& picture, const QRectF& area, const QFontMetricsF& metrics)
{
    RadarLayout layout;
    layout.count = int(picture.labels.size());
    layout.line = metrics.height();
    // Room for the legend below and for the labels around the chart, so no label is ever cut off.
    layout.legendHeight = picture.valueName.isEmpty() ? 0 : layout.line * 2.2;
    layout.chart = QRectF(area.left(), area.top(), area.width(), area.height() - layout.legendHeight);
    const double sideLabelWidth = layout.chart.width() * 0.22;
    layout.gap = layout.line * 0.5;
    layout.radius = std::max(10.0,
        std::min(layout.chart.width() / 2 - sideLabelWidth - layout.gap,
            layout.chart.height() / 2 - 2.2 * layout.line - layout.gap));
    layout.centre = layout.chart.center();
    // Rings: one per level on a short maturity scale (0-3), otherwise quarters of 100.
    const bool levels = picture.maximum <= 5 && picture.maximum == std::floor(picture.maximum);
    layout.rings = levels ? int(picture.maximum) : 4;
    return layout;
}

void drawGrid(QPainter& painter, const RadarLayout& layout)
{
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= layout.rings; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < layout.count; ++i)
            polygon << pointAt(layout.centre, layout.radius * ring / layout.rings, i, layout.count);
        painter.setPen(QPen(gridColour, ring == layout.rings ? 1.5 : 1));
        painter.drawPolygon(polygon);
    }
    for (int i = 0; i < layout.count; ++i)
        painter.drawLine(layout.centre, pointAt(layout.centre, layout.radius, i, layout.count));
}

/** The scale along the first spoke, so the picture can be read without the table. */
void drawScale(QPainter& painter, const RadarLayout& layout, double maximum)
{
    const QFont font = painter.font();
    QFont small = font;
    small.setPixelSize(std::max(8, font.pixelSize() * 3 / 4));
    painter.setFont(small);
    painter.setPen(QColor(0x88, 0x88, 0x88));
    for (int ring = 1; ring <= layout.rings; ++ring) {
        const QPointF at = pointAt(layout.centre, layout.radius * ring / layout.rings, 0, layout.count);
        const double value = maximum * ring / layout.rings;
        painter.drawText(at + QPointF(layout.line * 0.25, layout.line * 0.35),
            QString::number(value, 'f', value == std::floor(value) ? 0 : 1));
    }
    painter.setFont(font);
}

void drawShapes(QPainter& painter, const RadarLayout& layout, const RadarPicture& picture)
{
    if (picture.targets.size() == layout.count) {
        painter.setPen(QPen(targetColour, std::max(1.5, layout.line / 9), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shape(picture.targets, layout.centre, layout.radius, picture.maximum));
    }
    const QPolygonF valueShape = shape(picture.values, layout.centre, layout.radius, picture.maximum);
    painter.setPen(QPen(valueColour, std::max(2.0, layout.line / 7)));
    painter.setBrush(QColor(valueColour.red(), valueColour.green(), valueColour.blue(), 56));
    painter.drawPolygon(valueShape);
    painter.setBrush(valueColour);
    for (const QPointF& point : valueShape)
        painter.drawEllipse(point, layout.line / 6, layout.line / 6);
}

void drawLabel(QPainter& painter, const RadarLayout& layout, const QFontMetricsF& metrics, int index,
    const QString& label)
{
    const double dx = std::cos(angleAt(index, layout.count));
    const double dy = std::sin(angleAt(index, layout.count));
    const QPointF anchor = pointAt(layout.centre, layout.radius + layout.gap, index, layout.count);
    const QRectF& chart = layout.chart;
    const double line = layout.line;
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
    QString text = label;
    // A label too long for its place is shortened rather than cut off or drawn over another.
    while (text.size() > 4 && metrics.boundingRect(box, alignment, text).height() > box.height() + 0.5)
        text = text.left(text.size() - 2).trimmed() + QChar(0x2026);
    painter.drawText(box, alignment, text);
}

/** One legend entry: a line sample in @p pen and its name; returns where the next one starts. */
double drawLegendEntry(QPainter& painter, const RadarLayout& layout, const QFontMetricsF& metrics, double x,
    double y, const QPen& pen, const QString& name)
{
    const double sample = layout.line * 1.6;
    painter.setPen(pen);
    painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
    x += sample + layout.gap;
    painter.setPen(textColour);
    painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), name);
    return x + metrics.horizontalAdvance(name) + layout.line * 2;
}

void drawLegend(QPainter& painter, const RadarLayout& layout, const QFontMetricsF& metrics,
    const RadarPicture& picture, const QRectF& area)
{
    const bool withTarget = picture.targets.size() == layout.count && !picture.targetName.isEmpty();
    const double sample = layout.line * 1.6;
    const double spacing = layout.line;
    double width = sample + layout.gap + metrics.horizontalAdvance(picture.valueName);
    if (withTarget)
        width += spacing * 2 + sample + layout.gap + metrics.horizontalAdvance(picture.targetName);
    const double x = area.center().x() - width / 2;
    const double y = area.bottom() - layout.legendHeight / 2;
    const double next = drawLegendEntry(
        painter, layout, metrics, x, y, QPen(valueColour, std::max(2.0, layout.line / 7)), picture.valueName);
    if (withTarget)
        drawLegendEntry(painter, layout, metrics, next, y,
            QPen(targetColour, std::max(1.5, layout.line / 9), Qt::DashLine), picture.targetName);
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
    const RadarLayout layout = layOut(*this, area, metrics);

    drawGrid(painter, layout);
    drawScale(painter, layout, maximum);
    drawShapes(painter, layout, *this);
    painter.setPen(textColour);
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i < count; ++i)
        drawLabel(painter, layout, metrics, i, labels.at(i));
    if (!valueName.isEmpty())
        drawLegend(painter, layout, metrics, *this, area);
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
