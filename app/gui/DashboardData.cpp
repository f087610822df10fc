// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DashboardData.h"

#include "app/gui/AutosaveStore.h"
#include "core/assessment/AssessmentHistory.h"

#include <QFileInfo>

using namespace zelfscan;

namespace DashboardData {

namespace {

int toolOrder(const Questionnaire& q)
{
    switch (q.kind) {
    case QuestionnaireKind::Scan:
        return 0;
    case QuestionnaireKind::RiskClass:
        return 1;
    case QuestionnaireKind::OtCheck:
        return 2;
    }
    return 3;
}

std::optional<Assessment> readAutosave(const AutosaveStore& store, const Questionnaire& questionnaire)
{
    const QString path = store.pathFor(questionnaire.id);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QuestionnaireLookup lookup
        = [&questionnaire](const QString& id) { return id == questionnaire.id ? &questionnaire : nullptr; };
    return loadAssessmentFile(path, lookup).assessment;
}

} // namespace

QList<const Questionnaire*> toolsInOrder(const QuestionnaireCatalog& catalog)
{
    QList<const Questionnaire*> tools;
    for (const Questionnaire& q : catalog.questionnaires())
        tools.append(&q);
    std::stable_sort(tools.begin(), tools.end(),
        [](const Questionnaire* a, const Questionnaire* b) { return toolOrder(*a) < toolOrder(*b); });
    return tools;
}

std::optional<Assessment> lastFinishedRun(
    const QuestionnaireCatalog& catalog, const AssessmentHistory* history, const QString& questionnaireId)
{
    if (!history)
        return std::nullopt;
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };
    const QList<HistoryEntry> entries = history->entries(questionnaireId, lookup);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.last().assessment;
}

std::optional<Assessment> previousFinishedRun(const QuestionnaireCatalog& catalog,
    const AssessmentHistory* history, const QString& questionnaireId, const QDateTime& current)
{
    if (!history)
        return std::nullopt;
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };
    const Questionnaire* questionnaire = catalog.find(questionnaireId);
    const QList<HistoryEntry> entries = history->entries(questionnaireId, lookup);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AnswerSet& answers = it->assessment.answers;
        if (answers.created != current && (!current.isValid() || answers.created < current) && questionnaire
            && isFinished(*questionnaire, answers))
            return it->assessment;
    }
    return std::nullopt;
}

QList<ToolState> readToolStates(
    const QuestionnaireCatalog& catalog, const AutosaveStore& store, const AssessmentHistory* history)
{
    QList<ToolState> states;
    for (const Questionnaire* questionnaire : toolsInOrder(catalog)) {
        const std::optional<Assessment> autosave = readAutosave(store, *questionnaire);
        const std::optional<Assessment> last = lastFinishedRun(catalog, history, questionnaire->id);
        ToolInput input { questionnaire, autosave ? &*autosave : nullptr, last ? &*last : nullptr, {} };
        // The risk class takes the Basisscan's answers as evidence, as on its result page.
        std::optional<Assessment> evidence;
        if (const QString evidenceId = questionnaire->evidenceQuestionnaireId(); !evidenceId.isEmpty()) {
            input.evidence.evidenceQuestionnaire = catalog.find(evidenceId);
            if (input.evidence.evidenceQuestionnaire)
                evidence = readAutosave(store, *input.evidence.evidenceQuestionnaire);
            input.evidence.evidenceAnswers = evidence ? &evidence->answers : nullptr;
        }
        states.append(toolState(input));
    }
    return states;
}

} // namespace DashboardData
