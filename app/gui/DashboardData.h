// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dashboard/ToolOverview.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QList>

class AutosaveStore;
namespace zelfscan {
class AssessmentHistory;
}

/**
 * Reads what the start page shows from disk: each tool's autosave and newest history run, read
 * only (a damaged autosave is left for the tool to recover when it is opened). The rules are
 * core's toolState() and actionPlan().
 */
namespace DashboardData {

/** The tools in the order a business meets them: the Basisscan first, then risk class and OT. */
QList<const zelfscan::Questionnaire*> toolsInOrder(const zelfscan::QuestionnaireCatalog& catalog);

QList<zelfscan::ToolState> readToolStates(const zelfscan::QuestionnaireCatalog& catalog,
    const AutosaveStore& store, const zelfscan::AssessmentHistory* history);

/** The newest finished run of @p questionnaireId in @p history, if any. */
std::optional<zelfscan::Assessment> lastFinishedRun(const zelfscan::QuestionnaireCatalog& catalog,
    const zelfscan::AssessmentHistory* history, const QString& questionnaireId);

/**
 * The newest finished run of @p questionnaireId before the one started at @p current (its
 * `created`): what a re-check is compared with. Empty when there is none.
 */
std::optional<zelfscan::Assessment> previousFinishedRun(const zelfscan::QuestionnaireCatalog& catalog,
    const zelfscan::AssessmentHistory* history, const QString& questionnaireId, const QDateTime& current);

} // namespace DashboardData
