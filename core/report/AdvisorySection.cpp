// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/AdvisorySection.h"

#include "core/text/Wording.h"
#include "core/text/Words.h"

#include <QLocale>

namespace zelfscan {

using advisories::AdvisoryPlan;
using advisories::AdvisoryStep;
using advisories::StepStatus;

namespace {

class Words
{
    ZELFSCAN_WORDS(AdvisorySection)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const QString headingColour = QStringLiteral("#1f3b57");

/** The how, with its address made a link (it is printed in full: on paper a link must be typed). */
QString howHtml(const AdvisoryStep& step, const Language& language)
{
    QString html = esc(step.how.text(language));
    if (!step.url.isEmpty()) {
        const QString url = esc(step.url);
        html.replace(url, QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    }
    return html;
}

QString stepHtml(const AdvisoryStep& step, int number, const Language& lang)
{
    const bool busy = step.status.value == StepStatus::Value::InProgress;
    QString html
        = QStringLiteral("<h3 style=\"color: %1;\">%2. %3%4</h3>")
              .arg(headingColour)
              .arg(number)
              .arg(esc(step.title.text(lang)), busy ? Words::tr(" (in progress)").in(lang) : QString());
    QStringList facts;
    facts.append(QStringLiteral("<b>%1</b> %2")
                     .arg(Words::tr("Vulnerabilities:").in(lang),
                         esc(step.vulnerabilities.join(QStringLiteral(", ")))));
    const QString severity = advisorySeverity(step, lang);
    if (!severity.isEmpty())
        facts.append(QStringLiteral("<b>%1</b> %2").arg(Words::tr("Severity:").in(lang), esc(severity)));
    facts.append(QStringLiteral("<b>%1</b> %2 (%3)")
                     .arg(Words::tr("Advisory:").in(lang), esc(step.advisoryId), esc(step.publisher)));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                .arg(Words::tr("How:").in(lang), howHtml(step, lang), Words::tr("Why:").in(lang),
                    esc(step.why.text(lang)));
    return html;
}

} // namespace

QString advisorySectionTitle(const Language& language)
{
    return Words::tr("Vulnerabilities in your systems").in(language);
}

QString advisoryStepStatus(const AdvisoryStep& step, const Language& language)
{
    return step.status.value == StepStatus::Value::InProgress ? Words::tr("in progress").in(language)
                                                              : Words::tr("open").in(language);
}

QString advisorySeverity(const AdvisoryStep& step, const Language& language)
{
    const QString word = advisories::severityText(step.severity, language);
    if (step.cvss < 0)
        return word;
    const QString score = QStringLiteral("CVSS %1").arg(language.locale().toString(step.cvss, 'f', 1));
    return word.isEmpty() ? score : QStringLiteral("%1 (%2)").arg(word, score);
}

QString advisoryStepId(const AdvisoryStep& step)
{
    return QStringLiteral("advisory/%1/%2").arg(step.assetId, step.advisoryId);
}

QString advisorySectionHtml(const ReportInput& input)
{
    if (!input.advisories)
        return {};
    const AdvisoryPlan& plan = *input.advisories;
    const Language& lang = input.language;
    QString html = QStringLiteral("<h2 style=\"color: %1; margin-top: 18px;\">%2</h2>")
                       .arg(headingColour, advisorySectionTitle(lang));
    html += QStringLiteral("<p>%1</p>")
                .arg(Words::tr(
                    "Your %1 systems matched against the %2 security advisories you imported into Zelfscan. "
                    "These are the steps still open or in progress, the most urgent first.")
                         .in(lang)
                         .arg(plan.systems)
                         .arg(plan.advisories));
    for (int i = 0; i < plan.steps.size(); ++i)
        html += stepHtml(plan.steps.at(i), i + 1, lang);
    if (plan.steps.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Words::tr("No open steps: none of these advisories asks anything of you now.")
                             .in(lang));
    if (plan.checkByHand > 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(Words::tr(
                        "Besides these, %n possible match(es) need checking by hand because the "
                        "version could not be decided. You find them in Zelfscan under Vulnerabilities.",
                        nullptr, plan.checkByHand)
                             .in(lang));
    return html;
}

QList<QStringList> advisoryPlanRows(const ReportInput& input)
{
    QList<QStringList> rows;
    if (!input.advisories)
        return rows;
    const Language& lang = input.language;
    for (const AdvisoryStep& step : input.advisories->steps)
        rows.append(
            { step.title.text(lang), QString(), QString(), advisorySeverity(step, lang), step.why.text(lang),
                step.how.text(lang), step.url, advisoryStepStatus(step, lang), advisoryStepId(step) });
    return rows;
}

} // namespace zelfscan
