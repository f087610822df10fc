// SPDX-License-Identifier: GPL-3.0-or-later
// The staff aggregates as a workbook: figures on one sheet, what they are on another.
#include "core/share/Aggregate.h"
#include "core/text/Words.h"
#include "core/xlsx/XlsxBook.h"

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(AggregateXlsx)
};

/** The workbook's cell formats, made once and shared by both sheets. */
struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* decimal = nullptr;
    lxw_format* suppressed = nullptr;
    lxw_format* wrapped = nullptr;
    lxw_format* left = nullptr;
    QString suppressedText;
};

Formats makeFormats(XlsxBook& book, const Language& lang)
{
    Formats f;
    f.header = book.addHeaderFormat();
    f.decimal = book.addFormat();
    format_set_num_format(f.decimal, "0.0");
    // Set apart at a glance, and in words for whoever cannot see the grey.
    f.suppressed = book.addFormat();
    format_set_italic(f.suppressed);
    format_set_font_color(f.suppressed, 0x666666);
    format_set_bg_color(f.suppressed, 0xEEEEEE);
    format_set_align(f.suppressed, LXW_ALIGN_RIGHT);
    f.wrapped = book.addWrappedFormat();
    f.left = book.addFormat();
    format_set_align(f.left, LXW_ALIGN_LEFT);
    format_set_align(f.left, LXW_ALIGN_VERTICAL_TOP);
    f.suppressedText = Words::tr("suppressed").in(lang);
    return f;
}

/** One row per figure, filterable, printed landscape. */
void writeFigures(
    lxw_worksheet* figures, const AggregateReport& report, const Language& lang, const Formats& f)
{
    const struct
    {
        const char* title; // QT_TRANSLATE_NOOP("AggregateXlsx", ...)
        double width;
    } columns[] = {
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Tool"), 12 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Questionnaire"), 16 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Version"), 10 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Hash (sha256)"), 18 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Sector"), 16 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Size"), 10 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Statistic"), 12 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Key"), 24 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Count"), 11 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Mean"), 11 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Q1"), 9 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Median"), 9 },
        { QT_TRANSLATE_NOOP("AggregateXlsx", "Q3"), 9 },
    };
    const int columnCount = int(std::size(columns));
    QList<XlsxColumn> sheetColumns;
    for (int c = 0; c < columnCount; ++c) // the last four are scores
        sheetColumns.append(
            { Words::noted(columns[c].title).in(lang), columns[c].width, c >= 9 ? f.decimal : nullptr });
    XlsxBook::columns(figures, sheetColumns, f.header);
    int row = 1;
    for (const AggregateRow& r : aggregateRows(report)) {
        const QString texts[]
            = { r.version->tool, r.version->questionnaireId, r.version->questionnaireVersion,
                  r.version->questionnaireHash, r.group->sector, r.group->size, r.statistic, r.key };
        for (int c = 0; c < 8; ++c)
            XlsxBook::text(figures, row, c, texts[c]);
        if (r.suppressed)
            XlsxBook::text(figures, row, 8, f.suppressedText, f.suppressed);
        else if (r.count)
            worksheet_write_number(figures, lxw_row_t(row), 8, double(*r.count), nullptr);
        if (r.score) {
            const double values[] = { r.score->mean, r.score->q1, r.score->median, r.score->q3 };
            for (int i = 0; i < 4; ++i)
                worksheet_write_number(figures, lxw_row_t(row), lxw_col_t(9 + i), values[i], f.decimal);
        }
        ++row;
    }
    XlsxBook::tableLayout(figures, row - 1, columnCount);
    worksheet_activate(figures);
}

