// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LightBadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace zelfscan;

namespace {

// Shapes differ as well as colours: circle (good), triangle (could be better), square (insufficient).
enum class Shape { Circle, Triangle, Square, Dash };

QIcon drawIcon(const QColor& fill, Shape shape)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(fill.darker(160), std::max(1.0, size / 16.0)));
        painter.setBrush(fill);
        const QRectF box(size * 0.12, size * 0.12, size * 0.76, size * 0.76);
        switch (shape) {
        case Shape::Circle:
            painter.drawEllipse(box);
            break;
        case Shape::Triangle: {
            QPainterPath path;
            path.moveTo(box.center().x(), box.top());
            path.lineTo(box.bottomRight());
            path.lineTo(box.bottomLeft());
            path.closeSubpath();
            painter.drawPath(path);
            break;
        }
        case Shape::Square:
            painter.drawRect(box);
            break;
        case Shape::Dash:
            painter.drawRect(QRectF(box.left(), box.center().y() - size * 0.08, box.width(), size * 0.16));
            break;
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon LightBadge::icon(Light light)
{
    switch (light) {
    case Light::Green:
        return drawIcon(QColor(0x2e, 0x9d, 0x4f), Shape::Circle);
    case Light::Orange:
        return drawIcon(QColor(0xf0, 0x9a, 0x1a), Shape::Triangle);
    case Light::Red:
        return drawIcon(QColor(0xd0, 0x3b, 0x30), Shape::Square);
    case Light::None:
        return drawIcon(QColor(0x9e, 0x9e, 0x9e), Shape::Dash);
    }
    return {};
}

QIcon LightBadge::measureIcon(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::InPlace:
        return icon(Light::Green);
    case MeasureStatus::Missing:
        return icon(Light::Red);
    case MeasureStatus::Unknown:
    case MeasureStatus::NotApplicable:
        return icon(Light::None);
    }
    return {};
}
