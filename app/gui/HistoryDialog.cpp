// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/HistoryDialog.h"

#include "app/gui/ChartPalette.h"
#include "app/gui/DisplayText.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace zelfscan;

namespace {

/** The parts a trend line is drawn for: scored sections, not the intake questions. */
QList<const Section*> trendSections(const Questionnaire& questionnaire)
{
    QList<const Section*> sections;
    for (const Section& section : questionnaire.sections) {
        if (!questionnaire.isIntakeSection(section.id))
            sections.append(&section);
    }
    return sections;
}

} // namespace

HistoryDialog::HistoryDialog(const Questionnaire& questionnaire, const QList<HistoryEntry>& entries,
    const QString& currentPath, const Language& language, QWidget* parent)
    : QDialog(parent)
    , m_questionnaire(questionnaire)
    , m_entries(entries)
    , m_currentPath(currentPath)
    , m_language(language)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Earlier assessments: %1").arg(questionnaire.title.text(language)));
    resize(960, 680);
    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Earlier assessments"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_chart = new QChartView(splitter);
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    const QList<TrendPoint> trend = historyTrend(questionnaire, entries);
    fillTable(trend);
    fillChart(trend);
    m_hint->setText(entries.size() < 2
            ? tr("Every finished run of this tool is kept here. Do it again later (say, next year) to see "
                 "your progress as a line.")
            : tr("%n finished run(s) of this tool, oldest first. The scores are those you answered; steps "
                 "you ticked as done are not counted.",
                nullptr, int(entries.size())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = buttons->addButton(tr("&Compare with this run"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_remove = buttons->addButton(tr("&Remove from history…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (!path.isEmpty()) {
            Q_EMIT compareRequested(path);
            accept();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (path.isEmpty())
            return;
        auto* box = new QMessageBox(QMessageBox::Question, tr("Remove from history"),
            tr("Remove this run from the history? Files you saved yourself are not affected."),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("confirmRemove"));
        connect(box, &QMessageBox::accepted, this, [this, path] {
            Q_EMIT removeRequested(path);
            accept();
        });
        box->open();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    layout->addWidget(buttons);
    if (m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    updateButtons();
}

void HistoryDialog::fillTable(const QList<TrendPoint>& trend)
{
    const bool riskTool = m_questionnaire.kind == QuestionnaireKind::RiskClass;
    const QList<const Section*> sections = trendSections(m_questionnaire);
    QStringList headers { tr("Started"), tr("Last change"), tr("Version"),
        riskTool ? tr("Risk class") : tr("Overall"), tr("Steps done") };
    for (const Section* section : sections)
        headers.append(section->title.text(m_language));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(trend.size()));
    for (int row = 0; row < trend.size(); ++row) {
        const TrendPoint& point = trend.at(row);
        const HistoryEntry& entry = m_entries.at(row);
        QString started = QLocale().toString(point.when.toLocalTime(), QLocale::ShortFormat);
        if (entry.path == m_currentPath)
            started = tr("%1 (this one)").arg(started);
        const QDateTime modified = entry.assessment.answers.modified;
        const QStringList cells { started,
            modified.isValid() ? QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat) : QString(),
            point.questionnaireVersion,
            riskTool ? (point.riskClass ? QString::number(*point.riskClass) : QStringLiteral("—"))
                     : percentText(point.overall, m_language),
            QString::number(entry.assessment.doneSteps.size()) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        for (int i = 0; i < sections.size(); ++i)
            m_table->setItem(row, int(cells.size()) + i,
                new QTableWidgetItem(percentText(point.sections.value(sections.at(i)->id), m_language)));
    }
    m_table->resizeColumnsToContents();
}

void HistoryDialog::fillChart(const QList<TrendPoint>& trend)
{
    auto* chart = new QChart;
    chart->setBackgroundBrush(palette().base());
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    timeAxis->setTitleText(tr("Run"));
    auto* valueAxis = new QValueAxis;
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    auto addLine = [&](const QString& name, auto valueOf, bool emphasised) {
        auto* line = new QLineSeries;
        line->setName(name);
        line->setPointsVisible(true);
        for (const TrendPoint& point : trend) {
            const std::optional<double> value = valueOf(point);
            if (value)
                line->append(double(point.when.toMSecsSinceEpoch()), *value);
        }
        if (emphasised) {
            QPen pen = line->pen();
            pen.setWidth(4);
            line->setPen(pen);
        }
        chart->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(valueAxis);
    };

    if (m_questionnaire.kind == QuestionnaireKind::RiskClass) {
        const int classes = m_questionnaire.riskModel ? int(m_questionnaire.riskModel->classes.size()) : 4;
        valueAxis->setRange(1, std::max(classes, 2));
        valueAxis->setTickCount(std::max(classes, 2));
        valueAxis->setLabelFormat(QStringLiteral("%d"));
        valueAxis->setTitleText(tr("Risk class"));
        addLine(
            tr("Risk class"),
            [](const TrendPoint& p) {
                return p.riskClass ? std::optional<double>(*p.riskClass) : std::nullopt;
            },
            true);
    } else {
        valueAxis->setRange(0, 100);
        valueAxis->setLabelFormat(percentAxisFormat(m_language));
        addLine(
            tr("Overall"), [](const TrendPoint& p) { return p.overall; }, true);
        for (const Section* section : trendSections(m_questionnaire)) {
            const QString id = section->id;
            addLine(
                section->title.text(m_language), [id](const TrendPoint& p) { return p.sections.value(id); },
                false);
        }
    }
    if (!trend.isEmpty()) {
        // A single run still gets a visible stretch of time around it.
        const QDateTime from = trend.first().when.toLocalTime().addDays(-30);
        const QDateTime to = trend.last().when.toLocalTime().addDays(30);
        timeAxis->setRange(from, to);
        // Ticks less than a month apart would repeat a month's name ("nov. 2026, nov. 2026"):
        // then they name the day as well.
        const qint64 daysBetweenTicks = from.daysTo(to) / std::max(1, timeAxis->tickCount() - 1);
        timeAxis->setFormat(
            daysBetweenTicks < 31 ? QStringLiteral("d MMM yyyy") : QStringLiteral("MMM yyyy"));
    }
    chart->setTitle(tr("Progress over all runs"));
    ChartPalette::apply(chart, palette());
    m_chart->setChart(chart);
    m_chart->setAccessibleName(tr("Trend chart: the table above has the same numbers"));
}

QString HistoryDialog::selectedPath() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return {};
    const int row = ranges.first().topRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).path : QString();
}

void HistoryDialog::updateButtons()
{
    const QString path = selectedPath();
    m_compare->setEnabled(!path.isEmpty() && path != m_currentPath);
    // The run on screen would be recorded again at its next change; only earlier runs go.
    m_remove->setEnabled(!path.isEmpty() && path != m_currentPath);
    m_compare->setAccessibleName(m_compare->text().remove(QLatin1Char('&')));
    m_remove->setAccessibleName(m_remove->text().remove(QLatin1Char('&')));
}
