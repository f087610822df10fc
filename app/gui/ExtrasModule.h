// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/advisories/AdvisoryPlan.h"
#include "core/dashboard/SystemsSummary.h"
#include "core/engine/Comparison.h"
#include "core/report/Report.h"

#include <QList>
#include <QString>
#include <QtPlugin>

#include <functional>

class QDialog;
class QWidget;
class ResultView;
class Session;
namespace zelfscan {
struct HistoryEntry;
class QuestionnaireCatalog;
} // namespace zelfscan

/**
 * The parts of the app the start page does not need, built as a module of their own
 * (zelfscan_extras) and loaded on first use: the result page and the history and comparison
 * dialogs (Qt Charts), the staff and alerts windows and the systems summary (Qt SQL), and the
 * report writers (libzip, libxlsxwriter, PDF). Mapping and binding those libraries cost an empty
 * Qt window more time than it takes to start. ExtrasLoader finds the module.
 */
class ExtrasModule
{
public:
    virtual ~ExtrasModule() = default;

    virtual ResultView* createResultPage(Session& session, QWidget* parent) = 0;
    /** The earlier runs of a tool; @p compare and @p remove get the path of the chosen run. */
    virtual QDialog* createHistoryDialog(const zelfscan::Questionnaire& questionnaire,
        const QList<zelfscan::HistoryEntry>& entries, const QString& currentPath,
        const zelfscan::Language& language, std::function<void(const QString&)> compare,
        std::function<void(const QString&)> remove, QWidget* parent)
        = 0;
    virtual QDialog* createComparisonDialog(const zelfscan::Questionnaire& questionnaire,
        const zelfscan::Comparison& comparison, const zelfscan::AssessmentResult& before,
        const zelfscan::AssessmentResult& after, const zelfscan::Language& language,
        const QString& beforeLabel, QWidget* parent)
        = 0;
    /** The DTC staff window; @p titles (may be null) names the sections. */
    virtual QWidget* createStaffWindow(
        const QString& databasePath, const zelfscan::QuestionnaireCatalog* titles, QWidget* parent)
        = 0;
    virtual QWidget* createAdvisoriesWindow(const zelfscan::Language& language, QWidget* parent) = 0;
    /** Writes the report (with the alerts' steps when they are in use); the format follows the extension. */
    virtual bool writeReport(const zelfscan::ReportInput& input, const QString& path, QString* error) = 0;
    virtual zelfscan::SystemsSummary summariseSystems(
        const QString& inventoryPath, const QString& databasePath)
        = 0;
    /** The vulnerability alerts' steps to do, for the action plan. */
    virtual std::optional<zelfscan::advisories::AdvisoryPlan> loadAdvisoryPlan(
        const QString& inventoryPath, const QString& storePath, QString* error)
        = 0;
    /** Records a decision about an alert's step in the advisory store at @p storePath. */
    virtual bool recordAlertDecision(const QString& storePath, const zelfscan::advisories::AdvisoryStep& step,
        zelfscan::advisories::StepStatus::Value value, const QString& reason, QString* error)
        = 0;
};

// The version is part of the id: a module left from another build is refused, not trusted.
#define ZelfscanExtrasModule_iid "io.github.zelfscan.ExtrasModule/" ZELFSCAN_VERSION
Q_DECLARE_INTERFACE(ExtrasModule, ZelfscanExtrasModule_iid)
