// SPDX-License-Identifier: GPL-3.0-or-later
// The staff aggregates as a workbook: figures on one sheet, what they are on another.
#include "core/share/Aggregate.h"
#include "core/xlsx/XlsxBook.h"

namespace zelfscan {

namespace {

QString pick(const Language& language, const char* nl, const char* en)
{
    return QString::fromUtf8(language.isDutch() ? nl : en);
}

} // namespace

QByteArray aggregatesToXlsx(const AggregateReport& report, const Language& language, QString* error)
{
    const Language& lang = language;
    XlsxBook book;
    if (!book.book())
        return book.finish(error);
    lxw_worksheet* figures = book.addSheet(pick(lang, "Cijfers", "Figures"));
    lxw_worksheet* about = book.addSheet(pick(lang, "Over deze cijfers", "About"));

    lxw_format* header = book.addFormat();
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* decimal = book.addFormat();
    format_set_num_format(decimal, "0.0");
    // Set apart at a glance, and in words for whoever cannot see the grey.
    lxw_format* suppressed = book.addFormat();
    format_set_italic(suppressed);
    format_set_font_color(suppressed, 0x666666);
    format_set_bg_color(suppressed, 0xEEEEEE);
    format_set_align(suppressed, LXW_ALIGN_RIGHT);
    lxw_format* wrapped = book.addFormat();
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* left = book.addFormat();
    format_set_align(left, LXW_ALIGN_LEFT);
    format_set_align(left, LXW_ALIGN_VERTICAL_TOP);
    const QString suppressedText = pick(lang, "onderdrukt", "suppressed");

    const struct
    {
        const char* nl;
        const char* en;
        double width;
    } columns[] = {
        { "Instrument", "Tool", 12 },
        { "Vragenlijst", "Questionnaire", 16 },
        { "Versie", "Version", 10 },
        { "Hash (sha256)", "Hash (sha256)", 18 },
        { "Sector", "Sector", 16 },
        { "Grootte", "Size", 10 },
        { "Statistiek", "Statistic", 12 },
        { "Sleutel", "Key", 24 },
        { "Aantal", "Count", 11 },
        { "Gemiddelde", "Mean", 11 },
        { "Q1", "Q1", 9 },
        { "Mediaan", "Median", 9 },
        { "Q3", "Q3", 9 },
    };
    const int columnCount = int(std::size(columns));
    for (int c = 0; c < columnCount; ++c) {
        worksheet_set_column(
            figures, lxw_col_t(c), lxw_col_t(c), columns[c].width, c >= 9 ? decimal : nullptr);
        XlsxBook::text(figures, 0, c, pick(lang, columns[c].nl, columns[c].en), header);
    }
    int row = 1;
    for (const AggregateRow& r : aggregateRows(report)) {
        const QString texts[]
            = { r.version->tool, r.version->questionnaireId, r.version->questionnaireVersion,
                  r.version->questionnaireHash, r.group->sector, r.group->size, r.statistic, r.key };
        for (int c = 0; c < 8; ++c)
            XlsxBook::text(figures, row, c, texts[c]);
        if (r.suppressed)
            XlsxBook::text(figures, row, 8, suppressedText, suppressed);
        else if (r.count)
            worksheet_write_number(figures, lxw_row_t(row), 8, double(*r.count), nullptr);
        if (r.score) {
            const double values[] = { r.score->mean, r.score->q1, r.score->median, r.score->q3 };
            for (int i = 0; i < 4; ++i)
                worksheet_write_number(figures, lxw_row_t(row), lxw_col_t(9 + i), values[i], decimal);
        }
        ++row;
    }
    worksheet_freeze_panes(figures, 1, 0);
    // Printed landscape on A4, one page wide, the header on every page.
    worksheet_set_landscape(figures);
    worksheet_set_paper(figures, 9);
    worksheet_fit_to_pages(figures, 1, 0);
    worksheet_repeat_rows(figures, 0, 0);
    worksheet_autofilter(figures, 0, 0, lxw_row_t(std::max(row - 1, 1)), lxw_col_t(columnCount - 1));
    worksheet_activate(figures);

    worksheet_set_paper(about, 9);
    worksheet_fit_to_pages(about, 1, 0);
    worksheet_set_column(about, 0, 0, 28, left);
    // Wide enough for a rule on two lines at most; the hash and the counts fit anyway.
    worksheet_set_column(about, 1, 1, 66, wrapped);
    worksheet_set_column(about, 2, 4, 14, left);
    worksheet_set_column(about, 5, 5, 66, left);
    int line = 0;
    const auto fact = [&](const QString& label, const QString& value) {
        XlsxBook::text(about, line, 0, label, header);
        XlsxBook::text(about, line, 1, value, wrapped);
        // As tall as the wrapped text needs: spreadsheets do not grow rows when they open a file.
        worksheet_set_row(
            about, lxw_row_t(line), 15.0 * std::max(1, int((value.size() + 63) / 64)) + 2, nullptr);
        ++line;
    };
    const auto number = [&](const QString& label, double value) {
        XlsxBook::text(about, line, 0, label, header);
        worksheet_write_number(about, lxw_row_t(line), 1, value, left);
        ++line;
    };
    fact(pick(lang, "Formaat", "Format"), QStringLiteral("zelfscan-aggregates 1"));
    if (report.synthetic)
        fact(pick(lang, "Verzonnen gegevens", "Synthetic data"),
            pick(lang, "ja: geen echte resultaten", "yes: not real results"));
    if (!report.note.isEmpty())
        fact(pick(lang, "Opmerking", "Note"), report.note.text(lang));
    number(pick(lang, "Kleinste groep (k)", "Smallest group (k)"), report.minGroup);
    number(pick(lang, "Resultaten", "Results"), double(report.results));
    number(pick(lang, "Onderdrukte groepen", "Suppressed groups"), report.suppressedGroups);
    fact(pick(lang, "Kwartielen", "Quartiles"),
        pick(lang, "lineaire interpolatie tussen ordestatistieken (type 7), afgerond op één decimaal",
            "linear interpolation between order statistics (type 7), rounded to one decimal"));
    const QString rules[] = {
        pick(lang, "Elke groep, score, klasse of stap met minder dan k resultaten is onderdrukt.",
            "Every group, score, class or step with fewer than k results is suppressed."),
        pick(lang,
            "Waar een getoond totaal een onderdrukte waarde zou verraden, is nog een waarde (of het totaal) "
            "onderdrukt.",
            "Where a shown total would give away a suppressed entry, another entry (or the total) is "
            "suppressed too."),
        pick(lang, "Een onderdrukte groep toont geen scores, klassen of stappen.",
            "A suppressed group shows no scores, classes or steps."),
        pick(lang, "Een vragenlijstversie met minder dan k resultaten wordt helemaal niet getoond.",
            "A questionnaire version with fewer than k results is not shown at all."),
        pick(lang,
            "\"onderdrukt\" betekent: er zijn resultaten, maar te weinig om te tonen. Een ontbrekende "
            "groep, klasse of stap betekent nul. Versies worden nooit gemengd. Zie docs/share-format.md.",
            "\"suppressed\" means: there are results, but too few to show. A missing group, class or step "
            "means zero. Versions are never mixed. See docs/share-format.md."),
    };
    for (int i = 0; i < int(std::size(rules)); ++i)
        fact(i == 0 ? pick(lang, "Regels", "Rules") : QString(), rules[i]);

    ++line;
    // The hash last: it is long, and there it may run on to the right.
    const QString versionHeader[]
        = { pick(lang, "Instrument", "Tool"), pick(lang, "Vragenlijst", "Questionnaire"),
              pick(lang, "Versie", "Version"), pick(lang, "Resultaten", "Results"),
              pick(lang, "Onderdrukte groepen", "Suppressed groups"), QStringLiteral("Hash (sha256)") };
    for (int c = 0; c < 6; ++c)
        XlsxBook::text(about, line, c, versionHeader[c], header);
    ++line;
    for (const AggregateVersion& version : report.versions) {
        XlsxBook::text(about, line, 0, version.tool);
        XlsxBook::text(about, line, 1, version.questionnaireId);
        XlsxBook::text(about, line, 2, version.questionnaireVersion);
        if (version.suppressed) {
            XlsxBook::text(about, line, 3, suppressedText, suppressed);
            XlsxBook::text(about, line, 4, suppressedText, suppressed);
        } else {
            worksheet_write_number(about, lxw_row_t(line), 3, double(version.results), left);
            worksheet_write_number(about, lxw_row_t(line), 4, version.suppressedGroups, left);
        }
        XlsxBook::text(about, line, 5, version.questionnaireHash);
        ++line;
    }

    lxw_doc_properties properties {};
    properties.title = const_cast<char*>("Zelfscan aggregates");
    properties.author = const_cast<char*>("Zelfscan");
    workbook_set_properties(book.book(), &properties);
    return book.finish(error);
}

} // namespace zelfscan
