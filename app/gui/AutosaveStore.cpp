// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutosaveStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace zelfscan;

AutosaveStore::AutosaveStore(QString directory)
    : m_directory(directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave")
            : std::move(directory))
{
}

QString AutosaveStore::pathFor(const QString& questionnaireId) const
{
    return m_directory + QLatin1Char('/') + questionnaireId + QStringLiteral(".zelfscan");
}

QString AutosaveStore::save(const Assessment& assessment) const
{
    if (!QDir().mkpath(m_directory))
        return QStringLiteral("cannot create %1").arg(m_directory);
    QString error;
    if (!saveAssessmentFile(assessment, pathFor(assessment.answers.questionnaireId), &error))
        return error;
    return {};
}

std::optional<Assessment> AutosaveStore::load(const Questionnaire& questionnaire) const
{
    const QString path = pathFor(questionnaire.id);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QuestionnaireLookup lookup
        = [&questionnaire](const QString& id) { return id == questionnaire.id ? &questionnaire : nullptr; };
    const AssessmentLoadResult result = loadAssessmentFile(path, lookup);
    if (result.ok())
        return result.assessment;
    // Keep the damaged file for recovery by hand; the user starts afresh without losing it.
    const QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(path, aside);
    QStringList reasons;
    for (const Diagnostic& d : result.diagnostics)
        reasons.append(d.message);
    m_problems.append(QStringLiteral("%1 → %2: %3").arg(path, aside, reasons.join(QStringLiteral("; "))));
    return std::nullopt;
}

bool AutosaveStore::remove(const QString& questionnaireId) const
{
    return QFile::remove(pathFor(questionnaireId));
}

QList<AutosaveStore::Entry> AutosaveStore::entries() const
{
    QList<Entry> list;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.zelfscan") }, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files)
        list.append({ info.completeBaseName(), info.lastModified(), 0 });
    return list;
}

QStringList AutosaveStore::takeProblems() const
{
    QStringList problems = m_problems;
    m_problems.clear();
    return problems;
}
