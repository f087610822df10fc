// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/Session.h"

#include "app/gui/AutosaveStore.h"
#include "core/assessment/AssessmentHistory.h"
#include "core/assessment/ProfileAnswers.h"
#include "core/engine/Engine.h"

using namespace zelfscan;

Session::Session(const QuestionnaireCatalog& catalog, AutosaveStore& store, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_store(store)
{
}

bool Session::open(const QString& questionnaireId, const Profile& defaultProfile)
{
    const Questionnaire* questionnaire = m_catalog.find(questionnaireId);
    if (!questionnaire)
        return false;
    m_questionnaire = questionnaire;
    if (std::optional<Assessment> saved = m_store.load(*questionnaire)) {
        m_assessment = *saved;
    } else {
        m_assessment = Assessment();
        m_assessment.answers.questionnaireId = questionnaire->id;
        m_assessment.answers.profile = defaultProfile;
        m_assessment.answers.created = QDateTime::currentDateTimeUtc();
        for (const Section& section : questionnaire->sections) {
            for (const Question& question : section.questions)
                m_assessment.knownQuestions.append(question.id);
        }
    }
    m_assessment.answers.questionnaireVersion = questionnaire->version;
    m_assessment.answers.questionnaireHash = questionnaire->contentHash;
    m_filePath.clear();
    m_modified = false;
    Q_EMIT opened();
    Q_EMIT documentStateChanged();
    return true;
}

void Session::openAssessment(const Assessment& assessment)
{
    m_questionnaire = m_catalog.find(assessment.answers.questionnaireId);
    m_assessment = assessment;
    m_assessment.answers.questionnaireVersion = m_questionnaire ? m_questionnaire->version : QString();
    m_assessment.answers.questionnaireHash = m_questionnaire ? m_questionnaire->contentHash : QString();
    // The opened document becomes the one in progress for its tool, so it is autosaved too.
    if (m_questionnaire)
        autosave();
    Q_EMIT opened();
    Q_EMIT answersChanged();
    Q_EMIT doneStepsChanged();
}

void Session::close()
{
    m_questionnaire = nullptr;
    m_assessment = Assessment();
    m_filePath.clear();
    m_modified = false;
    Q_EMIT documentStateChanged();
}

bool Session::saveAs(const QString& path, QString* error)
{
    if (!m_questionnaire) {
        *error = tr("Nothing to save.");
        return false;
    }
    if (!saveAssessmentFile(m_assessment, path, error))
        return false;
    m_filePath = path;
    m_modified = false;
    Q_EMIT documentStateChanged();
    return true;
}

bool Session::openFile(
    const QString& path, const Language& language, QStringList* problems, MigrationReport* migration)
{
    const QuestionnaireLookup lookup = [this](const QString& id) { return m_catalog.find(id); };
    const AssessmentLoadResult loaded = loadAssessmentFile(path, lookup, language);
    // The message names the file already; only the reason, in the reader's language.
    for (const Diagnostic& d : loaded.diagnostics)
        problems->append(printable(d.message));
    if (!loaded.ok())
        return false;
    *migration = loaded.migration;
    openAssessment(*loaded.assessment);
    m_filePath = path;
    m_modified = false;
    Q_EMIT documentStateChanged();
    return true;
}

void Session::setProfile(const Profile& profile)
{
    bool different = m_assessment.answers.profile != profile;
    m_assessment.answers.profile = profile;
    // Also with the same profile: after "answer anew" the questions it answers are open again.
    if (m_questionnaire && !answerFromProfile(*m_questionnaire, &m_assessment.answers).isEmpty())
        different = true;
    if (different)
        changed();
}

void Session::setAnswer(const QString& questionId, const Answer& answer)
{
    auto it = m_assessment.answers.answers.find(questionId);
    if (it != m_assessment.answers.answers.end() && *it == answer)
        return;
    m_assessment.answers.answers.insert(questionId, answer);
    changed();
}

void Session::clearAnswer(const QString& questionId)
{
    if (m_assessment.answers.answers.remove(questionId) > 0)
        changed();
}

void Session::setMeasureAnswer(const QString& measureId, std::optional<bool> inPlace)
{
    QMap<QString, bool>& measures = m_assessment.answers.measureAnswers;
    if (measures.contains(measureId) == inPlace.has_value()
        && (!inPlace || measures.value(measureId) == *inPlace))
        return;
    if (inPlace)
        measures.insert(measureId, *inPlace);
    else
        measures.remove(measureId);
    changed();
}

void Session::setPlan(const PlanBook& plan)
{
    if (plan == m_assessment.plan)
        return;
    m_assessment.plan = plan;
    autosave();
    markModified();
}

void Session::setStepDone(const QString& stepId, bool done)
{
    if (done == m_assessment.doneSteps.contains(stepId))
        return;
    if (done)
        m_assessment.doneSteps.insert(stepId);
    else
        m_assessment.doneSteps.remove(stepId);
    // Not answers.modified: a result's age (and so the re-check offer) counts from the answers.
    autosave();
    markModified();
    Q_EMIT doneStepsChanged();
}

void Session::restart()
{
    m_assessment.answers.answers.clear();
    m_assessment.retiredAnswers.clear();
    // Ticks stay: a step id is stable across runs, and work done before is still done.
    m_assessment.answers.created = QDateTime::currentDateTimeUtc();
    changed();
    Q_EMIT doneStepsChanged();
}

void Session::changed()
{
    m_assessment.answers.modified = QDateTime::currentDateTimeUtc();
    markModified();
    if (m_questionnaire) {
        autosave();
        recordRunIfFinished();
    }
    Q_EMIT answersChanged();
}

void Session::autosave()
{
    m_saveError = m_store.save(m_assessment);
    if (!m_saveError.isEmpty())
        Q_EMIT saveFailed(m_saveError);
}

void Session::markModified()
{
    // Only a document opened from or saved to a file can differ from it.
    if (!m_modified && !m_filePath.isEmpty()) {
        m_modified = true;
        Q_EMIT documentStateChanged();
    }
}

bool Session::isSectionVisible(const Section& section) const
{
    return m_questionnaire && zelfscan::isSectionVisible(*m_questionnaire, section, m_assessment.answers);
}

bool Session::isQuestionVisible(const Question& question) const
{
    return m_questionnaire && zelfscan::isQuestionVisible(*m_questionnaire, question, m_assessment.answers);
}

QList<const Section*> Session::visibleSections() const
{
    QList<const Section*> sections;
    if (!m_questionnaire)
        return sections;
    for (const Section& section : m_questionnaire->sections) {
        if (!isSectionVisible(section))
            continue;
        const bool anyVisible = std::any_of(section.questions.cbegin(), section.questions.cend(),
            [this](const Question& q) { return isQuestionVisible(q); });
        if (anyVisible)
            sections.append(&section);
    }
    return sections;
}

int Session::visibleQuestionCount() const
{
    int count = 0;
    for (const Section* section : visibleSections()) {
        for (const Question& question : section->questions)
            count += isQuestionVisible(question) ? 1 : 0;
    }
    return count;
}

int Session::answeredVisibleQuestionCount() const
{
    int count = 0;
    for (const Section* section : visibleSections()) {
        for (const Question& question : section->questions) {
            if (isQuestionVisible(question) && m_assessment.answers.answers.contains(question.id))
                ++count;
        }
    }
    return count;
}

AssessmentResult Session::assessWith(const QSet<QString>& doneSteps) const
{
    if (!m_questionnaire)
        return {};
    AssessmentOptions options;
    options.doneSteps = doneSteps;
    // Answer once, use twice: the Basisscan's autosave shows which risk-class measures are in place.
    std::optional<Assessment> evidence;
    if (const QString evidenceId = m_questionnaire->evidenceQuestionnaireId(); !evidenceId.isEmpty())
        options.evidenceQuestionnaire = m_catalog.find(evidenceId);
    if (options.evidenceQuestionnaire) {
        evidence = m_store.load(*options.evidenceQuestionnaire);
        options.evidenceAnswers = evidence ? &evidence->answers : nullptr;
    }
    return assess(*m_questionnaire, m_assessment.answers, options);
}

bool Session::recordRunIfFinished()
{
    // Without the Basisscan evidence result() reads from disk: it changes measures, not what is missing.
    if (!m_history || !m_questionnaire || !assess(*m_questionnaire, m_assessment.answers).missing.isEmpty())
        return true;
    QString error;
    if (m_history->record(m_assessment, &error))
        return true;
    Q_EMIT saveFailed(error);
    return false;
}

AssessmentResult Session::result() const
{
    return assessWith({});
}

AssessmentResult Session::whatIfResult() const
{
    return assessWith(m_assessment.doneSteps);
}
