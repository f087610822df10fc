// SPDX-License-Identifier: GPL-3.0-or-later
// An independent CSV reader for the files Zelfscan writes, so tests read them as a spreadsheet would.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace testutil {

struct CsvTable
{
    QList<QStringList> rows;
    /** The text ended inside a quoted field or without a final line end. */
    bool incomplete = false;
};

/** RFC 4180 with @p separator: quoted fields may hold separators, quotes (doubled) and line ends. */
inline CsvTable parseCsv(const QString& text, QChar separator)
{
    CsvTable table;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            table.rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    table.incomplete = quoted || !row.isEmpty() || !field.isEmpty();
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        table.rows.append(row);
    }
    return table;
}

} // namespace testutil
