// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AssessmentHistory.h"

#include "core/engine/Engine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace zelfscan {

namespace {

const QString snapshotSuffix = QStringLiteral(".zelfscan");

} // namespace

AssessmentHistory::AssessmentHistory(const QString& directory)
    : m_directory(directory)
{
}

QString AssessmentHistory::pathFor(const Assessment& assessment) const
{
    // The start time names the run: a later save of the same run replaces its snapshot.
    const QString stamp
        = assessment.answers.created.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    return QDir(m_directory)
        .filePath(assessment.answers.questionnaireId + QLatin1Char('/') + stamp + snapshotSuffix);
}

bool AssessmentHistory::record(const Assessment& assessment, QString* error)
{
    if (!assessment.answers.created.isValid() || assessment.answers.questionnaireId.isEmpty()) {
        if (error)
            *error = QStringLiteral("the assessment has no start time or questionnaire");
        return false;
    }
    const QString path = pathFor(assessment);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    return saveAssessmentFile(assessment, path, error);
}

bool AssessmentHistory::remove(const HistoryEntry& entry, QString* error)
{
    if (QFileInfo(entry.path).absoluteDir()
        != QDir(QDir(m_directory).filePath(entry.assessment.answers.questionnaireId))) {
        if (error)
            *error = QStringLiteral("%1 is not in the history folder").arg(entry.path);
        return false;
    }
    QFile file(entry.path);
    if (!file.remove()) {
        if (error)
            *error = QStringLiteral("cannot remove %1: %2").arg(entry.path, file.errorString());
        return false;
    }
    return true;
}

QList<HistoryEntry> AssessmentHistory::entries(
    const QString& questionnaireId, const QuestionnaireLookup& lookup, QStringList* problems) const
{
    QList<HistoryEntry> result;
    const QDir folder(QDir(m_directory).filePath(questionnaireId));
    const QStringList names
        = folder.entryList({ QLatin1Char('*') + snapshotSuffix }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        const QString path = folder.filePath(name);
        const AssessmentLoadResult loaded = loadAssessmentFile(path, lookup);
        if (!loaded.ok() || loaded.assessment->answers.questionnaireId != questionnaireId) {
            if (problems) {
                QStringList reasons;
                for (const Diagnostic& d : loaded.diagnostics)
                    reasons.append(d.toString());
                if (reasons.isEmpty())
                    reasons.append(QStringLiteral("%1: belongs to another questionnaire").arg(path));
                problems->append(reasons.join(QLatin1Char('\n')));
            }
            continue;
        }
        const MigrationReport& migration = loaded.migration;
        result.append({ path, *loaded.assessment,
            migration.versionChanged ? migration.fromVersion
                                     : loaded.assessment->answers.questionnaireVersion });
    }
    std::stable_sort(result.begin(), result.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.assessment.answers.created < b.assessment.answers.created;
    });
    return result;
}

QList<TrendPoint> historyTrend(const Questionnaire& questionnaire, const QList<HistoryEntry>& entries)
{
    QList<TrendPoint> points;
    for (const HistoryEntry& entry : entries) {
        const AssessmentResult result = assess(questionnaire, entry.assessment.answers);
        TrendPoint point;
        point.when = entry.assessment.answers.created;
        point.questionnaireVersion = entry.madeWithVersion;
        point.overall = result.overall;
        for (const SectionResult& section : result.sections)
            point.sections.insert(section.sectionId, section.visible ? section.score : std::nullopt);
        if (result.risk)
            point.riskClass = result.risk->riskClass;
        points.append(point);
    }
    return points;
}

} // namespace zelfscan
