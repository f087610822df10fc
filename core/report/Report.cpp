// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Report.h"

#include "core/engine/Comparison.h"
#include "core/engine/ResultFormat.h"
#include "core/engine/SectionChart.h"
#include "core/io/SafeWrite.h"
#include "core/plan/FirstSteps.h"
#include "core/plan/Progress.h"
#include "core/report/ActionPlanXlsx.h"
#include "core/report/AdvisorySection.h"
#include "core/report/OdtWriter.h"
#include "core/report/RadarPainter.h"
#include "core/text/Csv.h"
#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace zelfscan {

namespace {

const QString radarUrl = QStringLiteral("zelfscan://radar.png");
/** Drawn at twice the size it is shown, so it stays sharp on paper. */
const QSize radarPixels(1240, 880);

class Words
{
    ZELFSCAN_WORDS(Report)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

RadarPicture radarFor(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    RadarPicture picture;
    picture.valueName = Words::tr("Your score").in(input.language);
    picture.targetName = Words::tr("Target").in(input.language);
    picture.maximum = chartMaximum(q);
    for (const ChartPoint& point : chartPoints(q, input.result)) {
        picture.labels.append(q.section(point.sectionId)->title.text(input.language));
        picture.values.append(point.value);
        if (point.target)
            picture.targets.append(point.target);
    }
    if (picture.targets.size() != picture.values.size())
        picture.targets.clear();
    return picture;
}

/** The radar picture in words, for those who cannot see it (alt text, ODT description). */
QString radarDescription(const RadarPicture& picture, const Language& language)
{
    const bool maturity = picture.maximum != 100;
    QStringList parts;
    for (int i = 0; i < picture.labels.size(); ++i) {
        const std::optional<double> value = picture.values.value(i);
        QString part = picture.labels.at(i) + QStringLiteral(": ");
        if (!value)
            part += Words::tr("no score").in(language);
        else if (maturity)
            part += Words::tr("level %1").in(language).arg(wording::decimal(language, *value, 1));
        else
            part += wording::percent(language, *value);
        if (i < picture.targets.size() && picture.targets.at(i))
            part += Words::tr(" (target %1)")
                        .in(language)
                        .arg(wording::decimal(language, *picture.targets.at(i)));
        parts.append(part);
    }
    return Words::tr("Radar chart of the score per part. ").in(language) + parts.join(QStringLiteral("; "))
        + QLatin1Char('.');
}

QString radarTitle(const Language& language)
{
    return Words::tr("Score per part (radar chart)").in(language);
}

/** The light as a word with a coloured square beside it: colour helps, the word carries the meaning. */
QString lightCell(Light light, const Language& language)
{
    const char* colour = light == Light::Green ? "#2e7d32"
        : light == Light::Orange               ? "#e08a00"
        : light == Light::Red                  ? "#c62828"
                                               : "#9e9e9e";
    return QStringLiteral("<span style=\"color: %1;\" aria-hidden=\"true\">&#9632;</span>&nbsp;%2")
        .arg(QLatin1String(colour), esc(lightLabel(light, language)));
}

QString measureCell(MeasureStatus status, const Language& language)
{
    const char* colour = status == MeasureStatus::InPlace ? "#2e7d32"
        : status == MeasureStatus::Missing                ? "#c62828"
                                                          : "#9e9e9e";
    return QStringLiteral("<span style=\"color: %1;\" aria-hidden=\"true\">&#9632;</span>&nbsp;%2")
        .arg(QLatin1String(colour), esc(measureStatusLabel(status, language)));
}

const QString tableStart
    = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                     "style=\"border-collapse: collapse; border-color: #b8c2cc; border-style: solid;\">");
/** In <thead>, so a table that runs over a page repeats its header there. */
const QString headerRow = QStringLiteral("<thead><tr style=\"background-color: #e8eef4;\">");
const QString headingColour = QStringLiteral("#1f3b57");

QString stepStatus(bool done, const Language& language)
{
    return done ? Words::tr("done").in(language) : Words::tr("open").in(language);
}

} // namespace

QChar csvSeparator(const Language& language)
{
    return wording::notation(language).csvSeparator;
}

