// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ActionPlanXlsx.h"

#include "core/engine/ResultFormat.h"
#include "core/report/AdvisorySection.h"
#include "core/text/Wording.h"
#include "core/text/Words.h"
#include "core/xlsx/XlsxBook.h"

#include <QLocale>

#include <cmath>

namespace zelfscan {

namespace {

class Words
{
    ZELFSCAN_WORDS(ActionPlanXlsx)
};

/** Rows below the steps that still offer the status drop-down, for steps the owner adds. */
constexpr int spareRows = 200;

struct Column
{
    const char* title; // QT_TRANSLATE_NOOP("ActionPlanXlsx", ...)
    double width;
};

/**
 * What every step sheet ends with, in this order: why and how, the link, and what the owner fills
 * in. The owner reads and fills both sheets alike.
 */
const Column stepColumns[] = {
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Why"), 44 },
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "How"), 56 },
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Link"), 24 },
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Status"), 14 },
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Owner"), 18 },
    { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Target date"), 14 },
};

/** A step sheet's columns: its own first ones, the shared step columns, its id column last. */
QList<Column> stepSheetColumns(std::initializer_list<Column> first, double idWidth)
{
    QList<Column> all(first);
    all.append(QList<Column>(std::begin(stepColumns), std::end(stepColumns)));
    all.append({ QT_TRANSLATE_NOOP("ActionPlanXlsx", "Id"), idWidth });
    return all;
}

enum ColumnIndex {
    PriorityColumn,
    TitleColumn,
    EffortColumn,
    ImpactColumn,
    WhyColumn,
    HowColumn,
    LinkColumn,
    StatusColumn,
    OwnerColumn,
    DateColumn,
    IdColumn
};

const QList<Column> planColumns
    = stepSheetColumns({ { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Priority"), 10 },
                           { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Step"), 34 },
                           { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Effort"), 14 },
                           { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Impact"), 14 } },
        22);

/** The sheet's columns in @p language, each with the format @p formatOf gives its index. */
template<typename FormatOf>
QList<XlsxColumn> inLanguage(const QList<Column>& columns, const Language& language, FormatOf formatOf)
{
    QList<XlsxColumn> result;
    for (int c = 0; c < columns.size(); ++c)
        result.append({ Words::noted(columns.at(c).title).in(language), columns.at(c).width, formatOf(c) });
    return result;
}

/**
 * Rows tall enough for their wrapped text. Neither Excel nor LibreOffice reliably grows a row
 * for wrapped text when it opens a file, so the height is set from an estimate: a column of
 * width w (in widths of a digit) holds about 1.1 w characters of text a line, at 15 points a line.
 */
double rowHeight(const QList<std::pair<QString, double>>& cells)
{
    int lines = 1;
    for (const auto& [text, width] : cells) {
        int needed = 0;
        for (const QString& paragraph : text.split(QLatin1Char('\n')))
            needed += std::max(1, int(std::ceil(paragraph.size() / std::max(width * 1.1 - 2, 1.0))));
        lines = std::max(lines, needed);
    }
    return 15.0 * lines + 2;
}

lxw_datetime excelTime(const QDateTime& time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return { date.year(), date.month(), date.day(), clock.hour(), clock.minute(), double(clock.second()) };
}

/** The workbook's cell formats, made once and shared by its sheets. */
struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* wrapped = nullptr; ///< long texts wrap inside their column
    lxw_format* top = nullptr; ///< every row reads from the top
    lxw_format* date = nullptr;
    lxw_format* timestamp = nullptr;
};

Formats makeFormats(XlsxBook& book, const Language& lang)
{
    Formats f;
    f.header = book.addHeaderFormat();
    format_set_text_wrap(f.header); // the plan's column titles are longer than their columns
    f.wrapped = book.addWrappedFormat();
    f.top = book.addFormat();
    format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f.top, LXW_ALIGN_LEFT);
    f.date = book.addFormat();
    format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f.date, wording::notation(lang).spreadsheetDate);
    f.timestamp = book.addFormat();
    format_set_align(f.timestamp, LXW_ALIGN_LEFT);
    format_set_num_format(f.timestamp, wording::notation(lang).spreadsheetDateTime);
    return f;
}

/** The status drop-down on @p column of @p sheet, from row 1 to @p lastRow. */
void statusList(lxw_worksheet* sheet, int column, int lastRow, const Language& language)
{
    // The list must stay under Excel's 255 characters, which three words do.
    const QByteArray values[] = { Words::tr("open").in(language).toUtf8(),
        Words::tr("in progress").in(language).toUtf8(), Words::tr("done").in(language).toUtf8() };
    const char* list[] = { values[0].constData(), values[1].constData(), values[2].constData(), nullptr };
    const QByteArray inputTitle = Words::tr("Status").in(language).toUtf8();
    const QByteArray inputMessage = Words::tr("Choose open, in progress or done.").in(language).toUtf8();
    lxw_data_validation validation {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char**>(list);
    validation.input_title = const_cast<char*>(inputTitle.constData());
    validation.input_message = const_cast<char*>(inputMessage.constData());
    worksheet_data_validation_range(
        sheet, 1, lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation);
}

/**
 * The vulnerability alerts' steps on a sheet of their own: their columns (system, CVE ids,
 * severity) are not the scan's, and the scan's priority numbers do not extend to them.
 */
void writeAdvisorySheet(lxw_worksheet* sheet, const ReportInput& input, const Formats& f)
{
    const Language& lang = input.language;
    enum { Number, Step, System, Vulnerabilities, Severity, Why, How, Link, Status, Owner, Date, Id };
    const QList<Column> sheetColumns
        = stepSheetColumns({ { QT_TRANSLATE_NOOP("ActionPlanXlsx", "No."), 6 },
                               { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Step"), 34 },
                               { QT_TRANSLATE_NOOP("ActionPlanXlsx", "System"), 20 },
                               { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Vulnerabilities"), 22 },
                               { QT_TRANSLATE_NOOP("ActionPlanXlsx", "Severity"), 16 } },
            30);
    const int count = int(sheetColumns.size());
    XlsxBook::columns(sheet,
        inLanguage(sheetColumns, lang,
            [&f](int c) {
                return c == Date ? f.date : c == Number || c == Status || c == Owner ? f.top : f.wrapped;
            }),
        f.header);
    const QList<advisories::AdvisoryStep>& steps = input.advisories->steps;
    for (int i = 0; i < steps.size(); ++i) {
        const advisories::AdvisoryStep& step = steps.at(i);
        const int row = i + 1;
        const QString cves = step.vulnerabilities.join(QLatin1Char('\n'));
        worksheet_write_number(sheet, lxw_row_t(row), Number, row, f.top);
        XlsxBook::text(sheet, row, Step, step.title.text(lang), f.wrapped);
        XlsxBook::text(sheet, row, System, step.assetName, f.wrapped);
        XlsxBook::text(sheet, row, Vulnerabilities, cves, f.wrapped);
        XlsxBook::text(sheet, row, Severity, advisorySeverity(step, lang), f.wrapped);
        XlsxBook::text(sheet, row, Why, step.why.text(lang), f.wrapped);
        XlsxBook::text(sheet, row, How, step.how.text(lang), f.wrapped);
        XlsxBook::text(sheet, row, Link, step.url, f.wrapped);
        XlsxBook::text(sheet, row, Status, advisoryStepStatus(step, lang), f.top);
        XlsxBook::text(sheet, row, Id, advisoryStepId(step), f.wrapped);
        worksheet_set_row(sheet, lxw_row_t(row),
            rowHeight({ { step.title.text(lang), sheetColumns.at(Step).width },
                { cves, sheetColumns.at(Vulnerabilities).width },
                { step.why.text(lang), sheetColumns.at(Why).width },
                { step.how.text(lang), sheetColumns.at(How).width },
                { step.url, sheetColumns.at(Link).width } }),
            nullptr);
    }
    XlsxBook::tableLayout(sheet, int(steps.size()), count);
    statusList(sheet, Status, int(steps.size()) + spareRows, lang);
}

/** What made the plan and when, how many steps, and how to fill it in. */
void writeAboutSheet(lxw_worksheet* about, const ReportInput& input, const Formats& f)
{
    const Language& lang = input.language;
    const Questionnaire& q = input.questionnaire;
    const QList<NextStep>& steps = input.result.steps;
    lxw_format* header = f.header;
    lxw_format* wrapped = f.wrapped;
    lxw_format* top = f.top;
    worksheet_set_paper(about, 9);
    worksheet_fit_to_pages(about, 1, 0);
    worksheet_set_column(about, 0, 0, 26, top);
    worksheet_set_column(about, 1, 1, 80, wrapped);
    int row = 0;
    const auto fact = [&](const Phrase& label, const QString& value) {
        XlsxBook::text(about, row, 0, label.in(lang), header);
        XlsxBook::text(about, row, 1, value, wrapped);
        worksheet_set_row(about, lxw_row_t(row), rowHeight({ { value, 80 } }), nullptr);
        ++row;
    };
    fact(Words::tr("Tool"), q.title.text(lang));
    fact(Words::tr("Questionnaire"), q.id);
    fact(Words::tr("Questionnaire version"), q.version);
    XlsxBook::text(about, row, 0, Words::tr("Made on").in(lang), header);
    lxw_datetime made = excelTime(input.generated);
    worksheet_write_datetime(about, lxw_row_t(row), 1, &made, f.timestamp);
    ++row;
    if (!input.answers.organisation.isEmpty())
        fact(Words::tr("Organisation"), input.answers.organisation);
    fact(Words::tr("Made with"), QStringLiteral("Zelfscan " ZELFSCAN_VERSION));
    fact(Words::tr("Steps"),
        Words::tr("%1, of which %2 done")
            .in(lang)
            .arg(steps.size())
            .arg(std::count_if(steps.begin(), steps.end(),
                [&](const NextStep& step) { return input.doneSteps.contains(step.id); })));
    if (input.advisories)
        fact(Words::tr("Vulnerabilities"),
            Words::tr("%1 open or in progress, from %2 security advisories matched against your %3 systems")
                .in(lang)
                .arg(input.advisories->steps.size())
                .arg(input.advisories->advisories)
                .arg(input.advisories->systems));
    fact(Words::tr("Source"), q.source.text(lang));
    fact(Words::tr("To fill in"),
        Words::tr("Choose each step's status from the list and fill in who takes it on and when it should be "
                  "done. The Id column matches a step with the same step in a later plan.")
            .in(lang));
}

/** The scan's steps, one a row, with the status drop-down and room for steps the owner adds. */
void writePlanSheet(lxw_worksheet* plan, const ReportInput& input, const Formats& f)
{
    const Language& lang = input.language;
    const QList<NextStep>& steps = input.result.steps;
    XlsxBook::columns(plan,
        inLanguage(planColumns, lang,
            [&f](int c) {
                const bool text = c == TitleColumn || c == EffortColumn || c == ImpactColumn || c == WhyColumn
                    || c == HowColumn || c == LinkColumn;
                return c == DateColumn ? f.date : text ? f.wrapped : f.top;
            }),
        f.header);
    const QString open = Words::tr("open").in(lang);
    const QString done = Words::tr("done").in(lang);
    for (int i = 0; i < steps.size(); ++i) {
        const NextStep& step = steps.at(i);
        const int row = i + 1;
        worksheet_write_number(plan, lxw_row_t(row), PriorityColumn, step.priority, f.top);
        XlsxBook::text(plan, row, TitleColumn, step.title.text(lang), f.wrapped);
        XlsxBook::text(plan, row, EffortColumn, effortLabel(step.effort, lang), f.wrapped);
        XlsxBook::text(plan, row, ImpactColumn, impactLabel(step.impact, lang), f.wrapped);
        XlsxBook::text(plan, row, WhyColumn, step.why.text(lang), f.wrapped);
        XlsxBook::text(plan, row, HowColumn, step.how.text(lang), f.wrapped);
        XlsxBook::text(plan, row, LinkColumn, stepLinkText(step, lang), f.wrapped);
        XlsxBook::text(plan, row, StatusColumn, input.doneSteps.contains(step.id) ? done : open, f.top);
        XlsxBook::text(plan, row, IdColumn, step.id, f.top);
        worksheet_set_row(plan, lxw_row_t(row),
            rowHeight({ { step.title.text(lang), planColumns.at(TitleColumn).width },
                { effortLabel(step.effort, lang), planColumns.at(EffortColumn).width },
                { step.why.text(lang), planColumns.at(WhyColumn).width },
                { step.how.text(lang), planColumns.at(HowColumn).width },
                { stepLinkText(step, lang), planColumns.at(LinkColumn).width } }),
            nullptr);
    }
    XlsxBook::tableLayout(plan, int(steps.size()), int(planColumns.size()));
    statusList(plan, StatusColumn, int(steps.size()) + spareRows, lang);
    worksheet_activate(plan);
}

} // namespace

QByteArray actionPlanXlsx(const ReportInput& input, QString* error)
{
    const Language& lang = input.language;
    XlsxBook book;
    if (!book.book())
        return book.finish(error);

    lxw_worksheet* plan = book.addSheet(Words::tr("Action plan").in(lang));
    lxw_worksheet* vulnerabilities = input.advisories ? book.addSheet(advisorySectionTitle(lang)) : nullptr;
    lxw_worksheet* about = book.addSheet(Words::tr("About").in(lang));
    const Formats formats = makeFormats(book, lang);
    writePlanSheet(plan, input, formats);
    if (vulnerabilities)
        writeAdvisorySheet(vulnerabilities, input, formats);
    writeAboutSheet(about, input, formats);

    const QByteArray title = input.questionnaire.title.text(lang).toUtf8();
    const QByteArray subject = Words::tr("Action plan").in(lang).toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>("Zelfscan");
    workbook_set_properties(book.book(), &properties);
    return book.finish(error);
}

} // namespace zelfscan
