// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/staff/StaffImportPanel.h"

#include "app/gui/staff/StaffLabels.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace zelfscan;

StaffImportPanel::StaffImportPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &StaffImportPanel::cancelRequested);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    m_problemsTitle = new QLabel(this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problemsTitle->setBuddy(m_problems);
    m_problems->setMinimumHeight(60);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    retranslate();
}

void StaffImportPanel::begin()
{
    m_running = true;
    m_report.reset();
    m_problems->clear();
    m_progress->setRange(0, 0); // busy until the first report of how much there is to read
    m_cancel->setEnabled(true);
    m_cancel->setFocus(Qt::OtherFocusReason);
    retranslate();
}

void StaffImportPanel::setProgress(int done, int total)
{
    if (!m_running)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::min(done, total));
}

void StaffImportPanel::finish(const ImportReport& report)
{
    m_running = false;
    m_report = report;
    m_progress->setRange(0, 1);
    m_progress->setValue(report.ok() ? 1 : 0);
    m_cancel->setEnabled(false);
    listProblems(report);
    retranslate();
}

void StaffImportPanel::retranslate()
{
    m_cancel->setText(tr("&Cancel import"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_problems->setAccessibleName(tr("Problems found by the last import"));
    m_summary->setAccessibleName(tr("Import summary"));
    m_problemsTitle->setText(
        tr("&Problems (file, line, reason): %n", nullptr, m_report ? int(m_report->rejected) : 0));
    if (m_running)
        m_summary->setText(tr("Importing… Nothing is stored until the import is complete."));
    else if (m_report)
        m_summary->setText(summary(*m_report));
    else
        m_summary->setText(tr("No import yet in this window."));
    if (m_report)
        listProblems(*m_report);
}

QString StaffImportPanel::summary(const ImportReport& report) const
{
    if (!report.error.isEmpty())
        return tr("The import failed: %1. Nothing was imported.").arg(report.error);
    if (report.cancelled)
        return tr("The import was cancelled. Nothing was imported: the database is as it was.");
    // One count per part, as Qt's plural forms take one %n each; "0 duplicates" is left out.
    QStringList parts { tr("%1 imported").arg(StaffLabels::count(report.imported)) };
    if (report.duplicates > 0)
        parts << tr("%Ln duplicate(s) counted once", nullptr, StaffLabels::numerus(report.duplicates));
    parts << tr("%1 rejected").arg(StaffLabels::count(report.rejected));
    return tr("Import complete, %Ln file(s) read:", nullptr, report.files) + QLatin1Char(' ')
        + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void StaffImportPanel::listProblems(const ImportReport& report)
{
    m_problems->clear();
    for (const ImportProblem& problem : report.problems) {
        const QString file = QDir::toNativeSeparators(problem.file);
        const QString text = problem.line > 0
            ? tr("%1, line %2: %3").arg(file, StaffLabels::count(problem.line), problem.reason)
            : tr("%1: %2").arg(file, problem.reason);
        auto* item = new QListWidgetItem(text, m_problems);
        item->setToolTip(text);
    }
    // The importer lists the first problems only, so junk cannot exhaust memory; say what is left out.
    if (report.rejected > report.problems.size())
        new QListWidgetItem(
            tr("… and %1 more not listed").arg(StaffLabels::count(report.rejected - report.problems.size())),
            m_problems);
}