QString stepLinkText(const NextStep& step, const Language& language)
{
    // Addresses only: a spreadsheet makes them clickable, and the title is the step's own.
    Q_UNUSED(language)
    QStringList urls;
    for (const StepLink& link : step.links)
        urls.append(link.url);
    return urls.join(QLatin1Char('\n'));
}

namespace {

/** The document head: title, language, and a style sheet for browsers only. */
QString htmlHead(const ReportInput& input, bool embedImages)
{
    const Questionnaire& q = input.questionnaire;
    const Language& lang = input.language;
    QString html;
    // The <style> is for browsers only; QTextDocument (PDF, ODT) reads the inline styles.
    // lang: screen readers pick their voice by it, browsers their hyphenation and spelling.
    html
        += QStringLiteral(
            "<!DOCTYPE html><html lang=\"%3\"><head><meta charset=\"utf-8\"><title>%1</title>%2</head><body "
            "style=\"font-family: sans-serif;\">")
               .arg(esc(q.title.text(lang)),
                   embedImages ? QStringLiteral("<style>body { max-width: 46em; margin: 2em auto; padding: 0 "
                                                "1em; line-height: 1.45; color: #222; } th, td { "
                                                "border: 1px solid #b8c2cc; } img { max-width: 100%; "
                                                "height: auto; }</style>")
                               : QString(),
                   esc(lang.code()));
    return html;
}

/** A row of the "at a glance" table: @p label and its value, already HTML. */
QString glanceRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td width=\"36%\"><b>%1</b></td><td>%2</td></tr>").arg(label, valueHtml);
}

/** The "at a glance" table: the class or score, measures, OT importance, weakest part. */
QString glanceHtml(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" style=\"font-size: large;\">");
    if (r.risk) {
        const RiskClassDefinition& definition = q.riskModel->classes.at(r.risk->riskClass - 1);
        html += glanceRow(Words::tr("Risk class").in(lang),
            QStringLiteral("%1 %2: %3")
                .arg(QString::number(r.risk->riskClass),
                    Words::tr("of").in(lang) + QStringLiteral(" ")
                        + QString::number(q.riskModel->classes.size()),
                    esc(definition.title.text(lang))));
    } else if (r.overall) {
        html += glanceRow(Words::tr("Overall score").in(lang), wording::percent(lang, *r.overall));
    }
    if (r.risk) {
        int counts[3] = { 0, 0, 0 };
        for (const MeasureResult& measure : r.risk->measures)
            ++counts[measure.status == MeasureStatus::InPlace  ? 0
                    : measure.status == MeasureStatus::Missing ? 1
                                                               : 2];
        html += glanceRow(Words::tr("Measures").in(lang),
            Words::tr("%1 in place, %2 missing, %3 unknown")
                .in(lang)
                .arg(counts[0])
                .arg(counts[1])
                .arg(counts[2]));
    }
    if (r.target && q.targetModel) {
        for (const TargetLevel& level : q.targetModel->levels) {
            if (level.id == r.target->levelId)
                html += glanceRow(Words::tr("OT importance").in(lang), esc(level.title.text(lang)));
        }
    }
    if (const SectionResult* weakest = weakestSection(input.questionnaire, input.result))
        html += glanceRow(Words::tr("Weakest part").in(lang),
            esc(q.section(weakest->sectionId)->title.text(lang)) + QStringLiteral(" &nbsp; ")
                + lightCell(weakest->light, lang));
    html += QStringLiteral("</table>");
    return html;
}

/** The first steps, chosen for this business (core/plan/FirstSteps.h), and why these. */
QString startStepsHtml(const ReportInput& input)
{
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    const FirstSteps first = firstStepsFor(r, lang);
    QString html = QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                       .arg(headingColour, Words::tr("Start with these steps").in(lang));
    if (!first.why.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(first.why));
    html += QStringLiteral("<ol>");
    // The first five prominently, as on the result page; all of them follow under "All next steps".
    for (int i = 0; i < std::min<int>(5, int(first.steps.size())); ++i)
        html += QStringLiteral("<li style=\"margin-bottom: 6px;\"><b>%1</b><br>%2</li>")
                    .arg(esc(first.steps.at(i).title.text(lang)), esc(first.steps.at(i).how.text(lang)));
    if (r.steps.isEmpty())
        html += QStringLiteral("<li>%1</li>")
                    .arg(r.everythingInOrder()
                            ? Words::tr("None: everything asked about is in order.").in(lang)
                            : Words::tr("None yet: answer the open questions first.").in(lang));
    html += QStringLiteral("</ol>");
    return html;
}

