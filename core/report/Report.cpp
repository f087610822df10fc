// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "RadarPainter.h"
#include "ResultFormat.h"
#include "SafeWrite.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace zelfscan {

namespace {

const QString radarUrl = QStringLiteral("zelfscan://radar.png");

QString pick(const QString& language, const char* nl, const char* en)
{
    return QString::fromUtf8(language == QLatin1String("nl") ? nl : en);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(const QString& language, double value, int decimals = 0)
{
    return QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English)
        .toString(value, 'f', decimals);
}

bool isIntake(const Questionnaire& q, const QString& sectionId)
{
    return q.kind == QuestionnaireKind::RiskClass
        || (q.targetModel && q.targetModel->intakeSectionId == sectionId);
}

RadarPicture radarFor(const ReportInput& input)
{
    const Questionnaire& q = input.questionnaire;
    RadarPicture picture;
    picture.valueName = pick(input.language, "Jouw score", "Your score");
    picture.targetName = pick(input.language, "Doel", "Target");
    const bool ot = q.targetModel.has_value();
    if (ot) {
        picture.maximum = 0;
        for (const Section& s : q.sections) {
            for (const Question& question : s.questions) {
                if (!q.isIntakeQuestion(question))
                    picture.maximum = std::max(picture.maximum, question.maxScore());
            }
        }
    }
    for (const SectionResult& s : input.result.sections) {
        if (!s.visible || isIntake(q, s.sectionId))
            continue;
        picture.labels.append(q.section(s.sectionId)->title.text(input.language));
        picture.values.append(ot ? s.maturity : s.score);
        if (ot && s.target)
            picture.targets.append(s.target);
    }
    if (picture.targets.size() != picture.values.size())
        picture.targets.clear();
    return picture;
}

const SectionResult* weakestSection(const ReportInput& input)
{
    const SectionResult* weakest = nullptr;
    auto shortfall = [](const SectionResult& s) {
        return s.maturity && s.target ? *s.target - *s.maturity : 100.0 - s.score.value_or(100.0);
    };
    for (const SectionResult& s : input.result.sections) {
        if (s.score && !isIntake(input.questionnaire, s.sectionId)
            && (!weakest || shortfall(s) > shortfall(*weakest)))
            weakest = &s;
    }
    return weakest;
}

QString csvField(const QString& text)
{
    QString field = text;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

} // namespace

std::optional<ReportFormat> reportFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

QString reportHtml(const ReportInput& input, bool embedImages)
{
    const Questionnaire& q = input.questionnaire;
    const AssessmentResult& r = input.result;
    const QString& lang = input.language;
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body "
                           "style=\"font-family: sans-serif;\">")
                .arg(esc(q.title.text(lang)));

