// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QLocale>
#include <QString>

namespace zelfscan {

/**
 * How core writes numbers in a language (reports, text results, spreadsheets). Its words go
 * through ZELFSCAN_WORDS (core/text/Words.h) and Linguist.
 */
namespace wording {

/** @p value with exactly @p decimals decimals, in the language's notation. */
QString decimal(const Language& language, double value, int decimals = 0);

/** @p value with at most four significant digits and no trailing zeros (91,7; 3; 0,25). */
QString shortNumber(const Language& language, double value);

/** A score: whole numbers without decimals, others with one (71; 71,5). */
QString score(const Language& language, double value);

} // namespace wording
} // namespace zelfscan
