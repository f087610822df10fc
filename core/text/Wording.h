// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/text/Language.h"

#include <QLocale>
#include <QString>

namespace zelfscan {

/**
 * The words core writes itself (reports, text results, spreadsheets), in one place. Zelfscan's
 * own texts exist in Dutch and English; any other language code gets the English ones, while
 * questionnaire texts (LocalizedText) are shown in whatever languages the file has.
 */
namespace wording {

/** The Dutch or English text (UTF-8 literals) for @p language. */
QString pick(const Language& language, const char* nl, const char* en);

/** Both texts as a LocalizedText, for results that are shown later in either language. */
LocalizedText both(const char* nl, const char* en);

/** @p value with exactly @p decimals decimals, in the language's notation. */
QString decimal(const Language& language, double value, int decimals = 0);

/** @p value with at most four significant digits and no trailing zeros (91,7; 3; 0,25). */
QString shortNumber(const Language& language, double value);

/** A score: whole numbers without decimals, others with one (71; 71,5). */
QString score(const Language& language, double value);

} // namespace wording
} // namespace zelfscan
