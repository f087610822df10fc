// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace zelfscan {

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

    static void text(
        lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr);
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
