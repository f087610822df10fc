// SPDX-License-Identifier: GPL-3.0-or-later
// The window's part in the action plan: the plan dialog, the calendar export, and keeping the
// plan, the ticks and the open document in step. The rules are core's (core/plan).
#include "app/gui/AppSettings.h"
#include "app/gui/DashboardData.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Session.h"
#include "app/gui/StartPage.h"
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/plan/PlanController.h"
#include "app/gui/plan/PlanDialog.h"
#include "core/io/SafeWrite.h"
#include "core/plan/Icalendar.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QStatusBar>

using namespace zelfscan;

QList<PlanEntry> MainWindow::currentPlan()
{
    // Read afresh: the start page's states are only as new as its last showing, and the open
    // document may have been finished (or opened from the command line) since.
    refreshStart();
    QList<PlanEntry> plan = buildActionPlan(m_start->tools(), m_plan->book());
    QString error;
    plan += m_plan->alertEntries(
        AdvisoriesWindow::defaultInventoryPath(), AdvisoriesWindow::defaultDatabasePath(), &error);
    if (!error.isEmpty())
        statusBar()->showMessage(
            tr("The vulnerability alerts could not be read for the plan: %1").arg(error));
    return plan;
}

PlanDialog* MainWindow::openPlanDialog()
{
    if (!m_planDialog) {
        m_planDialog = new PlanDialog(this);
        connect(m_planDialog, &PlanDialog::planningChanged, this, &MainWindow::changePlanning);
        connect(m_planDialog, &PlanDialog::exportRequested, this, &MainWindow::chooseCalendarFile);
        connect(
            m_planDialog, &PlanDialog::recheckMonthsChanged, this, [this](const QString& tool, int months) {
                AppSettings().setRecheckMonths(tool, months);
                refreshStart();
            });
    }
    fillPlanDialog();
    m_planDialog->show();
    m_planDialog->raise();
    m_planDialog->activateWindow();
    m_planDialog->focusPlan();
    return m_planDialog;
}

void MainWindow::fillPlanDialog()
{
    const Language language = m_languages.language();
    QHash<QString, QString> names;
    QList<std::pair<QString, QString>> tools;
    QHash<QString, int> months;
    for (const Questionnaire* questionnaire : DashboardData::toolsInOrder(m_catalog)) {
        names.insert(questionnaire->id, questionnaire->title.text(language));
        tools.append({ questionnaire->id, questionnaire->title.text(language) });
        months.insert(questionnaire->id, AppSettings().recheckMonths(questionnaire->id));
    }
    names.insert(alertsPlanId(), tr("Vulnerability alerts"));
    m_planDialog->setPlan(currentPlan(), names, language);
    m_planDialog->setRecheckPeriods(tools, months);
}

void MainWindow::changePlanning(const PlanEntry& entry)
{
    if (const QString error = m_plan->setPlanning(entry); !error.isEmpty())
        statusBar()->showMessage(tr("Could not save the action plan: %1").arg(error));
    if (entry.questionnaireId == alertsPlanId()) {
        if (const QString error = m_plan->decideAlert(entry); !error.isEmpty())
            statusBar()->showMessage(tr("Could not save the decision about the alert: %1").arg(error));
        return;
    }
    // Done is a tick in every tool that advises the step, so scores and the start page agree.
    const bool done = entry.planning.status == PlanStatus::Done;
    for (const auto& [tool, step] : entry.sources) {
        for (const ToolState& state : m_start->tools()) {
            if (state.questionnaireId == tool && state.doneSteps.contains(step) != done)
                tickStep(tool, step, done);
        }
    }
    syncSessionPlan();
}

void MainWindow::syncSessionPlan()
{
    if (m_session->isOpen())
        m_session->setPlan(planOfResult(m_plan->book(), m_session->result()));
}

bool MainWindow::exportCalendar(const QString& path)
{
    const QList<PlanEntry> entries = calendarEntries(currentPlan());
    if (entries.isEmpty()) {
        showMessage(QMessageBox::Information, tr("Nothing to export"),
            tr("No step has a due date yet. Give the steps you plan a date in the action plan, then export "
               "again."));
        return false;
    }
    QString error;
    if (!writeFileAtomically(
            path, ical::calendar(entries, m_languages.language(), QDateTime::currentDateTimeUtc()), &error)) {
        showMessage(QMessageBox::Warning, tr("Cannot export"),
            tr("The calendar could not be written: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr(
        "%n planned step(s) written to %1. Import the file in your calendar.", nullptr, int(entries.size()))
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::chooseCalendarFile()
{
    const QString suggested = AppSettings().lastFolder() + QStringLiteral("/actieplan-")
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".ics");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export plan to calendar"), suggested, tr("Calendar file (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    AppSettings().rememberFolderOf(path);
    exportCalendar(path);
}