/** After a re-check: what improved since the previous run leads the report, as on the result page. */
QString progressHtml(const ReportInput& input)
{
    if (!input.previous)
        return {};
    const QString sentence = progressSentence(
        compareResults(*input.previous, input.result), input.questionnaire, input.language);
    if (sentence.isEmpty())
        return {};
    return QStringLiteral("<h2 style=\"color: %1;\">%2</h2><p><b>%3</b></p>")
        .arg(headingColour, Words::tr("Since last time").in(input.language), esc(sentence));
}

/** Page 1: the summary an owner reads in a minute. */
QString summaryHtml(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    html += QStringLiteral("<h1 style=\"color: %1;\">%2</h1>").arg(headingColour, esc(q.title.text(lang)));
    QStringList meta;
    if (!input.answers.organisation.isEmpty())
        meta.append(esc(input.answers.organisation));
    meta.append(lang.locale().toString(input.generated.date(), QLocale::LongFormat));
    meta.append(Words::tr("questionnaire version ").in(lang) + esc(q.version));
    html += QStringLiteral("<p style=\"color: #555555;\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    html += progressHtml(input);
    html += QStringLiteral("<h2 style=\"color: %1;\">%2</h2>")
                .arg(headingColour, Words::tr("At a glance").in(lang));
    html += glanceHtml(input);
    if (r.risk)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(q.riskModel->classes.at(r.risk->riskClass - 1).explanation.text(lang)));
    html += startStepsHtml(input);
    if (!r.missing.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(Words::tr("Note: %1 questions were not answered and do not count.")
                             .in(lang)
                             .arg(r.missing.size()));
    html
        += QStringLiteral("<p style=\"color: #555555;\"><small>%1</small></p>").arg(esc(q.source.text(lang)));
    return html;
}

/** The score per part: the radar picture and the table. Not for a risk class model. */
QString sectionsHtml(const ReportInput& input, bool embedImages)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    if (q.kind == QuestionnaireKind::RiskClass)
        return html;
    html += QStringLiteral("<h2 style=\"page-break-before: always; color: %1;\">%2</h2>")
                .arg(headingColour, Words::tr("Score per part").in(lang));
    const RadarPicture radar = radarFor(input);
    if (radar.labels.size() >= 3) {
        QString source = radarUrl;
        if (embedImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            radar.render(radarPixels).save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" "
                               "alt=\"%4\"></p>")
                    .arg(source)
                    .arg(radarPixels.width() / 2)
                    .arg(radarPixels.height() / 2)
                    .arg(esc(radarDescription(radar, lang)));
    }
    html += tableStart + headerRow
        + QStringLiteral("<th align=\"left\">%1</th><th>%2</th><th align=\"left\">%3</th></tr></thead>")
              .arg(Words::tr("Part").in(lang), Words::tr("Score").in(lang), Words::tr("Verdict").in(lang));
    for (const SectionResult* listed : listedSections(q, r)) {
        const SectionResult& s = *listed;
        QString score = s.score ? wording::percent(lang, *s.score) : QStringLiteral("—");
        if (s.maturity && s.target)
            score += QStringLiteral(" (%1 %2, %3 %4)")
                         .arg(Words::tr("level").in(lang), wording::decimal(lang, *s.maturity, 1),
                             Words::tr("target").in(lang), wording::decimal(lang, *s.target));
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3%4</td></tr>")
                    .arg(esc(q.section(s.sectionId)->title.text(lang)), score, lightCell(s.light, lang),
                        s.capped ? Words::tr(" (capped: critical item)").in(lang) : QString());
    }
    html += QStringLiteral("</table>");
    return html;
}

/** The OT check's importance level and what it means. */
QString targetHtml(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    if (r.target && q.targetModel) {
        for (const TargetLevel& level : q.targetModel->levels) {
            if (level.id == r.target->levelId)
                html += QStringLiteral("<p><b>%1: %2.</b> %3</p>")
                            .arg(Words::tr("Importance of the process automation").in(lang),
                                esc(level.title.text(lang)), esc(level.explanation.text(lang)));
        }
    }
    return html;
}

