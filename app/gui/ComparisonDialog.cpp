// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ComparisonDialog.h"

#include "app/gui/ChartPalette.h"
#include "app/gui/DisplayText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace zelfscan;

namespace {

QString stepTitle(const AssessmentResult& before, const AssessmentResult& after, const QString& id,
    const Language& language)
{
    const NextStep* step = after.step(id);
    if (!step)
        step = before.step(id);
    return step ? step->title.text(language).toHtmlEscaped() : id;
}

} // namespace

ComparisonDialog::ComparisonDialog(const Questionnaire& questionnaire, const Comparison& comparison,
    const AssessmentResult& before, const AssessmentResult& after, const Language& language,
    const QString& beforeLabel, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compared with %1").arg(beforeLabel));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* then = new QBarSet(tr("Then (%1)").arg(beforeLabel));
    auto* now = new QBarSet(tr("Now"));
    QStringList categories;
    for (const Comparison::SectionChange& change : comparison.sections) {
        const Section* section = questionnaire.section(change.sectionId);
        if (!section || questionnaire.isIntakeQuestion(section->questions.first())
            || (!change.before && !change.after))
            continue;
        categories.append(section->title.text(language));
        *then << change.before.value_or(0);
        *now << change.after.value_or(0);
    }
    auto* series = new QBarSeries;
    series->append(then);
    series->append(now);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setLabelFormat(percentAxisFormat(language));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartPalette::apply(chart, palette());
    m_chart = new QChartView(chart, splitter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setObjectName(QStringLiteral("comparisonChart"));

    // The same facts as text, for screen readers and for reading.
    QString html
        = QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\">%1</th><th>%2</th><th>%3</th></tr>")
              .arg(tr("Part"), tr("Then"), tr("Now"));
    for (const Comparison::SectionChange& change : comparison.sections) {
        const Section* section = questionnaire.section(change.sectionId);
        if (!section || (!change.before && !change.after))
            continue;
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td></tr>")
                    .arg(section->title.text(language).toHtmlEscaped(), percentText(change.before, language),
                        percentText(change.after, language));
    }
    html += QStringLiteral("</table>");
    if (comparison.classBefore && comparison.classAfter)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Risk class then %1, now %2.")
                             .arg(*comparison.classBefore)
                             .arg(*comparison.classAfter));
    auto list = [&](const QString& title, const QStringList& ids) {
        if (ids.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(title);
        for (const QString& id : ids)
            html += QStringLiteral("<li>%1</li>").arg(stepTitle(before, after, id, language));
        html += QStringLiteral("</ul>");
    };
    list(tr("Done since then (%1)").arg(comparison.stepsDone.size()), comparison.stepsDone);
    list(tr("New since then (%1)").arg(comparison.newGaps.size()), comparison.newGaps);
    list(tr("Still to do (%1)").arg(comparison.stillOpen.size()), comparison.stillOpen);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("comparisonDetails"));
    m_details->setAccessibleName(tr("Changes since the earlier assessment"));
    m_details->setHtml(html);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
