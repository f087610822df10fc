// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AutosaveStore.h"

#include "core/io/SafeWrite.h"

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

std::optional<Assessment> AutosaveStore::load(const Questionnaire& questionnaire)
{
    const QString path = pathFor(questionnaire.id);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QuestionnaireLookup lookup
        = [&questionnaire](const QString& id) { return id == questionnaire.id ? &questionnaire : nullptr; };
    const AssessmentLoadResult result = loadAssessmentFile(path, lookup);
    if (result.ok())
        return result.assessment;
    // Never delete a damaged autosave: keep it aside, and carry on with what can still be read.
    QFile damaged(path);
    const QByteArray bytes
        = damaged.open(QIODevice::ReadOnly) ? damaged.read(maxAssessmentBytes + 1) : QByteArray();
    damaged.close();
    const QString aside = keepAside(path, QStringLiteral("damaged"));
    QStringList reasons;
    for (const Diagnostic& d : result.diagnostics)
        reasons.append(d.message);
    std::optional<Assessment> recovered = recoverAssessment(bytes, lookup, questionnaire.id);
    m_problems.append({ questionnaire.id, reasons.join(QStringLiteral("; ")), aside,
        recovered ? int(recovered->answers.answers.size()) : 0 });
    if (recovered)
        save(*recovered);
    return recovered;
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

QList<AutosaveStore::Problem> AutosaveStore::takeProblems()
{
    QList<Problem> problems = m_problems;
    m_problems.clear();
    return problems;
}
