// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppStyle.h"

#include <QApplication>
#include <QFocusFrame>
#include <QImageReader>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

namespace AppStyle {

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText,
        link, placeholder, mid, dark, light, disabledText;
};

QPalette paletteFrom(const Colours& c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::BrightText, c.highlightedText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.link);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.base);
        p.setColor(group, QPalette::ToolTipText, c.text);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.light);
        p.setColor(group, QPalette::Shadow, c.dark.darker(150));
    }
    // Disabled controls are exempt from the contrast rule, but must still be legible.
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

double luminance(const QColor& colour)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

/**
 * Fusion draws the frame of check boxes and radio buttons a shade darker than the window: on a
 * dark window that frame disappears, and an unticked box with it. They get a light frame on top.
 */
class Style final : public QProxyStyle
{
public:
    Style()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
        if (!indicator || !isDark(option->palette))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0xb8, 0xbf, 0xc7), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(frame);
        else
            painter->drawRoundedRect(frame, 2, 2);
        painter->restore();
    }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override
    {
        if (element != CE_FocusFrame) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        // Fusion draws no focus frame of its own: a ring in the highlight colour, 3:1 or more on the window.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
        painter->restore();
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget) const override
    {
        const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
        if (control != CC_ScrollBar || !bar || !(bar->subControls & SC_ScrollBarSlider)) {
            QProxyStyle::drawComplexControl(control, option, painter, widget);
            return;
        }
        // Fusion draws the thumb a shade lighter than its groove (about 1.3:1), so where a page is
        // scrolled hardly shows; users read the light groove as the thumb. Fusion draws the groove
        // and arrows, the thumb is drawn here in a muted text colour: 3:1 or more (WCAG 1.4.11).
        QStyleOptionSlider rest(*bar);
        rest.subControls &= ~SC_ScrollBarSlider;
        QProxyStyle::drawComplexControl(control, &rest, painter, widget);
        const QRect thumb = subControlRect(control, bar, SC_ScrollBarSlider, widget);
        if (thumb.isEmpty())
            return;
        const bool active = (bar->activeSubControls & SC_ScrollBarSlider)
            && (bar->state & (State_MouseOver | State_Sunken));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bar->palette.color(active ? QPalette::WindowText : QPalette::PlaceholderText));
        const qreal inset = 2.5;
        painter->drawRoundedRect(QRectF(thumb).adjusted(inset, inset, -inset, -inset), 3, 3);
        painter->restore();
    }

    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return 3;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

    QPixmap standardPixmap(
        StandardPixmap pixmap, const QStyleOption* option, const QWidget* widget) const override
    {
        // The start page's command link buttons show Qt's arrow.
        if (pixmap == SP_ArrowRight || pixmap == SP_ArrowLeft) {
            const QPixmap arrow = qtImage(pixmap == SP_ArrowRight ? "right-16" : "left-16");
            if (!arrow.isNull())
                return arrow;
        }
        return QProxyStyle::standardPixmap(pixmap, option, widget);
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        // Every menu bar has an extension button (shown when the menus do not fit).
        if (icon == SP_ToolBarHorizontalExtensionButton) {
            const bool rtl
                = (option ? option->direction : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
            QIcon extension;
            for (const char* size : { "8", "16", "32" })
                extension.addPixmap(
                    qtImage(QByteArray(rtl ? "toolbar-ext-h-rtl-" : "toolbar-ext-h-") + size));
            if (!extension.isNull())
                return extension;
        }
        return QProxyStyle::standardIcon(icon, option, widget);
    }

private:
    /**
     * One of Qt's own images, read as PNG. Qt reads them with QPixmap::load() and QIcon::addFile(),
     * which first let every image format plug-in (GIF, ICO, JPEG with libjpeg) look at the file:
     * loading those plug-ins cost the start page about 5% of an empty window's start.
     */
    static QPixmap qtImage(const QByteArray& name)
    {
        QImageReader reader(
            QStringLiteral(":/qt-project.org/styles/commonstyle/images/%1.png").arg(QLatin1String(name)),
            "png");
        reader.setAutoDetectImageFormat(false);
        return QPixmap::fromImage(reader.read());
    }
};

/**
 * Keeps one focus frame around whatever has the keyboard focus, so the focus is always visible
 * (WCAG 2.4.7), also on controls whose Fusion look hardly changes with focus.
 */
class FocusRing final : public QObject
{
public:
    explicit FocusRing(QApplication& app)
        : QObject(&app)
    {
        setObjectName(QStringLiteral("zelfscanFocusRing"));
        connect(&app, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
    }

private:
    void follow(QWidget* now)
    {
        if (!now || now->isWindow() || !now->parentWidget()) {
            if (m_frame)
                m_frame->setWidget(nullptr);
            return;
        }
        if (!m_frame || m_frame->window() != now->window()) {
            delete m_frame;
            m_frame = new QFocusFrame(now);
            m_frame->setObjectName(QStringLiteral("focusRing"));
        }
        m_frame->setWidget(now);
    }

    QPointer<QFocusFrame> m_frame;
};

} // namespace

QPalette lightPalette()
{
    return paletteFrom({ QColor(0xf4, 0xf5, 0xf7), QColor(0x1d, 0x23, 0x2a), QColor(0xff, 0xff, 0xff),
        QColor(0xf0, 0xf2, 0xf5), QColor(0x1d, 0x23, 0x2a), QColor(0xe9, 0xec, 0xf0),
        QColor(0x1d, 0x23, 0x2a), QColor(0x0b, 0x5c, 0xad), QColor(0xff, 0xff, 0xff),
        QColor(0x0a, 0x58, 0xa6), QColor(0x56, 0x60, 0x6b), QColor(0xa9, 0xb1, 0xbb),
        QColor(0x6f, 0x78, 0x83), QColor(0xff, 0xff, 0xff), QColor(0x7a, 0x82, 0x8c) });
}

QPalette darkPalette()
{
    return paletteFrom({ QColor(0x1f, 0x22, 0x27), QColor(0xe6, 0xe8, 0xeb), QColor(0x17, 0x19, 0x1d),
        QColor(0x24, 0x28, 0x2e), QColor(0xe6, 0xe8, 0xeb), QColor(0x2c, 0x31, 0x38),
        QColor(0xe6, 0xe8, 0xeb), QColor(0x2f, 0x6f, 0xc4), QColor(0xff, 0xff, 0xff),
        QColor(0x8c, 0xc2, 0xff), QColor(0xa3, 0xab, 0xb5), QColor(0x4a, 0x51, 0x5a),
        QColor(0x0e, 0x10, 0x13), QColor(0x3a, 0x40, 0x48), QColor(0x8a, 0x92, 0x9c) });
}

bool isDark(const QPalette& platform)
{
    return platform.color(QPalette::Window).lightness() < platform.color(QPalette::WindowText).lightness();
}

void apply(QApplication& app)
{
    const QString theme = qEnvironmentVariable("ZELFSCAN_THEME");
    const bool dark
        = theme == QLatin1String("dark") || (theme != QLatin1String("light") && isDark(app.palette()));
    QApplication::setStyle(new Style);
    if (!app.findChild<FocusRing*>(QStringLiteral("zelfscanFocusRing"), Qt::FindDirectChildrenOnly))
        new FocusRing(app);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace AppStyle
