// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

/**
 * The CSV files Zelfscan writes (the action plan, the staff aggregates, the list of systems):
 * RFC 4180 fields, and what a spreadsheet needs to open them as they are meant.
 */
namespace zelfscan::csv {

/**
 * @p text as one field: quoted, with quotes doubled, when it holds a comma or a semicolon (which
 * of the two a spreadsheet splits at depends on the region it runs in), a quote or a line break.
 * Text that starts with =, +, - or @ gets an apostrophe first: a spreadsheet would otherwise run
 * it as a formula, and some of it (advisory titles, system names) comes from files the user did
 * not write.
 */
QString field(const QString& text);

/** Undoes field()'s apostrophe on a value read back from such a file. */
QString withoutFormulaGuard(const QString& value);

/** The fields as one line, each made safe by field(). */
QString line(const QStringList& fields, QChar separator);

/**
 * Lines as a file: UTF-8 with a byte order mark (without one Excel reads it in the region's old
 * code page), each line ended by CR LF.
 */
QByteArray document(const QStringList& lines);

} // namespace zelfscan::csv
