// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/ExtrasModule.h"

#include <QObject>

/** The extras module's entry point: makes the windows and pages that need the heavy libraries. */
class ExtrasPlugin final : public QObject, public ExtrasModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ZelfscanExtrasModule_iid)
    Q_INTERFACES(ExtrasModule)

public:
    using QObject::QObject;

    ResultView* createResultPage(Session& session, QWidget* parent) override;
    QDialog* createHistoryDialog(const zelfscan::Questionnaire& questionnaire,
        const QList<zelfscan::HistoryEntry>& entries, const QString& currentPath,
        const zelfscan::Language& language, std::function<void(const QString&)> compare,
        std::function<void(const QString&)> remove, QWidget* parent) override;
    QDialog* createComparisonDialog(const zelfscan::Questionnaire& questionnaire,
        const zelfscan::Comparison& comparison, const zelfscan::AssessmentResult& before,
        const zelfscan::AssessmentResult& after, const zelfscan::Language& language,
        const QString& beforeLabel, QWidget* parent) override;
    QWidget* createStaffWindow(
        const QString& databasePath, const zelfscan::QuestionnaireCatalog* titles, QWidget* parent) override;
    QWidget* createAdvisoriesWindow(const zelfscan::Language& language, QWidget* parent) override;
    bool writeReport(const zelfscan::ReportInput& input, const QString& path, QString* error) override;
    zelfscan::SystemsSummary summariseSystems(
        const QString& inventoryPath, const QString& databasePath) override;
    std::optional<zelfscan::advisories::AdvisoryPlan> loadAdvisoryPlan(
        const QString& inventoryPath, const QString& storePath, QString* error) override;
    bool recordAlertDecision(const QString& storePath, const zelfscan::advisories::AdvisoryStep& step,
        zelfscan::advisories::StepStatus::Value value, const QString& reason, QString* error) override;
};