/** What the figures are: format, k, counts, the suppression rules; returns the next free line. */
int writeAboutFacts(
    lxw_worksheet* about, const AggregateReport& report, const Language& lang, const Formats& f)
{
    worksheet_set_paper(about, 9);
    worksheet_fit_to_pages(about, 1, 0);
    worksheet_set_column(about, 0, 0, 28, f.left);
    // Wide enough for a rule on two lines at most; the hash and the counts fit anyway.
    worksheet_set_column(about, 1, 1, 66, f.wrapped);
    worksheet_set_column(about, 2, 4, 14, f.left);
    worksheet_set_column(about, 5, 5, 66, f.left);
    int line = 0;
    const auto fact = [&](const QString& label, const QString& value) {
        XlsxBook::text(about, line, 0, label, f.header);
        XlsxBook::text(about, line, 1, value, f.wrapped);
        // As tall as the wrapped text needs: spreadsheets do not grow rows when they open a file.
        worksheet_set_row(
            about, lxw_row_t(line), 15.0 * std::max(1, int((value.size() + 63) / 64)) + 2, nullptr);
        ++line;
    };
    const auto number = [&](const QString& label, double value) {
        XlsxBook::text(about, line, 0, label, f.header);
        worksheet_write_number(about, lxw_row_t(line), 1, value, f.left);
        ++line;
    };
    fact(Words::tr("Format").in(lang), QStringLiteral("zelfscan-aggregates 1"));
    if (report.synthetic)
        fact(Words::tr("Synthetic data").in(lang), Words::tr("yes: not real results").in(lang));
    if (!report.note.isEmpty())
        fact(Words::tr("Note").in(lang), report.note.text(lang));
    number(Words::tr("Smallest group (k)").in(lang), report.minGroup);
    number(Words::tr("Results").in(lang), double(report.results));
    number(Words::tr("Suppressed groups").in(lang), report.suppressedGroups);
    fact(Words::tr("Quartiles").in(lang),
        Words::tr("linear interpolation between order statistics (type 7), rounded to one decimal").in(lang));
    const QString rules[] = {
        Words::tr("Every group, score, class or step with fewer than k results is suppressed.").in(lang),
        Words::tr("Where a shown total would give away a suppressed entry, another entry (or the total) is "
                  "suppressed too.")
            .in(lang),
        Words::tr("A suppressed group shows no scores, classes or steps.").in(lang),
        Words::tr("A questionnaire version with fewer than k results is not shown at all.").in(lang),
        Words::tr("\"suppressed\" means: there are results, but too few to show. A missing group, class or "
                  "step means zero. Versions are never mixed. See docs/share-format.md.")
            .in(lang),
    };
    for (int i = 0; i < int(std::size(rules)); ++i)
        fact(i == 0 ? Words::tr("Rules").in(lang) : QString(), rules[i]);

    return line;
}

/** Every questionnaire version, the hash last: it is long, and there it may run on to the right. */
void writeVersionTable(
    lxw_worksheet* about, int line, const AggregateReport& report, const Language& lang, const Formats& f)
{
    ++line;
    const QString versionHeader[] = { Words::tr("Tool").in(lang), Words::tr("Questionnaire").in(lang),
        Words::tr("Version").in(lang), Words::tr("Results").in(lang), Words::tr("Suppressed groups").in(lang),
        QStringLiteral("Hash (sha256)") };
    for (int c = 0; c < 6; ++c)
        XlsxBook::text(about, line, c, versionHeader[c], f.header);
    ++line;
    int suppressedVersions = 0;
    for (const AggregateVersion& version : report.versions) {
        // Counted, not named: see aggregatesToJson().
        if (version.suppressed) {
            ++suppressedVersions;
            continue;
        }
        XlsxBook::text(about, line, 0, version.tool);
        XlsxBook::text(about, line, 1, version.questionnaireId);
        XlsxBook::text(about, line, 2, version.questionnaireVersion);
        worksheet_write_number(about, lxw_row_t(line), 3, double(version.results), f.left);
        worksheet_write_number(about, lxw_row_t(line), 4, version.suppressedGroups, f.left);
        XlsxBook::text(about, line, 5, version.questionnaireHash);
        ++line;
    }
    if (suppressedVersions > 0) {
        XlsxBook::text(about, line, 0,
            Words::tr(
                "%n questionnaire version(s) with too few results: left out", nullptr, suppressedVersions)
                .in(lang),
            f.suppressed);
        ++line;
    }
}

} // namespace

QByteArray aggregatesToXlsx(const AggregateReport& report, const Language& language, QString* error)
{
    XlsxBook book;
    if (!book.book())
        return book.finish(error);
    lxw_worksheet* figures = book.addSheet(Words::tr("Figures").in(language));
    lxw_worksheet* about = book.addSheet(Words::tr("About").in(language));
    const Formats formats = makeFormats(book, language);
    writeFigures(figures, report, language, formats);
    writeVersionTable(about, writeAboutFacts(about, report, language, formats), report, language, formats);

    lxw_doc_properties properties {};
    properties.title = const_cast<char*>("Zelfscan aggregates");
    properties.author = const_cast<char*>("Zelfscan");
    workbook_set_properties(book.book(), &properties);
    return book.finish(error);
}

} // namespace zelfscan
