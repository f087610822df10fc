// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/AggregateChartView.h"

#include "app/gui/ChartPalette.h"
#include "app/gui/DisplayText.h"
#include "app/gui/staff/StaffLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace zelfscan;

namespace {

void clear(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/**
 * One bar per category; the values also go into the view's description for screen readers.
 * @p horizontal bars leave room for long category names (section titles) on the left; they are
 * drawn top to bottom in the order given.
 */
void plot(QChartView* view, const QString& setName, QStringList categories, QList<double> values,
    double maximum, bool counts, bool horizontal = false)
{
    QStringList described;
    for (qsizetype i = 0; i < values.size(); ++i)
        described << QStringLiteral("%1: %2").arg(
            QTextDocumentFragment::fromHtml(categories.at(i)).toPlainText(),
            counts ? StaffLabels::count(qint64(values.at(i))) : StaffLabels::score(values.at(i)));
    if (horizontal) { // a horizontal bar chart draws its first category at the bottom
        std::reverse(categories.begin(), categories.end());
        std::reverse(values.begin(), values.end());
    }
    auto* set = new QBarSet(setName);
    for (double value : values)
        *set << value;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    QChart* chart = view->chart();
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (categories.size() > 5 && !horizontal)
        categoryAxis->setLabelsAngle(-45); // many labels side by side would be cut short
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum);
    if (counts)
        valueAxis->applyNiceNumbers(); // whole-number ticks for counts
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    ChartPalette::apply(chart, view->palette()); // the axes too, now that they are there
    view->setAccessibleDescription(described.join(QStringLiteral("; ")));
}

} // namespace

AggregateChartView::AggregateChartView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sectionView = makeView(QStringLiteral("sectionChart"));
    m_distributionView = makeView(QStringLiteral("distributionChart"));
    layout->addWidget(m_sectionView, 3);
    layout->addWidget(m_distributionView, 2);
    showGroup(nullptr, nullptr);
}

QChartView* AggregateChartView::makeView(const QString& objectName)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

void AggregateChartView::showGroup(
    const AggregateVersion* version, const AggregateGroup* group, const QMap<QString, QString>& sectionTitles)
{
    for (QChartView* view : { m_sectionView, m_distributionView }) {
        clear(view->chart());
        ChartPalette::apply(view->chart(), palette()); // a title alone must be readable on dark too
        view->setAccessibleDescription(QString());
    }
    m_sectionView->setAccessibleName(tr("Mean score per part"));
    m_distributionView->setAccessibleName(tr("Results per class or level"));
    m_distributionView->setVisible(version && !version->distribution.isEmpty());
    if (!version || !group) {
        m_sectionView->chart()->setTitle(tr("Choose a group in the table."));
        m_distributionView->chart()->setTitle(QString());
        return;
    }
    if (group->suppressed) {
        const QString title = tr("%1: suppressed, not charted")
                                  .arg(StaffLabels::group(group->sector, group->size).toHtmlEscaped());
        m_sectionView->chart()->setTitle(title);
        m_distributionView->chart()->setTitle(title);
        return;
    }
    showSections(*version, *group, sectionTitles);
    if (!version->distribution.isEmpty())
        showDistribution(*version, *group);
}

void AggregateChartView::showSections(
    const AggregateVersion& version, const AggregateGroup& group, const QMap<QString, QString>& sectionTitles)
{
    QStringList categories;
    QList<double> means;
    if (group.overall && !group.overall->suppressed) {
        categories << tr("Overall");
        means << group.overall->mean;
    }
    int hidden = 0;
    for (const QString& section : version.sections) {
        const auto summary = group.sections.constFind(section);
        if (summary == group.sections.cend())
            continue;
        if (summary->suppressed) {
            ++hidden;
            continue;
        }
        categories << wrappedChartLabel(sectionTitles.value(section, section), 22);
        means << summary->mean;
    }
    // Chart titles are HTML; a second line keeps the group's name from being cut off.
    QString title = tr("Mean score per part") + QStringLiteral("<br>")
        + StaffLabels::group(group.sector, group.size).toHtmlEscaped();
    if (hidden > 0)
        title += QStringLiteral("<br>") + tr("%n suppressed part(s) not shown", nullptr, hidden);
    m_sectionView->chart()->setTitle(title);
    if (!categories.isEmpty())
        plot(m_sectionView, tr("Mean score"), categories, means, 100, false, true);
}

void AggregateChartView::showDistribution(const AggregateVersion& version, const AggregateGroup& group)
{
    QStringList categories;
    QList<double> counts;
    int hidden = 0;
    for (const CategoryCount& category : group.distribution) {
        if (category.suppressed) {
            ++hidden;
            continue;
        }
        categories << StaffLabels::category(version.distribution, category.value);
        counts << double(category.count);
    }
    QString title = (version.distribution == QLatin1String("risk_class") ? tr("Results per risk class")
                                                                         : tr("Results per OT level"))
        + QStringLiteral("<br>") + StaffLabels::group(group.sector, group.size).toHtmlEscaped();
    if (hidden > 0)
        title
            += QStringLiteral("<br>") + tr("%n suppressed class(es) or level(s) not shown", nullptr, hidden);
    m_distributionView->chart()->setTitle(title);
    if (categories.isEmpty())
        return;
    const double highest = *std::max_element(counts.cbegin(), counts.cend());
    plot(m_distributionView, tr("Results"), categories, counts, std::max(1.0, highest), true);
}
