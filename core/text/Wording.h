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

/** @p value as a whole percentage, the sign written as the language writes it (80 %; 80%). */
QString percent(const Language& language, double value);

/**
 * What a language writes apart from words and locale numbers: one row per language in
 * Wording.cpp; a language without a row writes as English does.
 */
struct Notation
{
    /** Excel splits a double-clicked CSV at the list separator of the system's region. */
    QChar csvSeparator;
    /** The decimal mark of numbers in a CSV file, as spreadsheets of that region read them. */
    QChar csvDecimalMark;
    /** What follows a number to make it a percentage. */
    QString percentSign;
    /** Number formats of date and date-and-time cells in a spreadsheet. */
    const char* spreadsheetDate;
    const char* spreadsheetDateTime;
};

const Notation& notation(const Language& language);

} // namespace wording
} // namespace zelfscan
