// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryPlan.h"
#include "core/assessment/AnswerSet.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDateTime>
#include <QSet>
#include <QString>

class QTextDocument;

namespace zelfscan {

/** Everything one report shows. The report is the user's own: it may carry the organisation name. */
struct ReportInput
{
    const Questionnaire& questionnaire;
    const AnswerSet& answers;
    const AssessmentResult& result;
    QSet<QString> doneSteps;
    Language language;
    QDateTime generated = QDateTime::currentDateTime();
    /** The vulnerability alerts' steps to do, shown beside the scan's; none when not in use. */
    std::optional<advisories::AdvisoryPlan> advisories = std::nullopt;
    /** The result of the run before this one (a re-check): what improved then leads the report. */
    std::optional<AssessmentResult> previous = std::nullopt;
};

enum class ReportFormat { Pdf, Odt, Html, Csv, Xlsx };

/** The format for a file name's extension (.pdf, .odt, .html/.htm, .csv, .xlsx); empty when unknown. */
std::optional<ReportFormat> reportFormatFor(const QString& path);

/**
 * The one report template, as HTML for QTextDocument: a one-page summary (class or overall score,
 * weakest part, first three steps), then the scores, radar picture, class and measures, and every
 * next step with its how and why. @p embedImages makes the HTML self-contained (data: URLs).
 */
QString reportHtml(const ReportInput& input, bool embedImages);
/** The report as a document ready to print or write (images added as resources). */
QTextDocument* reportDocument(const ReportInput& input);
/**
 * The action plan as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents), separated as
 * csvSeparator() says for the report's language.
 */
QByteArray actionPlanCsv(const ReportInput& input);
/** The language's CSV separator (wording::notation): ';' for Dutch, ',' for English. */
QChar csvSeparator(const Language& language);
/** What the plan's link column shows for @p step; empty when the step has no guide. */
QString stepLinkText(const NextStep& step, const Language& language);
/** Renders the report in @p format; empty on failure. Needs a QGuiApplication for PDF and ODT. */
QByteArray renderReport(const ReportInput& input, ReportFormat format);
/** Writes the report atomically; the format follows the extension. */
bool writeReport(const ReportInput& input, const QString& path, QString* error);

} // namespace zelfscan