    // Page 1: the summary an owner reads in a minute.
    html += QStringLiteral("<h1>%1</h1>").arg(esc(q.title.text(lang)));
    QStringList meta;
    if (!input.answers.organisation.isEmpty())
        meta.append(esc(input.answers.organisation));
    meta.append(QLocale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English)
                    .toString(input.generated.date(), QLocale::LongFormat));
    meta.append(pick(lang, "vragenlijst versie ", "questionnaire version ") + esc(q.version));
    html += QStringLiteral("<p>%1</p>").arg(meta.join(QStringLiteral(" · ")));
    html += QStringLiteral("<h2>%1</h2>").arg(pick(lang, "In één oogopslag", "At a glance"));
    html += QStringLiteral("<table cellpadding=\"6\" style=\"font-size: large;\">");
    if (r.risk) {
        const RiskClassDefinition& definition = q.riskModel->classes.at(r.risk->riskClass - 1);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2 %3: %4</td></tr>")
                    .arg(pick(lang, "Risicoklasse", "Risk class"))
                    .arg(r.risk->riskClass)
                    .arg(pick(lang, "van", "of") + QStringLiteral(" ")
                            + QString::number(q.riskModel->classes.size()),
                        esc(definition.title.text(lang)));
    } else if (r.overall) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2%</td></tr>")
                    .arg(pick(lang, "Totaalscore", "Overall score"), number(lang, *r.overall));
    }
    if (const SectionResult* weakest = weakestSection(input))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2 (%3)</td></tr>")
                    .arg(pick(lang, "Zwakste onderdeel", "Weakest part"),
                        esc(q.section(weakest->sectionId)->title.text(lang)),
                        esc(lightLabel(weakest->light, lang)));
    html += QStringLiteral("</table>");
    if (r.risk)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(q.riskModel->classes.at(r.risk->riskClass - 1).explanation.text(lang)));
    html += QStringLiteral("<h3>%1</h3><ol>")
                .arg(pick(lang, "Begin met deze drie stappen", "Start with these three steps"));
    for (int i = 0; i < std::min<int>(3, int(r.steps.size())); ++i)
        html += QStringLiteral("<li><b>%1</b><br>%2</li>")
                    .arg(esc(r.steps.at(i).title.text(lang)), esc(r.steps.at(i).how.text(lang)));
    if (r.steps.isEmpty())
        html += QStringLiteral("<li>%1</li>")
                    .arg(pick(lang, "Geen: alles waarnaar gevraagd is, is op orde.",
                        "None: everything asked about is in order."));
    html += QStringLiteral("</ol>");
    if (!r.missing.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(pick(lang, "Let op: %1 vragen zijn niet beantwoord en tellen niet mee.",
                        "Note: %1 questions were not answered and do not count.")
                             .arg(r.missing.size()));
    html
        += QStringLiteral("<p style=\"color: #555555;\"><small>%1</small></p>").arg(esc(q.source.text(lang)));

    // Details.
    const bool hasSections = q.kind != QuestionnaireKind::RiskClass;
    if (hasSections) {
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                    .arg(pick(lang, "Score per onderdeel", "Score per part"));
        const RadarPicture radar = radarFor(input);
        if (radar.labels.size() >= 3) {
            QString source = radarUrl;
            if (embedImages) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                radar.render(QSize(900, 640)).save(&buffer, "PNG");
                source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
            }
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"450\" height=\"320\"></p>")
                        .arg(source);
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\"><tr><th align=\"left\">%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(pick(lang, "Onderdeel", "Part"), pick(lang, "Score", "Score"),
                        pick(lang, "Oordeel", "Verdict"));
        for (const SectionResult& s : r.sections) {
            if (!s.visible || isIntake(q, s.sectionId))
                continue;
            QString score = s.score ? number(lang, *s.score) + QStringLiteral("%") : QStringLiteral("—");
            if (s.maturity && s.target)
                score += QStringLiteral(" (%1 %2, %3 %4)")
                             .arg(pick(lang, "niveau", "level"), number(lang, *s.maturity, 1),
                                 pick(lang, "doel", "target"), number(lang, *s.target));
            html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3%4</td></tr>")
                        .arg(esc(q.section(s.sectionId)->title.text(lang)), score,
                            esc(lightLabel(s.light, lang)),
                            s.capped ? pick(lang, " (begrensd: kritiek punt)", " (capped: critical item)")
                                     : QString());
        }
        html += QStringLiteral("</table>");
    }
    if (r.target && q.targetModel) {
        for (const TargetLevel& level : q.targetModel->levels) {
            if (level.id == r.target->levelId)
                html += QStringLiteral("<p><b>%1: %2.</b> %3</p>")
                            .arg(pick(lang, "Belang van de procesautomatisering",
                                     "Importance of the process automation"),
                                esc(level.title.text(lang)), esc(level.explanation.text(lang)));
        }
    }
    if (r.risk) {
        const RiskModel& model = *q.riskModel;
        html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                    .arg(pick(lang, "Je risicoklasse", "Your risk class"));
        html += QStringLiteral("<p>%1: %2 %3.</p><ul>")
                    .arg(pick(lang, "Punten", "Points"), number(lang, r.risk->points),
                        pick(lang, "; dit bepaalde je klasse het meest", "; what raised your class most"));
        for (const RiskDriver& driver : r.risk->drivers) {
            const Question* question = q.question(driver.questionId);
            const AnswerOption* option = question ? question->option(driver.optionId) : nullptr;
            html += QStringLiteral("<li>%1 <i>%2</i> (+%3)</li>")
                        .arg(esc(question ? question->text.text(lang) : driver.questionId),
                            esc(option ? option->label.text(lang) : driver.optionId),
                            number(lang, driver.points));
        }
        html += QStringLiteral("</ul>");
        for (const AppliedOverride& applied : r.risk->overrides)
            html += QStringLiteral("<p>%1</p>").arg(esc(model.overrides.at(applied.index).reason.text(lang)));
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\"><tr><th align=\"left\">%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(pick(lang, "Maatregelen voor je klasse", "Measures for your class"),
                        pick(lang, "Maatregel", "Measure"), pick(lang, "Klasse", "Class"),
                        pick(lang, "Status", "Status"));
        for (const MeasureResult& measure : r.risk->measures) {
            QString title = measure.measureId;
            for (const Measure& m : model.measures) {
                if (m.id == measure.measureId)
                    title = m.title.text(lang);
            }
            html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3</td></tr>")
                        .arg(esc(title))
                        .arg(measure.riskClass)
                        .arg(esc(measureStatusLabel(measure.status, lang)));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                .arg(pick(lang, "Alle volgende stappen", "All next steps"));
    for (const NextStep& step : r.steps) {
        const bool done = input.doneSteps.contains(step.id);
        html += QStringLiteral("<h3>%1. %2%3</h3>")
                    .arg(step.priority)
                    .arg(esc(step.title.text(lang)), done ? pick(lang, " (gedaan)", " (done)") : QString());
        html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p><small>%5; %6</small></p>")
                    .arg(pick(lang, "Hoe:", "How:"), esc(step.how.text(lang)), pick(lang, "Waarom:", "Why:"),
                        esc(step.why.text(lang)), esc(effortLabel(step.effort, lang)),
                        esc(impactLabel(step.impact, lang)));
    }
    if (r.steps.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(pick(lang, "Geen volgende stappen.", "No next steps."));
    html += QStringLiteral("<hr><p><small>%1 · Zelfscan</small></p></body></html>")
                .arg(esc(q.source.text(lang)));
    return html;
}

QTextDocument* reportDocument(const ReportInput& input)
{
    auto* document = new QTextDocument;
    const RadarPicture radar = radarFor(input);
    if (radar.labels.size() >= 3)
        document->addResource(QTextDocument::ImageResource, QUrl(radarUrl), radar.render(QSize(900, 640)));
    document->setHtml(reportHtml(input, false));
    return document;
}

QByteArray actionPlanCsv(const ReportInput& input)
{
    const QString& lang = input.language;
    QStringList lines;
    lines.append(QStringList { pick(lang, "stap", "step"), pick(lang, "prioriteit", "priority"),
        pick(lang, "moeite", "effort"), pick(lang, "effect", "impact"), pick(lang, "waarom", "why"),
        pick(lang, "hoe", "how"), pick(lang, "status", "status"), QStringLiteral("id") }
                     .join(QLatin1Char(',')));
    for (const NextStep& step : input.result.steps) {
        const bool done = input.doneSteps.contains(step.id);
        lines.append(QStringList { csvField(step.title.text(lang)), QString::number(step.priority),
            csvField(effortLabel(step.effort, lang)), csvField(impactLabel(step.impact, lang)),
            csvField(step.why.text(lang)), csvField(step.how.text(lang)),
            done ? pick(lang, "gedaan", "done") : pick(lang, "open", "open"), csvField(step.id) }
                         .join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArray("\r\n");
}

QByteArray renderReport(const ReportInput& input, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return actionPlanCsv(input);
    case ReportFormat::Html:
        return reportHtml(input, true).toUtf8();
    case ReportFormat::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(input.questionnaire.title.text(input.language));
        writer.setCreator(QStringLiteral("Zelfscan"));
        const std::unique_ptr<QTextDocument> document(reportDocument(input));
        // Without a page size of its own the document is laid out on the printer's pages,
        // and QTextDocument::print() then numbers the pages at the bottom.
        document->print(&writer);
        return bytes;
    }
    case ReportFormat::Odt: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const std::unique_ptr<QTextDocument> document(reportDocument(input));
        QTextDocumentWriter writer(&buffer, "ODF");
        if (!writer.write(document.get()))
            return {};
        return bytes;
    }
    }
    return {};
}

bool writeReport(const ReportInput& input, const QString& path, QString* error)
{
    const std::optional<ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("unknown report format for %1 (use .pdf, .odt, .html or .csv)").arg(path);
        return false;
    }
    const QByteArray bytes = renderReport(input, *format);
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the report could not be rendered");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace zelfscan
