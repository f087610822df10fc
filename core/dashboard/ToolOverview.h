// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace zelfscan {

enum class ToolStage { NotStarted, InProgress, Finished };

/** Where the user stands with one tool, for the start page. */
struct ToolState
{
    QString questionnaireId;
    ToolStage stage = ToolStage::NotStarted;
    int answered = 0; ///< visible questions answered in the run in progress
    int total = 0; ///< visible questions of that run
    /** The latest finished run: the run in progress when it is complete, else the last in the history. */
    std::optional<AssessmentResult> lastResult;
    QDateTime finishedOn; ///< when that run was last changed
    /** The ticks that count for this tool: the run in progress, or else the last finished run. */
    QSet<QString> doneSteps;
    /** The first step of lastResult not ticked; empty when none is left. */
    std::optional<NextStep> firstOpenStep;
    int openSteps = 0;
};

/** What the start page needs to know of one tool. Pointers may be null. */
struct ToolInput
{
    const Questionnaire* questionnaire = nullptr;
    const Assessment* autosave = nullptr; ///< the run in progress (or just finished)
    const Assessment* lastFinished = nullptr; ///< the newest run in the history
    AssessmentOptions evidence; ///< the Basisscan answers for the risk class; doneSteps ignored
};

/** A run is finished when every visible question has an answer. */
bool isFinished(const Questionnaire& questionnaire, const AnswerSet& answers);

ToolState toolState(const ToolInput& input);

/** One open or ticked step of the plan across tools. */
struct PlanItem
{
    QString questionnaireId;
    NextStep step;
    bool done = false;
};

/**
 * The action plan across tools: the steps of each tool's latest finished run, tools in the
 * order given, each tool's steps in priority order; TOP steps and steps the risk class requires
 * first within a tool, as the engine already orders them. Ticked steps stay in the list, done.
 */
QList<PlanItem> actionPlan(const QList<ToolState>& tools);

/**
 * The ticks a new run starts with: a step id is stable across runs, so work marked done in an
 * earlier run stays done (and the step reappears only if the new answers advise it again).
 */
QSet<QString> carriedOverTicks(const Assessment* autosave, const Assessment* lastFinished);

} // namespace zelfscan
