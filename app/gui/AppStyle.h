// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

/**
 * One calm look on every platform: Qt's Fusion style with a restrained palette, light or dark
 * after the platform's own palette. Every text colour is chosen to reach at least 4.5:1 against
 * its background (WCAG 1.4.3); tst_appstyle computes it.
 */
namespace AppStyle {

QPalette lightPalette();
QPalette darkPalette();
/** True when @p platform is a dark palette (light text on a dark window). */
bool isDark(const QPalette& platform);
/** Sets Fusion and the palette that fits the platform's; ZELFSCAN_THEME=light|dark overrides it. */
void apply(QApplication& app);

/** The WCAG 2 contrast ratio of two colours, 1 to 21. */
double contrastRatio(const QColor& a, const QColor& b);

} // namespace AppStyle
