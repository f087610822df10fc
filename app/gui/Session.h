// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/AnswerSet.h"
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QObject>

#include <optional>

class AutosaveStore;
namespace zelfscan {
class AssessmentHistory;
}

/**
 * The assessment being worked on: one questionnaire, its answers and the steps marked done.
 * Every change is autosaved at once, so closing or crashing never loses an answer.
 * The GUI reads results from here; every number comes from core's assess().
 */
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(const zelfscan::QuestionnaireCatalog& catalog, AutosaveStore& store, QObject* parent = nullptr);

    const zelfscan::QuestionnaireCatalog& catalog() const { return m_catalog; }

    /** Opens @p questionnaireId, resuming its autosave when there is one. Returns false if unknown. */
    bool open(const QString& questionnaireId, const zelfscan::Profile& defaultProfile);
    /** Opens an assessment loaded from a file. */
    void openAssessment(const zelfscan::Assessment& assessment);
    bool isOpen() const { return m_questionnaire != nullptr; }
    void close();

    const zelfscan::Questionnaire* questionnaire() const { return m_questionnaire; }
    const zelfscan::AnswerSet& answers() const { return m_assessment.answers; }
    const zelfscan::Assessment& assessment() const { return m_assessment; }
    const QSet<QString>& doneSteps() const { return m_assessment.doneSteps; }

    /** The intake's answers; questions that ask them again are answered from them (answerFromProfile()). */
    void setProfile(const zelfscan::Profile& profile);
    void setAnswer(const QString& questionId, const zelfscan::Answer& answer);
    void clearAnswer(const QString& questionId);
    void setStepDone(const QString& stepId, bool done);
    /** The status, owner and due date of this run's steps, as the document keeps them. */
    void setPlan(const zelfscan::PlanBook& plan);
    /** Risk class: the user's own word on a measure no answer shows; empty clears it. */
    void setMeasureAnswer(const QString& measureId, std::optional<bool> inPlace);
    /** Starts the questionnaire afresh: answers are cleared; the profile and the ticked steps are kept. */
    void restart();

    bool isSectionVisible(const zelfscan::Section& section) const;
    bool isQuestionVisible(const zelfscan::Question& question) const;
    /** Sections shown for the current answers, in order. */
    QList<const zelfscan::Section*> visibleSections() const;
    int visibleQuestionCount() const;
    int answeredVisibleQuestionCount() const;

    /** The result for the answers as given (done steps do not change it). */
    zelfscan::AssessmentResult result() const;
    /** The result if every step marked done were carried out. */
    zelfscan::AssessmentResult whatIfResult() const;

    /** The document file this assessment was opened from or saved to; empty when none. */
    QString filePath() const { return m_filePath; }
    /** True when there are changes not yet saved to filePath() (the autosave has them regardless). */
    bool isModified() const { return m_modified; }
    /** Saves to @p path atomically and makes it the document file. */
    bool saveAs(const QString& path, QString* error);
    /**
     * Opens a `.zelfscan` document. On failure nothing changes and @p problems says why, in
     * @p language; @p migration lists questions that are new or gone when the questionnaire
     * changed since.
     */
    bool openFile(const QString& path, const zelfscan::Language& language, QStringList* problems,
        zelfscan::MigrationReport* migration);

    /**
     * Keeps every finished run in @p history (not owned), so the user can look back later. A run
     * is finished when every visible question is answered; it is recorded again on each change.
     */
    void setHistory(zelfscan::AssessmentHistory* history) { m_history = history; }
    zelfscan::AssessmentHistory* history() const { return m_history; }
    /** Records the run when it is finished; returns false (and saveFailed) only when writing fails. */
    bool recordRunIfFinished();

    /** The last autosave problem, empty when the last save worked. */
    QString saveError() const { return m_saveError; }

Q_SIGNALS:
    void opened();
    void documentStateChanged();
    void answersChanged();
    void doneStepsChanged();
    void saveFailed(const QString& message);

private:
    void changed();
    /** Saves the assessment in progress; says so (saveFailed) when it cannot. */
    void autosave();
    /** The document now differs from its file. */
    void markModified();
    zelfscan::AssessmentResult assessWith(const QSet<QString>& doneSteps) const;

    const zelfscan::QuestionnaireCatalog& m_catalog;
    AutosaveStore& m_store;
    zelfscan::AssessmentHistory* m_history = nullptr;
    const zelfscan::Questionnaire* m_questionnaire = nullptr;
    zelfscan::Assessment m_assessment;
    QString m_saveError;
    QString m_filePath;
    bool m_modified = false;
};
