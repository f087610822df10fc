// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerFile.h"
#include "core/assessment/AnswerSet.h"
#include "core/io/Diagnostic.h"
#include "core/plan/StepPlan.h"
#include "core/text/Language.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan {

/**
 * One saved assessment (a `.zelfscan` document): the answers, the steps the user marked done,
 * and what the questionnaire looked like when it was answered. Documented in docs/file-formats.md.
 */
struct Assessment
{
    AnswerSet
        answers; ///< includes profile, organisation, notes, created/modified, questionnaire id/version/hash
    QSet<QString> doneSteps; ///< step ids the user marked done
    /** Answers to questions the current questionnaire no longer has; kept so saving never loses them. */
    QMap<QString, Answer> retiredAnswers;
    /** The question ids of the questionnaire version last used, so a newer one can list what is new. */
    QStringList knownQuestions;
    /**
     * The status, owner and due date of this run's steps, by plan key (core/plan/StepKinship.h).
     * A ticked step is also in doneSteps, which the engine reads; a step planned "done" is ticked.
     */
    PlanBook plan;

    bool operator==(const Assessment& other) const
    {
        return answers == other.answers && doneSteps == other.doneSteps
            && retiredAnswers == other.retiredAnswers && knownQuestions == other.knownQuestions
            && plan == other.plan;
    }
    bool operator!=(const Assessment& other) const { return !(*this == other); }
};

/** What changed when an assessment made with another questionnaire version was opened. */
struct MigrationReport
{
    bool versionChanged = false;
    QString fromVersion;
    QString toVersion;
    QStringList newQuestions; ///< questions the old version did not have (unanswered now)
    QStringList goneQuestions; ///< answered questions the new version no longer has (kept as retired)
    /** Questions that are back (or whose option is): their retired answer is an answer again. */
    QStringList restoredQuestions;
};

struct AssessmentLoadResult
{
    std::optional<Assessment> assessment; ///< empty on any error; a damaged file is never half-loaded
    MigrationReport migration;
    Diagnostics diagnostics;

    bool ok() const { return assessment.has_value(); }
};

/**
 * 2 added `plan` (status, owner, due date per step). A version-1 Zelfscan would ignore it and drop
 * it on its next save, so version 2 is refused there rather than silently losing the plan.
 * Version-1 files are read: their ticks become plan entries with status done.
 */
constexpr int assessmentFormatVersion = 2;
constexpr qint64 maxAssessmentBytes = 4 * 1024 * 1024;

/** Reads an assessment; the diagnostics say why not in @p language (the app's; English by default). */
AssessmentLoadResult loadAssessment(const QByteArray& bytes, const QString& fileName,
    const QuestionnaireLookup& lookup, const Language& language = Language::english());
AssessmentLoadResult loadAssessmentFile(
    const QString& path, const QuestionnaireLookup& lookup, const Language& language = Language::english());
/**
 * Salvages what can still be read from a damaged assessment (for example one cut off by a full
 * disk): the questionnaire id, the profile and every complete answer that fits the questionnaire.
 * @p expectedQuestionnaireId is used when the id itself was lost (an autosave knows its tool).
 * Returns nothing when not even the questionnaire can be identified.
 */
std::optional<Assessment> recoverAssessment(const QByteArray& bytes, const QuestionnaireLookup& lookup,
    const QString& expectedQuestionnaireId = QString());
QByteArray serializeAssessment(const Assessment& assessment);
/** Writes atomically (QSaveFile): the file is the old or the new version, never half of one. */
bool saveAssessmentFile(const Assessment& assessment, const QString& path, QString* error);

} // namespace zelfscan
