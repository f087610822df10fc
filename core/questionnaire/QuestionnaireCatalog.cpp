// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireCatalog.h"

#include "core/questionnaire/QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <future>
#include <optional>
#include <vector>

namespace zelfscan {

QStringList QuestionnaireCatalog::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("ZELFSCAN_QUESTIONNAIRES");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        paths.append(QDir::cleanPath(appDir + QStringLiteral("/../share/zelfscan/questionnaires")));
        paths.append(QDir::cleanPath(appDir + QStringLiteral("/questionnaires")));
    }
#ifdef ZELFSCAN_SOURCE_QUESTIONNAIRES
    paths.append(QStringLiteral(ZELFSCAN_SOURCE_QUESTIONNAIRES));
#endif
    return paths;
}

QString QuestionnaireCatalog::defaultDirectory()
{
    for (const QString& path : defaultSearchPaths()) {
        if (QFileInfo(path).isDir())
            return path;
    }
    return {};
}

Diagnostics QuestionnaireCatalog::loadDirectory(const QString& directory, Checks checks)
{
    const QFileInfo info(directory);
    if (!info.isDir())
        return { { Diagnostic::Severity::Error, directory, 0, 0, QStringLiteral("not a folder") } };
    QStringList files;
    const QDir dir(directory);
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return loadFiles(files, checks);
}

Diagnostics QuestionnaireCatalog::loadFiles(const QStringList& paths, Checks checks)
{
    // A questionnaire the cache has takes well under a millisecond, less than starting a thread:
    // those are taken first, here. Parsing YAML takes tens of milliseconds; the files are
    // independent, so the rest are parsed side by side. Both are then taken in the given order,
    // which keeps the outcome the same.
    std::vector<std::optional<QuestionnaireLoadResult>> cached(std::size_t(paths.size()));
    std::vector<std::future<QuestionnaireLoadResult>> pending(std::size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (m_cache && checks == Checks::ErrorsOnly)
            cached[std::size_t(i)] = loadCachedQuestionnaireFile(paths.at(i), *m_cache);
        if (!cached[std::size_t(i)])
            pending[std::size_t(i)] = std::async(std::launch::async,
                [this, path = paths.at(i), checks] { return loadQuestionnaireFile(path, checks, m_cache); });
    }
    Diagnostics diagnostics;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        QuestionnaireLoadResult result
            = cached[std::size_t(i)] ? std::move(*cached[std::size_t(i)]) : pending[std::size_t(i)].get();
        diagnostics += result.diagnostics;
        if (!result.questionnaire)
            continue;
        if (const Questionnaire* existing = find(result.questionnaire->id)) {
            diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0,
                QStringLiteral("questionnaire id '%1' is also used by %2")
                    .arg(existing->id, existing->filePath) });
            continue;
        }
        m_questionnaires.append(std::move(*result.questionnaire));
    }
    return diagnostics;
}

Diagnostics QuestionnaireCatalog::crossCheck(const QuestionnaireCatalog* context) const
{
    Diagnostics diagnostics;
    for (const Questionnaire& questionnaire : m_questionnaires) {
        if (!questionnaire.riskModel)
            continue;
        for (const Measure& measure : questionnaire.riskModel->measures) {
            for (const MeasureEvidence& evidence : measure.evidence) {
                if (evidence.questionnaireId.isEmpty() || evidence.questionnaireId == questionnaire.id)
                    continue;
                auto report = [&](Diagnostic::Severity severity, const QString& message) {
                    diagnostics.append({ severity, questionnaire.filePath, evidence.position.line,
                        evidence.position.column, message });
                };
                const Questionnaire* other = find(evidence.questionnaireId);
                if (!other && context)
                    other = context->find(evidence.questionnaireId);
                if (!other) {
                    report(Diagnostic::Severity::Warning,
                        QStringLiteral("measure '%1' refers to questionnaire '%2', which is not loaded; its "
                                       "reference cannot be checked")
                            .arg(measure.id, evidence.questionnaireId));
                    continue;
                }
                const Question* question = other->question(evidence.questionId);
                if (!question) {
                    report(Diagnostic::Severity::Error,
                        QStringLiteral("measure '%1' refers to unknown question '%2' in '%3'")
                            .arg(measure.id, evidence.questionId, other->id));
                    continue;
                }
                for (const QString& option : evidence.inPlaceOptions) {
                    if (!question->option(option))
                        report(Diagnostic::Severity::Error,
                            QStringLiteral("measure '%1': question '%2.%3' has no option '%4'")
                                .arg(measure.id, other->id, question->id, option));
                }
            }
        }
    }
    return diagnostics;
}

const Questionnaire* QuestionnaireCatalog::find(const QString& id) const
{
    for (const Questionnaire& questionnaire : m_questionnaires) {
        if (questionnaire.id == id)
            return &questionnaire;
    }
    return nullptr;
}

QStringList QuestionnaireCatalog::languages() const
{
    QStringList codes { QStringLiteral("nl"), QStringLiteral("en") };
    for (const Questionnaire& questionnaire : m_questionnaires) {
        for (const QString& code : questionnaire.languages) {
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    return codes;
}

} // namespace zelfscan
