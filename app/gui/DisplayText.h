// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QString>

#include <optional>

/**
 * A score as the interface shows it: "72 %" in Dutch, "72%" in English (core's wording, as in the
 * reports), or "—" when there is none.
 */
QString percentText(const std::optional<double>& score, const zelfscan::Language& language);

/**
 * The label format (QValueAxis::setLabelFormat) of a 0-100 axis, with the sign as percentText()
 * writes it: "72 %" in Dutch, "72%" in English.
 */
QString percentAxisFormat(const zelfscan::Language& language);

/**
 * A chart label on short lines. Qt Charts draws axis labels as HTML and keeps room for the widest
 * one, so a long title on one line shrinks the chart or gets cut off. With @p maxLines above 0,
 * the rest is dropped for "…" (the table beside every chart has the full title).
 */
QString wrappedChartLabel(const QString& text, int lineLength, int maxLines = 0);
