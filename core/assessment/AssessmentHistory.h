// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/Assessment.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan {

/** One earlier run of a tool, as kept in the history folder. */
struct HistoryEntry
{
    QString path;
    Assessment assessment; ///< brought up to the current questionnaire, answers kept
    QString madeWithVersion; ///< the questionnaire version the run was answered with
};

/** The scores of one run, for a trend chart over all runs of a tool. */
struct TrendPoint
{
    QDateTime when; ///< when the run was started (the assessment's `created`)
    QString questionnaireVersion;
    std::optional<double> overall;
    QMap<QString, std::optional<double>> sections; ///< by section id
    std::optional<int> riskClass;
};

/**
 * Every completed run of every tool, one `.zelfscan` snapshot each, so the user can look back
 * and see progress over the years. A run is identified by its questionnaire and the moment it
 * was started, so recording the same run again replaces its snapshot rather than adding one.
 * The folder is plain files: a damaged snapshot costs that run only, never the others.
 */
class AssessmentHistory
{
public:
    explicit AssessmentHistory(const QString& directory);

    QString directory() const { return m_directory; }
    /** Where the snapshot of @p assessment is (or would be) kept. */
    QString pathFor(const Assessment& assessment) const;

    /** Writes (atomically) the snapshot of a run; an assessment without a start time is refused. */
    bool record(const Assessment& assessment, QString* error);
    /** Removes the snapshot of one run, when the user asks for it. */
    bool remove(const HistoryEntry& entry, QString* error);

    /**
     * The runs of @p questionnaireId, oldest first. Snapshots that cannot be read are left out
     * and named in @p problems (with the reason), never deleted.
     */
    QList<HistoryEntry> entries(const QString& questionnaireId, const QuestionnaireLookup& lookup,
        QStringList* problems = nullptr) const;

private:
    QString m_directory;
};

/**
 * The scores of each run as answered (steps marked done do not count), oldest first, so runs of
 * different questionnaire versions line up by their stable section ids.
 */
QList<TrendPoint> historyTrend(const Questionnaire& questionnaire, const QList<HistoryEntry>& entries);

} // namespace zelfscan
