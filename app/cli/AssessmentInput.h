// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/plan/StepPlan.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSet>

#include <optional>

namespace zelfscan::cli {

/**
 * What score, report and anonymise read, in one place so they read it alike: the questionnaires
 * (--dir), one set of answers (--answers FILE, or --assessment FILE with its done steps) and,
 * for the risk class, Basisscan answers that show which measures are in place (--basisscan).
 */
class AssessmentInput
{
public:
    enum class Sources { AnswersOnly, AnswersOrAssessment };

    explicit AssessmentInput(Sources sources);

    /** Adds --answers (and --assessment), --basisscan, --lang and --dir to @p parser. */
    void addOptions(QCommandLineParser& parser) const;
    /** Checks these options before anything is read: Success, or UsageError (through @p context). */
    int checkUsage(const CliContext& context, const QCommandLineParser& parser);
    /**
     * Loads what the options name, printing every problem as a FILE:LINE:COL diagnostic, and
     * checks --lang against the languages the questionnaires declare.
     * Returns Success, InputProblem or UsageError (through @p context).
     */
    int load(const CliContext& context, const QCommandLineParser& parser);

    Language language() const { return m_language; }
    const Questionnaire& questionnaire() const { return *m_questionnaire; }
    const AnswerSet& answers() const { return m_answers; }
    /** The steps a saved assessment marks done; empty for an answer file. */
    const QSet<QString>& doneSteps() const { return m_doneSteps; }
    /** The status, owner and due date per step a saved assessment carries; empty for an answer file. */
    const PlanBook& plan() const { return m_plan; }
    /** Finds the loaded questionnaire only: for a second file of the same tool. */
    QuestionnaireLookup sameQuestionnaire() const;
    /** The scores as answered, with the Basisscan evidence when given. */
    AssessmentOptions assessmentOptions() const;

private:
    int loadAnswers(const CliContext& context, const QString& path);
    int loadAssessment(const CliContext& context, const QString& path);
    QuestionnaireLookup lookup() const;

    Sources m_sources;
    QCommandLineOption m_answersOption;
    QCommandLineOption m_assessmentOption;
    QCommandLineOption m_basisscanOption;
    QCommandLineOption m_langOption;
    QCommandLineOption m_dirOption;

    QuestionnaireCatalog m_catalog;
    Language m_language;
    const Questionnaire* m_questionnaire = nullptr;
    AnswerSet m_answers;
    QSet<QString> m_doneSteps;
    PlanBook m_plan;
    std::optional<AnswerSet> m_evidence;
};

} // namespace zelfscan::cli