/** The risk class: points, what raised them, overrides and the measures for the class. */
QString riskHtml(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    if (r.risk) {
        const RiskModel& model = *q.riskModel;
        html += QStringLiteral("<h2 style=\"page-break-before: always; color: %1;\">%2</h2>")
                    .arg(headingColour, Words::tr("Your risk class").in(lang));
        html += QStringLiteral("<p>%1: %2. %3</p><ul>")
                    .arg(Words::tr("Points").in(lang), wording::decimal(lang, r.risk->points),
                        Words::tr("What raised your class most:").in(lang));
        for (const RiskDriver& driver : r.risk->drivers) {
            const Question* question = q.question(driver.questionId);
            const AnswerOption* option = question ? question->option(driver.optionId) : nullptr;
            html += QStringLiteral("<li>%1 <i>%2</i> (+%3)</li>")
                        .arg(esc(question ? question->text.text(lang) : driver.questionId),
                            esc(option ? option->label.text(lang) : driver.optionId),
                            wording::decimal(lang, driver.points));
        }
        html += QStringLiteral("</ul>");
        for (const AppliedOverride& applied : r.risk->overrides)
            html += QStringLiteral("<p>%1</p>").arg(esc(model.overrides.at(applied.index).reason.text(lang)));
        html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                    .arg(headingColour, Words::tr("Measures for your class").in(lang))
            + tableStart + headerRow
            + QStringLiteral("<th align=\"left\">%1</th><th>%2</th><th align=\"left\">%3</th></tr></thead>")
                  .arg(Words::tr("Measure").in(lang), Words::tr("Class").in(lang),
                      Words::tr("Status").in(lang));
        for (const MeasureResult& measure : r.risk->measures) {
            QString title = measure.measureId;
            for (const Measure& m : model.measures) {
                if (m.id == measure.measureId)
                    title = m.title.text(lang);
            }
            html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3</td></tr>")
                        .arg(esc(title))
                        .arg(measure.riskClass)
                        .arg(measureCell(measure.status, lang));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

/** Every next step in full, with its status and its links printed out. */
QString stepsHtml(const ReportInput& input)
{
    const AssessmentResult& r = input.result;
    const Language& lang = input.language;
    QString html;
    // No page break: the step list follows the details (the PDF keeps each step on one page).
    html += QStringLiteral("<h2 style=\"color: %1; margin-top: 18px;\">%2</h2>")
                .arg(headingColour, Words::tr("All next steps").in(lang));
    for (const NextStep& step : r.steps) {
        const bool done = input.doneSteps.contains(step.id);
        html += QStringLiteral("<h3 style=\"color: %1;\">%2. %3%4</h3>")
                    .arg(headingColour)
                    .arg(step.priority)
                    .arg(esc(step.title.text(lang)), done ? Words::tr(" (done)").in(lang) : QString());
        QStringList facts { esc(effortLabel(step.effort, lang)), esc(impactLabel(step.impact, lang)) };
        if (step.top)
            facts.append(Words::tr("critical item").in(lang));
        if (step.requiredByClass)
            facts.append(Words::tr("needed for your risk class").in(lang));
        facts.append(
            QStringLiteral("<b>%1: %2</b>").arg(Words::tr("Status").in(lang), stepStatus(done, lang)));
        html += QStringLiteral(
            "<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p style=\"color: #555555;\"><small>%5</small></p>")
                    .arg(Words::tr("How:").in(lang), esc(step.how.text(lang)), Words::tr("Why:").in(lang),
                        esc(step.why.text(lang)), facts.join(QStringLiteral(" · ")));
        // The address is printed in full: on paper a link is only as good as what one can type.
        for (const StepLink& link : step.links)
            html += QStringLiteral("<p><b>%1</b> %2: <a href=\"%3\">%3</a></p>")
                        .arg(Words::tr("Read more:").in(lang), esc(link.title.text(lang)), esc(link.url));
        // Where the step comes from, so a reader can check it against the answers.
        for (const QString& id : step.questionIds) {
            const Question* question = input.questionnaire.question(id);
            const auto answer = input.answers.answers.constFind(id);
            if (!question || answer == input.answers.answers.constEnd())
                continue;
            html += QStringLiteral("<p><b>%1</b> %2 <i>%3</i></p>")
                        .arg(Words::tr("Because of your answer to:").in(lang), esc(question->text.text(lang)),
                            esc(Words::tr("Your answer: %1.")
                                    .in(lang)
                                    .arg(answerLabel(*question, *answer, lang))));
        }
    }
    if (r.steps.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Words::tr("No next steps.").in(lang));
    return html;
}

} // namespace

QString reportHtml(const ReportInput& input, bool embedImages)
{
    return htmlHead(input, embedImages) + summaryHtml(input) + sectionsHtml(input, embedImages)
        + targetHtml(input) + riskHtml(input) + stepsHtml(input) + advisorySectionHtml(input)
        + QStringLiteral("<hr><p><small>%1 · Zelfscan</small></p></body></html>")
              .arg(esc(input.questionnaire.source.text(input.language)));
}

QTextDocument* reportDocument(const ReportInput& input)
{
    auto* document = new QTextDocument;
    // A fixed body font, not the desktop's: the same report on every machine.
    QFont font = document->defaultFont();
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    const RadarPicture radar = radarFor(input);
    if (radar.labels.size() >= 3)
        document->addResource(QTextDocument::ImageResource, QUrl(radarUrl), radar.render(radarPixels));
    document->setHtml(reportHtml(input, false));
    return document;
}

QByteArray actionPlanCsv(const ReportInput& input)
{
    const Language& lang = input.language;
    // The plan has no fractions to write, only the separator differs by language.
    const QChar separator = csvSeparator(lang);
    QStringList lines;
    lines.append(QStringList { Words::tr("step").in(lang), Words::tr("priority").in(lang),
        Words::tr("effort").in(lang), Words::tr("impact").in(lang), Words::tr("why").in(lang),
        Words::tr("how").in(lang), Words::tr("link").in(lang), Words::tr("status").in(lang),
        QStringLiteral("id") }
                     .join(separator));
    for (const NextStep& step : input.result.steps) {
        const bool done = input.doneSteps.contains(step.id);
        lines.append(
            csv::line({ step.title.text(lang), QString::number(step.priority), effortLabel(step.effort, lang),
                          impactLabel(step.impact, lang), step.why.text(lang), step.how.text(lang),
                          stepLinkText(step, lang), stepStatus(done, lang), step.id },
                separator));
    }
    // Advisory titles and texts come from imported CSAF files: csv::line() keeps them from
    // running as spreadsheet formulas.
    for (const QStringList& row : advisoryPlanRows(input))
        lines.append(csv::line(row, separator));
    return csv::document(lines);
}

namespace {

/** A fresh copy of @p source laid out on @p device in pages of @p body (device pixels). */
std::unique_ptr<QTextDocument> layOutOnPages(
    const QTextDocument& source, QPaintDevice* device, const QSizeF& body)
{
    std::unique_ptr<QTextDocument> copy(source.clone());
    copy->documentLayout()->setPaintDevice(device);
    copy->setPageSize(body);
    return copy;
}

/**
 * QTextDocument has no "keep with next": a heading can end up alone at the bottom of a page, or a
 * short step be split over two. Returns the block number of the first heading from @p from on that
 * should start a new page: its part (up to the next heading that follows text) fits on one page but
 * is split, or the heading would be left nearly alone. -1 when there is none.
 */
int headingToMove(const QTextDocument& document, double pageHeight, int from)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    auto isHeading = [](const QTextBlock& block) { return block.blockFormat().headingLevel() > 0; };
    for (QTextBlock block = document.findBlockByNumber(from); block.isValid(); block = block.next()) {
        if (!isHeading(block) || block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        QTextBlock last = block;
        bool text = false;
        for (QTextBlock next = block.next(); next.isValid(); next = next.next()) {
            if (isHeading(next) && text)
                break;
            text = text || !isHeading(next);
            last = next;
        }
        const QRectF heading = layout->blockBoundingRect(block);
        const double bottom = layout->blockBoundingRect(last).bottom();
        const double pageEnd = (std::floor(heading.top() / pageHeight) + 1) * pageHeight;
        const bool splitButFits = bottom > pageEnd && bottom - heading.top() <= pageHeight * 0.6;
        const bool orphaned = pageEnd - heading.bottom() < heading.height() * 2.5;
        if (heading.top() > 0 && (splitButFits || orphaned))
            return block.blockNumber();
    }
    return -1;
}

QByteArray reportPdf(const ReportInput& input)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 10), QPageLayout::Millimeter));
    const QString title = input.questionnaire.title.text(input.language);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Zelfscan"));
    const std::unique_ptr<QTextDocument> document(reportDocument(input));
    QPainter painter;
    if (!painter.begin(&writer))
        return {};

    // Laid out on the writer itself (as QTextDocument::print() does), but with our own margins and
    // a footer that says what this is on every page, not just a bare page number.
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setMargin(0);
    document->rootFrame()->setFrameFormat(frame);
    const double footerHeight = 12 / 25.4 * writer.resolution();
    const QSizeF body(writer.width(), writer.height() - footerHeight);
    // Each page break moves what follows, so the layout is redone after each one (a fresh copy:
    // changing a laid-out document only relays it out lazily). A report has a handful of breaks.
    std::unique_ptr<QTextDocument> laidOut = layOutOnPages(*document, &writer, body);
    for (int from = 0, moved = 0; moved < 200; ++moved) {
        const int number = headingToMove(*laidOut, body.height(), from);
        if (number < 0)
            break;
        QTextBlock block = document->findBlockByNumber(number);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        laidOut = layOutOnPages(*document, &writer, body);
        from = number + 1;
    }
    QAbstractTextDocumentLayout* layout = laidOut->documentLayout();
    const int pages = laidOut->pageCount();

    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(7.5);
    const QString footer
        = QStringLiteral("%1 %2 · Zelfscan · %3")
              .arg(title, input.questionnaire.version, Words::tr("not the official tool").in(input.language));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return {};
        painter.save();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        const double rule = body.height() + footerHeight * 0.3;
        painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), 2));
        painter.drawLine(QPointF(0, rule), QPointF(body.width(), rule));
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF line(0, rule, body.width(), footerHeight * 0.5);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
            Words::tr("page %1 of %2").in(input.language).arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return {};
    return bytes;
}

