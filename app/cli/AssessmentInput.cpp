// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssessmentInput.h"

#include "core/assessment/AnswerFile.h"
#include "core/assessment/Assessment.h"

namespace zelfscan::cli {

namespace {

void printDiagnostics(const CliContext& context, const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics)
        context.err << diagnostic.toString() << "\n";
}

/** The questionnaire changed since the assessment was saved: say what that means for its answers. */
QString migrationNote(const MigrationReport& migration)
{
    QString note = migration.fromVersion == migration.toVersion
        ? QStringLiteral("questionnaire version %1 has changed since these answers were given")
              .arg(migration.toVersion)
        : QStringLiteral("answered with questionnaire version %1, read with %2")
              .arg(migration.fromVersion.isEmpty() ? QStringLiteral("?") : migration.fromVersion,
                  migration.toVersion);
    if (!migration.goneQuestions.isEmpty())
        note += QStringLiteral("; answers to questions it no longer has are left out: %1")
                    .arg(migration.goneQuestions.join(QStringLiteral(", ")));
    if (!migration.restoredQuestions.isEmpty())
        note += QStringLiteral("; earlier answers used again: %1")
                    .arg(migration.restoredQuestions.join(QStringLiteral(", ")));
    if (!migration.newQuestions.isEmpty())
        note += QStringLiteral("; new questions, not answered: %1")
                    .arg(migration.newQuestions.join(QStringLiteral(", ")));
    return note;
}

} // namespace

AssessmentInput::AssessmentInput(Sources sources)
    : m_sources(sources)
    , m_answersOption(
          QStringLiteral("answers"), QStringLiteral("An answer file (YAML or JSON)."), QStringLiteral("FILE"))
    , m_assessmentOption(QStringLiteral("assessment"),
          QStringLiteral("A saved assessment (.zelfscan), with the steps it marks done."),
          QStringLiteral("FILE"))
    , m_basisscanOption(QStringLiteral("basisscan"),
          QStringLiteral("Basisscan answers that show which risk-class measures are in place."),
          QStringLiteral("FILE"))
    , m_langOption(QStringLiteral("lang"),
          QStringLiteral("Language: nl, en or one the questionnaires declare (default nl)."),
          QStringLiteral("LANG"), QStringLiteral("nl"))
    , m_dirOption(QStringLiteral("dir"), QStringLiteral("Questionnaire folder (default: bundled)."),
          QStringLiteral("DIR"))
{
}

void AssessmentInput::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(m_answersOption);
    if (m_sources == Sources::AnswersOrAssessment)
        parser.addOption(m_assessmentOption);
    parser.addOptions({ m_basisscanOption, m_langOption, m_dirOption });
}

QuestionnaireLookup AssessmentInput::lookup() const
{
    return [this](const QString& id) { return m_catalog.find(id); };
}

int AssessmentInput::checkUsage(const CliContext& context, const QCommandLineParser& parser)
{
    const bool fromAssessment = m_sources == Sources::AnswersOrAssessment && parser.isSet(m_assessmentOption);
    if (m_sources == Sources::AnswersOnly && !parser.isSet(m_answersOption))
        return context.usageError(QStringLiteral("--answers FILE is required"));
    if (m_sources == Sources::AnswersOrAssessment && parser.isSet(m_answersOption) == fromAssessment)
        return context.usageError(QStringLiteral("give either --answers FILE or --assessment FILE"));
    return Success;
}

int AssessmentInput::load(const CliContext& context, const QCommandLineParser& parser)
{
    const bool fromAssessment = m_sources == Sources::AnswersOrAssessment && parser.isSet(m_assessmentOption);
    const Diagnostics catalogProblems = m_catalog.loadDirectory(
        parser.isSet(m_dirOption) ? parser.value(m_dirOption) : QuestionnaireCatalog::defaultDirectory());
    if (hasErrors(catalogProblems)) {
        printDiagnostics(context, catalogProblems);
        return InputProblem;
    }
    // Checked once the questionnaires are read: they declare the languages beyond nl and en.
    const std::optional<Language> language
        = context.language(parser.value(m_langOption), m_catalog.languages());
    if (!language)
        return UsageError;
    m_language = *language;
    const int loaded = fromAssessment ? loadAssessment(context, parser.value(m_assessmentOption))
                                      : loadAnswers(context, parser.value(m_answersOption));
    if (loaded != Success)
        return loaded;
    m_questionnaire = m_catalog.find(m_answers.questionnaireId);

    if (parser.isSet(m_basisscanOption)) {
        if (!m_questionnaire->riskModel)
            return context.usageError(
                QStringLiteral("--basisscan only applies to a risk-class questionnaire, not '%1'")
                    .arg(m_questionnaire->id));
        const AnswerLoadResult evidence = loadAnswerFile(parser.value(m_basisscanOption), lookup());
        printDiagnostics(context, evidence.diagnostics);
        if (!evidence.ok())
            return InputProblem;
        m_evidence = *evidence.answers;
    }
    return Success;
}

int AssessmentInput::loadAnswers(const CliContext& context, const QString& path)
{
    const AnswerLoadResult loaded = loadAnswerFile(path, lookup());
    printDiagnostics(context, loaded.diagnostics);
    if (!loaded.ok())
        return InputProblem;
    m_answers = *loaded.answers;
    return Success;
}

int AssessmentInput::loadAssessment(const CliContext& context, const QString& path)
{
    const AssessmentLoadResult loaded = loadAssessmentFile(path, lookup());
    printDiagnostics(context, loaded.diagnostics);
    if (!loaded.ok())
        return InputProblem;
    m_answers = loaded.assessment->answers;
    m_doneSteps = loaded.assessment->doneSteps;
    m_plan = loaded.assessment->plan;
    // The current questionnaire is used; say so when the answers were given to another version.
    if (loaded.migration.versionChanged)
        context.err << Diagnostic { Diagnostic::Severity::Warning, path, 0, 0,
            migrationNote(loaded.migration) }
                           .toString()
                    << "\n";
    // The assessment keeps answers the profile now hides; say which do not count, as for answer files.
    if (const Questionnaire* questionnaire = m_catalog.find(m_answers.questionnaireId)) {
        for (const QString& id : hiddenAnswers(*questionnaire, m_answers))
            context.err << Diagnostic { Diagnostic::Severity::Warning, path, 0, 0,
                hiddenAnswerNote(*questionnaire->question(id)) }
                               .toString()
                        << "\n";
    }
    return Success;
}

AssessmentOptions AssessmentInput::assessmentOptions() const
{
    AssessmentOptions options;
    if (m_evidence) {
        options.evidenceAnswers = &*m_evidence;
        options.evidenceQuestionnaire = m_catalog.find(m_evidence->questionnaireId);
    } else if (const QString evidenceId = m_questionnaire->evidenceQuestionnaireId(); !evidenceId.isEmpty()) {
        // Without its answers the Basisscan still tells which measures exist for this business.
        options.evidenceQuestionnaire = m_catalog.find(evidenceId);
    }
    return options;
}

QuestionnaireLookup AssessmentInput::sameQuestionnaire() const
{
    const Questionnaire* questionnaire = m_questionnaire;
    return [questionnaire](const QString& id) {
        return questionnaire && questionnaire->id == id ? questionnaire : nullptr;
    };
}

} // namespace zelfscan::cli
