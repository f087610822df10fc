// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/extras/ExtrasPlugin.h"

#include "app/gui/ComparisonDialog.h"
#include "app/gui/HistoryDialog.h"
#include "app/gui/ResultPage.h"
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/staff/StaffWindow.h"
#include "core/plan/AlertPlan.h"

using namespace zelfscan;

ResultView* ExtrasPlugin::createResultPage(Session& session, QWidget* parent)
{
    return new ResultPage(session, parent);
}

QDialog* ExtrasPlugin::createHistoryDialog(const Questionnaire& questionnaire,
    const QList<HistoryEntry>& entries, const QString& currentPath, const Language& language,
    std::function<void(const QString&)> compare, std::function<void(const QString&)> remove, QWidget* parent)
{
    auto* dialog = new HistoryDialog(questionnaire, entries, currentPath, language, parent);
    QObject::connect(dialog, &HistoryDialog::compareRequested, dialog, std::move(compare));
    QObject::connect(dialog, &HistoryDialog::removeRequested, dialog, std::move(remove));
    return dialog;
}

QDialog* ExtrasPlugin::createComparisonDialog(const Questionnaire& questionnaire,
    const Comparison& comparison, const AssessmentResult& before, const AssessmentResult& after,
    const Language& language, const QString& beforeLabel, QWidget* parent)
{
    return new ComparisonDialog(questionnaire, comparison, before, after, language, beforeLabel, parent);
}

QWidget* ExtrasPlugin::createStaffWindow(
    const QString& databasePath, const QuestionnaireCatalog* titles, QWidget* parent)
{
    auto* staff = new StaffWindow(databasePath, parent);
    if (titles)
        staff->setQuestionnaires(titles);
    return staff;
}

QWidget* ExtrasPlugin::createAdvisoriesWindow(const Language& language, QWidget* parent)
{
    auto* window = new AdvisoriesWindow(
        AdvisoriesWindow::defaultInventoryPath(), AdvisoriesWindow::defaultDatabasePath(), parent);
    window->setLanguage(language);
    return window;
}

bool ExtrasPlugin::writeReport(const ReportInput& input, const QString& path, QString* error)
{
    ReportInput withAlerts = input;
    withAlerts.advisories = AdvisoriesWindow::reportPlan();
    return zelfscan::writeReport(withAlerts, path, error);
}

SystemsSummary ExtrasPlugin::summariseSystems(const QString& inventoryPath, const QString& databasePath)
{
    return zelfscan::summariseSystems(inventoryPath, databasePath);
}

std::optional<advisories::AdvisoryPlan> ExtrasPlugin::loadAdvisoryPlan(
    const QString& inventoryPath, const QString& storePath, QString* error)
{
    return advisories::loadAdvisoryPlan(inventoryPath, storePath, error);
}

bool ExtrasPlugin::recordAlertDecision(const QString& storePath, const advisories::AdvisoryStep& step,
    advisories::StepStatus::Value value, const QString& reason, QString* error)
{
    advisories::AdvisoryStore store(storePath);
    return store.open(error) && recordDecision(store, step, value, reason, error);
}