QByteArray reportOdt(const ReportInput& input, QString* error)
{
    const std::unique_ptr<QTextDocument> document(reportDocument(input));
    QMap<QString, OdtImage> images;
    const RadarPicture radar = radarFor(input);
    if (radar.labels.size() >= 3) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        radar.render(radarPixels).save(&buffer, "PNG");
        images.insert(radarUrl, { png, radarTitle(input.language), radarDescription(radar, input.language) });
    }
    OdtInfo info;
    info.title = input.questionnaire.title.text(input.language);
    info.language = input.language;
    info.footer = QStringLiteral("%1 %2 · Zelfscan · %3")
                      .arg(info.title, input.questionnaire.version,
                          Words::tr("not the official tool").in(input.language));
    info.created = input.generated;
    return writeOdt(*document, info, images, error);
}

} // namespace

QByteArray renderReport(const ReportInput& input, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return actionPlanCsv(input);
    case ReportFormat::Html:
        return reportHtml(input, true).toUtf8();
    case ReportFormat::Pdf:
        return reportPdf(input);
    case ReportFormat::Odt:
        return reportOdt(input, nullptr);
    case ReportFormat::Xlsx:
        return actionPlanXlsx(input, nullptr);
    }
    return {};
}

bool writeReport(const ReportInput& input, const QString& path, QString* error)
{
    const std::optional<ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("unknown report format for %1 (use .pdf, .odt, .html, .csv or .xlsx)")
                         .arg(path);
        return false;
    }
    QString renderError;
    const QByteArray bytes = *format == ReportFormat::Odt ? reportOdt(input, &renderError)
        : *format == ReportFormat::Xlsx                   ? actionPlanXlsx(input, &renderError)
                                                          : renderReport(input, *format);
    if (bytes.isEmpty()) {
        if (error)
            *error = renderError.isEmpty() ? QStringLiteral("the report could not be rendered") : renderError;
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace zelfscan
