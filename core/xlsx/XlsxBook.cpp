// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/XlsxBook.h"

#include <QFile>

#include <algorithm>

namespace zelfscan {

namespace {
/** Characters Excel keeps in one cell. */
constexpr int excelCellLimit = 32767;
} // namespace

XlsxBook::XlsxBook()
{
    if (!m_folder.isValid()) {
        m_problem = QStringLiteral("cannot create a temporary folder for the workbook: %1")
                        .arg(m_folder.errorString());
        return;
    }
    m_path = m_folder.filePath(QStringLiteral("book.xlsx"));
    lxw_workbook_options options {};
    // Without a tmpdir libxlsxwriter uses tmpfile(), which fails where /tmp is not writable
    // even when TMPDIR points elsewhere; QTemporaryDir already honours TMPDIR.
    QByteArray folder = QFile::encodeName(m_folder.path());
    options.tmpdir = folder.data();
    m_book = workbook_new_opt(QFile::encodeName(m_path).constData(), &options);
    if (!m_book)
        m_problem = QStringLiteral("cannot start the workbook (out of memory?)");
}

XlsxBook::~XlsxBook()
{
    // Closing is the only way libxlsxwriter frees a workbook; it writes into our temporary folder,
    // which goes with us.
    if (m_book)
        workbook_close(m_book);
}

lxw_worksheet* XlsxBook::addSheet(const QString& name)
{
    return m_book ? workbook_add_worksheet(m_book, xlsxSheetName(name).toUtf8().constData()) : nullptr;
}

lxw_format* XlsxBook::addFormat()
{
    return m_book ? workbook_add_format(m_book) : nullptr;
}

lxw_format* XlsxBook::addHeaderFormat()
{
    lxw_format* header = addFormat();
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    return header;
}

lxw_format* XlsxBook::addWrappedFormat()
{
    lxw_format* wrapped = addFormat();
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    return wrapped;
}

void XlsxBook::text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format)
{
    if (!sheet)
        return;
    if (value.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else // Excel's limit per cell; longer text would make the whole write fail.
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
            value.left(excelCellLimit).toUtf8().constData(), format);
}

void XlsxBook::columns(lxw_worksheet* sheet, const QList<XlsxColumn>& columns, lxw_format* header)
{
    for (int c = 0; c < columns.size(); ++c) {
        const XlsxColumn& column = columns.at(c);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), column.width, column.format);
        text(sheet, 0, c, column.title, header);
    }
}

void XlsxBook::tableLayout(lxw_worksheet* sheet, int lastRow, int columnCount)
{
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(lastRow, 1)), lxw_col_t(columnCount - 1));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
}

QByteArray XlsxBook::finish(QString* error)
{
    const auto fail = [&](const QString& problem) {
        if (error)
            *error = problem;
        return QByteArray();
    };
    if (!m_book)
        return fail(m_problem.isEmpty() ? QStringLiteral("the workbook was already written") : m_problem);
    const lxw_error result = workbook_close(m_book);
    m_book = nullptr;
    if (result != LXW_NO_ERROR)
        return fail(
            QStringLiteral("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(result))));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the workbook back: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(QStringLiteral("the workbook came out empty"));
    return bytes;
}

QString xlsxSheetName(const QString& name)
{
    QString clean = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        clean.replace(c, QLatin1Char(' '));
    return clean.left(31);
}

} // namespace zelfscan
