// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/share/ShareStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan {

constexpr int defaultMinGroup = 5;
/**
 * k below this would publish groups small enough to point at one business; refused. Not 3: a
 * group of three publishes its first quartile, median and third quartile, and with the mean
 * they give back all three scores.
 */
constexpr int smallestMinGroup = 5;

/** Empty when @p k may be used as the smallest group size, else why not. */
QString checkMinGroup(int k);
/** The sector or size of a margin: every sector, or every size band. */
QString allGroups();

struct AggregateOptions
{
    int minGroup = defaultMinGroup; ///< k: groups with fewer results are never shown
    int topSteps = 10; ///< most common open steps listed per group
};

/** Count, mean and quartiles of one score in one group, or "suppressed". */
struct ScoreSummary
{
    bool suppressed = false;
    qint64 count = 0; ///< results with this score
    double mean = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
};

/** One value of the risk-class (or OT level) distribution of a group. */
struct CategoryCount
{
    QString value; ///< the class ("1".."4") or level id; "none" when the share had none
    bool suppressed = false;
    qint64 count = 0;
};

struct StepCount
{
    QString stepId;
    qint64 count = 0; ///< results in the group with this step open
};

/**
 * One group: a sector and size band, or a margin ("all" sectors and/or sizes). A suppressed
 * group carries nothing but its sector and size.
 */
struct AggregateGroup
{
    QString sector; ///< a sector id, "onbekend" or "all"
    QString size; ///< a size id, "onbekend" or "all"
    bool suppressed = false;
    qint64 count = 0;
    std::optional<ScoreSummary> overall; ///< none when no result in the group has an overall score
    QMap<QString, ScoreSummary> sections; ///< by section id; sections nobody in the group scored are left out
    QList<CategoryCount> distribution; ///< values with results only; empty for tools without classes
    QList<StepCount> openSteps; ///< most common first, ties by id
};

/** The statistics of one questionnaire version; versions are never mixed. */
struct AggregateVersion
{
    QString tool;
    QString questionnaireId;
    QString questionnaireVersion;
    QString questionnaireHash;
    bool suppressed = false; ///< fewer than k results in all: nothing else is published
    qint64 results = 0;
    int suppressedGroups = 0;
    QStringList sections; ///< section ids, sorted
    QString distribution; ///< "risk_class", "level", or empty
    QList<AggregateGroup> groups; ///< every group with results: sectors (then "all") by sizes (then "all")

    const AggregateGroup* group(const QString& sector, const QString& size) const;
};

/** Everything an export holds; the app's charts read it directly. */
struct AggregateReport
{
    int minGroup = defaultMinGroup;
    qint64 results = 0; ///< in published versions
    int suppressedGroups = 0; ///< in published versions
    QList<AggregateVersion> versions; ///< sorted by questionnaire id, version, hash
    bool synthetic = false; ///< made-up data: for tests and demos, never shown as a real comparison
    LocalizedText note;
};

/** Aggregates with small-cell suppression (docs/share-format.md); nothing when k is refused. */
std::optional<AggregateReport> computeAggregates(
    const StoredResults& results, const AggregateOptions& options, QString* error);
/** Opens the store, loads it and aggregates. */
std::optional<AggregateReport> aggregateStore(
    const QString& databasePath, const AggregateOptions& options, QString* error);

/** The whole export, with k, counts, versions and the quartile method. */
QJsonObject aggregatesToJson(const AggregateReport& report);

/** One line of the long form that the CSV and XLSX exports share. */
struct AggregateRow
{
    const AggregateVersion* version = nullptr;
    const AggregateGroup* group = nullptr;
    QString statistic; ///< results, overall, section, risk_class, level or open_step
    QString key; ///< the section, class, level or step; empty for results and overall
    bool suppressed = false;
    std::optional<qint64> count; ///< none when suppressed
    std::optional<ScoreSummary> score; ///< for a shown overall or section score
};
/** The rows of every published version, in export order. Points into @p report. */
QList<AggregateRow> aggregateRows(const AggregateReport& report);

/**
 * The rows as CSV with a header line and nothing else: for "nl" separated by ';' with decimal
 * commas, for "en" by ',' with decimal points; UTF-8 with a byte order mark.
 */
QByteArray aggregatesToCsv(const AggregateReport& report, const Language& language);
/**
 * A workbook: the rows on one sheet (suppressed entries marked), and a sheet stating k, the
 * versions, the counts and the rules. Labels in @p language. Empty with @p error set on failure.
 */
QByteArray aggregatesToXlsx(const AggregateReport& report, const Language& language, QString* error);
/** Writes .json, .csv or .xlsx (by extension) atomically; @p language for CSV and XLSX. */
bool writeAggregates(const AggregateReport& report, const QString& path, QString* error,
    const Language& language = Language::english());
/** Reads an aggregates JSON file back; readBenchmark() adds the checks for comparison figures. */
std::optional<AggregateReport> aggregatesFromJson(const QByteArray& bytes, QString* error);

} // namespace zelfscan
