// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QPalette;

/** Gives a chart the window's colours: its own theme keeps dark labels on a dark palette. */
namespace ChartPalette {

/** Background, title, legend, axis labels and grid from @p palette; call once axes are added. */
void apply(QChart* chart, const QPalette& palette);

} // namespace ChartPalette
