// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace zelfscan {

/** A column of a table sheet: its title in the header row, its width in digits, its cells' format. */
struct XlsxColumn
{
    QString title;
    double width = 10;
    lxw_format* format = nullptr;
};

/**
 * A libxlsxwriter workbook that ends up as bytes, so the caller writes it atomically like every
 * other output (libxlsxwriter 1.1 can only write to a file name, here one in a private temporary
 * folder). Sheets, formats and cells are made with the libxlsxwriter calls on book() and the
 * helpers below; strings go in as UTF-8.
 */
class XlsxBook
{
public:
    XlsxBook();
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    /** Null when the temporary folder or the workbook could not be made; finish() says why. */
    lxw_workbook* book() const { return m_book; }
    lxw_worksheet* addSheet(const QString& name);
    lxw_format* addFormat();
    /** Zelfscan's header cells: bold on light blue, a line below, read from the top. */
    lxw_format* addHeaderFormat();
    /** Long texts wrap inside their column and read from the top. */
    lxw_format* addWrappedFormat();

    static void text(
        lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr);
    /** Sets each column's width and format, and writes the titles in row 0 in @p header. */
    static void columns(lxw_worksheet* sheet, const QList<XlsxColumn>& columns, lxw_format* header);
    /**
     * A table of @p columnCount columns down to @p lastRow, as people read and print one: the header
     * row frozen and filterable, landscape on A4, one page wide, the header on every page.
     */
    static void tableLayout(lxw_worksheet* sheet, int lastRow, int columnCount);
    /** Writes the workbook and returns its bytes; empty with @p error set on failure. Once only. */
    QByteArray finish(QString* error);

private:
    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook* m_book = nullptr;
    QString m_problem;
};

/** A worksheet name: Excel allows 31 characters and none of []:*?/\ . */
QString xlsxSheetName(const QString& name);

} // namespace zelfscan
