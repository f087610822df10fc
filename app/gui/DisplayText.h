// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/** A score as the interface shows it: "72%" in the user's locale, or "—" when there is none. */
QString percentText(const std::optional<double>& score);

/**
 * A chart label on short lines. Qt Charts draws axis labels as HTML and keeps room for the widest
 * one, so a long title on one line shrinks the chart or gets cut off. With @p maxLines above 0,
 * the rest is dropped for "…" (the table beside every chart has the full title).
 */
QString wrappedChartLabel(const QString& text, int lineLength, int maxLines = 0);
