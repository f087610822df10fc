// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/ToolOverview.h"

namespace zelfscan {

namespace {

int visibleQuestionCount(const Questionnaire& questionnaire, const AnswerSet& answers, bool answeredOnly)
{
    int count = 0;
    for (const Section& section : questionnaire.sections) {
        if (!isSectionVisible(questionnaire, section, answers))
            continue;
        for (const Question& question : section.questions) {
            if (isQuestionVisible(questionnaire, question, answers)
                && (!answeredOnly || answers.answers.contains(question.id)))
                ++count;
        }
    }
    return count;
}

QDateTime lastChanged(const Assessment& assessment)
{
    return assessment.answers.modified.isValid() ? assessment.answers.modified : assessment.answers.created;
}

} // namespace

bool isFinished(const Questionnaire& questionnaire, const AnswerSet& answers)
{
    return assess(questionnaire, answers).missing.isEmpty();
}

ToolState toolState(const ToolInput& input)
{
    ToolState state;
    if (!input.questionnaire)
        return state;
    const Questionnaire& questionnaire = *input.questionnaire;
    state.questionnaireId = questionnaire.id;
    AssessmentOptions options = input.evidence;
    options.doneSteps.clear(); // the plan shows steps as advised; ticks are shown, not applied

    const Assessment* finished = nullptr;
    if (input.autosave) {
        const AnswerSet& answers = input.autosave->answers;
        state.total = visibleQuestionCount(questionnaire, answers, false);
        state.answered = visibleQuestionCount(questionnaire, answers, true);
        if (isFinished(questionnaire, answers))
            finished = input.autosave;
        else if (state.answered > 0 || !answers.profile.size.isEmpty())
            state.stage = ToolStage::InProgress;
        state.doneSteps = input.autosave->doneSteps;
    }
    if (!finished && input.lastFinished && isFinished(questionnaire, input.lastFinished->answers)) {
        finished = input.lastFinished;
        if (!input.autosave)
            state.doneSteps = input.lastFinished->doneSteps;
    }
    if (!finished)
        return state;
    if (state.stage != ToolStage::InProgress)
        state.stage = ToolStage::Finished;
    state.lastResult = assess(questionnaire, finished->answers, options);
    state.finishedOn = lastChanged(*finished);
    for (const NextStep& step : state.lastResult->steps) {
        if (state.doneSteps.contains(step.id))
            continue;
        ++state.openSteps;
        if (!state.firstOpenStep)
            state.firstOpenStep = step;
    }
    return state;
}

QList<PlanItem> actionPlan(const QList<ToolState>& tools)
{
    QList<PlanItem> plan;
    for (const ToolState& tool : tools) {
        if (!tool.lastResult)
            continue;
        for (const NextStep& step : tool.lastResult->steps)
            plan.append({ tool.questionnaireId, step, tool.doneSteps.contains(step.id) });
    }
    return plan;
}

QSet<QString> carriedOverTicks(const Assessment* autosave, const Assessment* lastFinished)
{
    QSet<QString> ticks;
    if (lastFinished)
        ticks = lastFinished->doneSteps;
    if (autosave)
        ticks.unite(autosave->doneSteps);
    return ticks;
}

} // namespace zelfscan
