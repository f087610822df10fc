// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Aggregate.h"

#include "core/io/SafeWrite.h"
#include "core/share/Suppression.h"
#include "core/text/Csv.h"
#include "core/text/Wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace zelfscan {

namespace {

/** Scores are stored as tenths, 0-1000: one histogram bin per possible score. */
constexpr int bins = 1001;

const QString allValue = QStringLiteral("all");
const QString noneValue = QStringLiteral("none");

/** Type 7 quantile (linear interpolation between order statistics) of a histogram, in tenths. */
double quantile(const std::vector<qint64>& histogram, qint64 n, double p)
{
    const double h = double(n - 1) * p;
    const qint64 low = qint64(std::floor(h));
    const double fraction = h - double(low);
    // The values at ranks low and low + 1 (0-based).
    qint64 seen = 0;
    int lowValue = -1;
    int highValue = -1;
    for (int v = 0; v < bins && highValue < 0; ++v) {
        seen += histogram[std::size_t(v)];
        if (lowValue < 0 && seen > low)
            lowValue = v;
        if (lowValue >= 0 && seen > low + 1)
            highValue = v;
    }
    if (highValue < 0)
        highValue = lowValue;
    return double(lowValue) + fraction * double(highValue - lowValue);
}

/** Rounds tenths to one decimal, half up: the same operations as bench/aggregate_reference.py. */
double roundedScore(double tenths)
{
    return std::floor(tenths + 0.5) / 10;
}

ScoreSummary summarize(const std::vector<qint64>& histogram, qint64 n)
{
    ScoreSummary summary;
    summary.count = n;
    qint64 sum = 0;
    for (int v = 0; v < bins; ++v)
        sum += histogram[std::size_t(v)] * v;
    summary.mean = roundedScore(double(sum) / double(n));
    summary.q1 = roundedScore(quantile(histogram, n, 0.25));
    summary.median = roundedScore(quantile(histogram, n, 0.5));
    summary.q3 = roundedScore(quantile(histogram, n, 0.75));
    return summary;
}

/** The groups of one version: cells (sector x size) and their margins. */
class GroupGrid
{
public:
    static int sectors() { return int(groupSectors().size()); }
    static int sizes() { return int(groupSizes().size()); }
    static int cells() { return sectors() * sizes(); }

    /** Whether cell c (inner) belongs to the group (s, z), where s == sectors() means all. */
    static bool contains(int s, int z, int cell)
    {
        return (s == sectors() || cell / sizes() == s) && (z == sizes() || cell % sizes() == z);
    }
};

/** A score (overall or one section): per cell histograms and its suppression table. */
struct ScoreTable
{
    std::vector<qint64> histograms; ///< cells x bins
    SuppressionTable table { { GroupGrid::sectors(), GroupGrid::sizes() } };

    ScoreTable()
        : histograms(std::size_t(GroupGrid::cells() * bins), 0)
    {
    }

    std::vector<qint64> histogram(int s, int z) const
    {
        std::vector<qint64> merged(bins, 0);
        for (int cell = 0; cell < GroupGrid::cells(); ++cell) {
            if (!GroupGrid::contains(s, z, cell))
                continue;
            const qint64* from = histograms.data() + std::size_t(cell) * bins;
            for (int v = 0; v < bins; ++v)
                merged[std::size_t(v)] += from[v];
        }
        return merged;
    }

    void finish(const std::function<bool(int s, int z)>& groupHidden,
        const std::function<qint64(int s, int z)>& groupCount, int k)
    {
        for (int cell = 0; cell < GroupGrid::cells(); ++cell) {
            qint64 n = 0;
            const qint64* from = histograms.data() + std::size_t(cell) * bins;
            for (int v = 0; v < bins; ++v)
                n += from[v];
            if (n > 0)
                table.add({ cell / GroupGrid::sizes(), cell % GroupGrid::sizes() }, n);
        }
        table.computeMargins();
        hideHiddenGroups(table, groupHidden);
        hideSmallComplements(table, groupCount, k);
        table.suppress(k);
    }

    /**
     * A score or step held by all but a few of a shown group tells about those few: a group of 6
     * with a section score for 5 says one business has none. Such an entry is hidden when its
     * complement is 1 to k-1, as a class is beside the others of its group.
     */
    static void hideSmallComplements(
        SuppressionTable& table, const std::function<qint64(int s, int z)>& groupCount, int k)
    {
        for (int s = 0; s <= GroupGrid::sectors(); ++s) {
            for (int z = 0; z <= GroupGrid::sizes(); ++z) {
                const int entry = table.index({ s, z });
                const qint64 rest = groupCount(s, z) - table.count(entry);
                if (table.count(entry) > 0 && rest > 0 && rest < k)
                    table.hide(entry);
            }
        }
    }

    static void hideHiddenGroups(
        SuppressionTable& table, const std::function<bool(int s, int z)>& groupHidden)
    {
        for (int s = 0; s <= GroupGrid::sectors(); ++s) {
            for (int z = 0; z <= GroupGrid::sizes(); ++z) {
                if (groupHidden(s, z))
                    table.hide(table.index({ s, z }));
            }
        }
    }

    std::optional<ScoreSummary> summary(int s, int z) const
    {
        const int entry = table.index({ s, z });
        if (table.isHidden(entry)) {
            ScoreSummary hidden;
            hidden.suppressed = true;
            return hidden;
        }
        if (table.count(entry) == 0)
            return std::nullopt;
        return summarize(histogram(s, z), table.count(entry));
    }
};

/** The tables of one version: groups (by class or level, when the tool has them), scores, steps. */
struct VersionTables
{
    QList<int> values; ///< the distribution's values in their fixed order; empty without one
    SuppressionTable main;
    ScoreTable overall;
    std::vector<ScoreTable> sections;
    std::vector<SuppressionTable> steps;

    explicit VersionTables(const QList<int>& distributionValues)
        : values(distributionValues)
        , main(values.isEmpty() ? QList<int> { GroupGrid::sectors(), GroupGrid::sizes() }
                                : QList<int> { GroupGrid::sectors(), GroupGrid::sizes(), int(values.size()) })
    {
    }

    int valueCount() const { return int(values.size()); }
    int groupEntry(int s, int z) const
    {
        return values.isEmpty() ? main.index({ s, z }) : main.index({ s, z, valueCount() });
    }
    bool groupHidden(int s, int z) const { return main.isHidden(groupEntry(s, z)); }
};

/** The distribution's values, in a fixed order: classes by number or levels by id, "none" last. */
QList<int> distributionValues(const VersionResults& results, bool levels)
{
    QSet<int> seen;
    for (const std::int16_t value : results.category)
        seen.insert(value);
    QList<int> values(seen.begin(), seen.end());
    std::sort(values.begin(), values.end(), [&](int a, int b) {
        if ((a < 0) != (b < 0))
            return b < 0;
        if (levels && a >= 0)
            return results.version.levels.value(a) < results.version.levels.value(b);
        return a < b;
    });
    return values;
}

/** The main table: results per group (and per class or level), suppressed. */
void countGroups(const VersionResults& results, VersionTables& tables, int k)
{
    const int Z = GroupGrid::sizes();
    const int C = tables.valueCount();
    const std::size_t n = std::size_t(results.count());
    QHash<int, int> valueIndex;
    for (int i = 0; i < C; ++i)
        valueIndex.insert(tables.values.at(i), i);
    std::vector<qint64> cellCounts(std::size_t(GroupGrid::cells() * std::max(C, 1)), 0);
    for (std::size_t r = 0; r < n; ++r) {
        const int cell = results.sector[r] * Z + results.size[r];
        const int value = C > 0 ? valueIndex.value(results.category[r]) : 0;
        ++cellCounts[std::size_t(cell * std::max(C, 1) + value)];
    }
    for (int i = 0; i < int(cellCounts.size()); ++i) {
        if (cellCounts[std::size_t(i)] == 0)
            continue;
        const int cell = i / std::max(C, 1);
        if (C > 0)
            tables.main.add({ cell / Z, cell % Z, i % C }, cellCounts[std::size_t(i)]);
        else
            tables.main.add({ cell / Z, cell % Z }, cellCounts[std::size_t(i)]);
    }
    tables.main.computeMargins();
    if (C > 0)
        tables.main.linkAxis(2);
    tables.main.suppress(k);
}

/** The overall score and each section's: histograms per cell, suppressed like the groups. */
void countScores(const VersionResults& results, VersionTables& tables, int k)
{
    const int Z = GroupGrid::sizes();
    const std::size_t n = std::size_t(results.count());
    const auto groupHidden = [&tables](int s, int z) { return tables.groupHidden(s, z); };
    const auto groupCount = [&tables](int s, int z) { return tables.main.count(tables.groupEntry(s, z)); };
    for (std::size_t r = 0; r < n; ++r) {
        if (results.overall[r] >= 0)
            ++tables.overall.histograms[std::size_t(
                (results.sector[r] * Z + results.size[r]) * bins + results.overall[r])];
    }
    tables.overall.finish(groupHidden, groupCount, k);
    tables.sections.resize(results.sections.size());
    for (std::size_t s = 0; s < results.sections.size(); ++s) {
        const std::vector<std::int16_t>& column = results.sections[s];
        qint64* histograms = tables.sections[s].histograms.data();
        for (std::size_t r = 0; r < n; ++r) {
            if (column[r] >= 0)
                ++histograms[std::size_t((results.sector[r] * Z + results.size[r]) * bins + column[r])];
        }
        tables.sections[s].finish(groupHidden, groupCount, k);
    }
}

/** Open steps: one table per step. */
void countSteps(const VersionResults& results, VersionTables& tables, int k)
{
    const int S = GroupGrid::sectors();
    const int Z = GroupGrid::sizes();
    const std::size_t n = std::size_t(results.count());
    const int stepCount = int(results.version.steps.size());
    std::vector<qint64> stepCells(std::size_t(stepCount * S * Z), 0);
    for (std::size_t r = 0; r < n; ++r) {
        const int cell = results.sector[r] * Z + results.size[r];
        for (std::uint32_t i = results.openStart[r]; i < results.openStart[r + 1]; ++i)
            ++stepCells[std::size_t(results.open[i] * S * Z + cell)];
    }
    const auto groupHidden = [&tables](int s, int z) { return tables.groupHidden(s, z); };
    const auto groupCount = [&tables](int s, int z) { return tables.main.count(tables.groupEntry(s, z)); };
    tables.steps.reserve(std::size_t(stepCount));
    for (int j = 0; j < stepCount; ++j) {
        tables.steps.emplace_back(QList<int> { S, Z });
        SuppressionTable& table = tables.steps.back();
        for (int cell = 0; cell < S * Z; ++cell) {
            if (const qint64 count = stepCells[std::size_t(j * S * Z + cell)])
                table.add({ cell / Z, cell % Z }, count);
        }
        table.computeMargins();
        ScoreTable::hideHiddenGroups(table, groupHidden);
        ScoreTable::hideSmallComplements(table, groupCount, k);
        table.suppress(k);
    }
}

/** What group (s, z) publishes, when it is shown. */
void fillGroup(AggregateGroup& group, const VersionTables& tables, const StoredVersion& stored, int s, int z,
    const AggregateOptions& options)
{
    const bool levels = stored.tool == QLatin1String("ot_check");
    group.count = tables.main.count(tables.groupEntry(s, z));
    group.overall = tables.overall.summary(s, z);
    for (std::size_t i = 0; i < tables.sections.size(); ++i) {
        if (const auto summary = tables.sections[i].summary(s, z))
            group.sections.insert(stored.sections.at(qsizetype(i)), *summary);
    }
    for (int c = 0; c < tables.valueCount(); ++c) {
        const int valueEntry = tables.main.index({ s, z, c });
        if (tables.main.count(valueEntry) == 0)
            continue;
        const int value = tables.values.at(c);
        CategoryCount count;
        count.value = value < 0 ? noneValue : levels ? stored.levels.value(value) : QString::number(value);
        count.suppressed = tables.main.isHidden(valueEntry);
        count.count = count.suppressed ? 0 : tables.main.count(valueEntry);
        group.distribution.append(count);
    }
    for (int j = 0; j < int(tables.steps.size()); ++j) {
        const SuppressionTable& table = tables.steps[std::size_t(j)];
        const int stepEntry = table.index({ s, z });
        if (!table.isHidden(stepEntry) && table.count(stepEntry) > 0)
            group.openSteps.append({ stored.steps.at(j), table.count(stepEntry) });
    }
    std::sort(group.openSteps.begin(), group.openSteps.end(), [](const StepCount& a, const StepCount& b) {
        return a.count != b.count ? a.count > b.count : a.stepId < b.stepId;
    });
    if (group.openSteps.size() > options.topSteps)
        group.openSteps.resize(options.topSteps);
}

AggregateVersion aggregateVersion(const VersionResults& results, const AggregateOptions& options)
{
    const int k = options.minGroup;
    const int S = GroupGrid::sectors();
    const int Z = GroupGrid::sizes();
    const StoredVersion& stored = results.version;
    AggregateVersion version;
    version.tool = stored.tool;
    version.questionnaireId = stored.questionnaireId;
    version.questionnaireVersion = stored.questionnaireVersion;
    version.questionnaireHash = stored.questionnaireHash;
    version.sections = stored.sections;
    version.sections.sort();
    const bool riskClasses = stored.tool == QLatin1String("risk_class");
    const bool levels = stored.tool == QLatin1String("ot_check");
    version.distribution = riskClasses ? QStringLiteral("risk_class")
        : levels                       ? QStringLiteral("level")
                                       : QString();

    VersionTables tables(version.distribution.isEmpty() ? QList<int>() : distributionValues(results, levels));
    countGroups(results, tables, k);
    countScores(results, tables, k);
    countSteps(results, tables, k);

    version.suppressed = tables.groupHidden(S, Z);
    if (version.suppressed)
        return version;
    version.results = tables.main.count(tables.groupEntry(S, Z));
    for (int s = 0; s <= S; ++s) {
        for (int z = 0; z <= Z; ++z) {
            const int entry = tables.groupEntry(s, z);
            if (tables.main.count(entry) == 0)
                continue;
            AggregateGroup group;
            group.sector = s < S ? groupSectors().at(s) : allValue;
            group.size = z < Z ? groupSizes().at(z) : allValue;
            if (tables.main.isHidden(entry)) {
                group.suppressed = true;
                ++version.suppressedGroups;
            } else {
                fillGroup(group, tables, stored, s, z, options);
            }
            version.groups.append(group);
        }
    }
    return version;
}

QJsonValue scoreJson(const ScoreSummary& summary)
{
    if (summary.suppressed)
        return QJsonObject { { QStringLiteral("suppressed"), true } };
    return QJsonObject { { QStringLiteral("count"), summary.count }, { QStringLiteral("mean"), summary.mean },
        { QStringLiteral("q1"), summary.q1 }, { QStringLiteral("median"), summary.median },
        { QStringLiteral("q3"), summary.q3 } };
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QString allGroups()
{
    return allValue;
}

std::optional<AggregateReport> computeAggregates(
    const StoredResults& results, const AggregateOptions& options, QString* error)
{
    if (const QString problem = checkMinGroup(options.minGroup); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    AggregateReport report;
    report.minGroup = options.minGroup;
    for (const VersionResults& version : results.versions) {
        if (version.count() == 0)
            continue;
        report.versions.append(aggregateVersion(version, options));
    }
    std::sort(report.versions.begin(), report.versions.end(),
        [](const AggregateVersion& a, const AggregateVersion& b) {
            return std::tie(a.questionnaireId, a.questionnaireVersion, a.questionnaireHash, a.tool)
                < std::tie(b.questionnaireId, b.questionnaireVersion, b.questionnaireHash, b.tool);
        });
    for (const AggregateVersion& version : std::as_const(report.versions)) {
        report.results += version.results;
        report.suppressedGroups += version.suppressedGroups;
    }
    return report;
}

std::optional<AggregateReport> aggregateStore(
    const QString& databasePath, const AggregateOptions& options, QString* error)
{
    if (const QString problem = checkMinGroup(options.minGroup); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    ShareStore store(databasePath);
    if (!store.open(error))
        return std::nullopt;
    const std::optional<StoredResults> results = store.load(error);
    if (!results)
        return std::nullopt;
    return computeAggregates(*results, options, error);
}

QJsonObject aggregatesToJson(const AggregateReport& report)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("zelfscan-aggregates"));
    root.insert(QStringLiteral("schema_version"), 1);
    root.insert(QStringLiteral("synthetic"), report.synthetic);
    if (!report.note.isEmpty()) {
        QJsonObject note;
        for (const QString& language : report.note.languages())
            note.insert(language, report.note.exact(language));
        root.insert(QStringLiteral("note"), note);
    }
    root.insert(QStringLiteral("min_group"), report.minGroup);
    root.insert(QStringLiteral("results"), report.results);
    root.insert(QStringLiteral("suppressed_groups"), report.suppressedGroups);
    // A version with fewer than k results is counted, not named: a questionnaire of one's own
    // (--dir) would otherwise say by its id, version and hash that one of its few users shared.
    const auto suppressedVersions = std::count_if(report.versions.cbegin(), report.versions.cend(),
        [](const AggregateVersion& version) { return version.suppressed; });
    root.insert(QStringLiteral("suppressed_versions"), qint64(suppressedVersions));
    root.insert(QStringLiteral("quartiles"),
        QStringLiteral("linear interpolation between order statistics (type 7), rounded to one decimal"));
    QJsonArray versions;
    for (const AggregateVersion& version : report.versions) {
        if (version.suppressed)
            continue;
        QJsonObject v;
        v.insert(QStringLiteral("tool"), version.tool);
        v.insert(QStringLiteral("questionnaire"),
            QJsonObject { { QStringLiteral("id"), version.questionnaireId },
                { QStringLiteral("version"), version.questionnaireVersion },
                { QStringLiteral("hash"), version.questionnaireHash } });
        v.insert(QStringLiteral("suppressed"), false);
        v.insert(QStringLiteral("results"), version.results);
        v.insert(QStringLiteral("suppressed_groups"), version.suppressedGroups);
        v.insert(QStringLiteral("sections"), QJsonArray::fromStringList(version.sections));
        v.insert(QStringLiteral("distribution"),
            version.distribution.isEmpty() ? QJsonValue() : QJsonValue(version.distribution));
        QJsonArray groups;
        for (const AggregateGroup& group : version.groups) {
            QJsonObject g;
            g.insert(QStringLiteral("sector"), group.sector);
            g.insert(QStringLiteral("size"), group.size);
            g.insert(QStringLiteral("suppressed"), group.suppressed);
            if (!group.suppressed) {
                g.insert(QStringLiteral("count"), group.count);
                if (group.overall)
                    g.insert(QStringLiteral("overall"), scoreJson(*group.overall));
                QJsonObject sections;
                for (auto it = group.sections.begin(); it != group.sections.end(); ++it)
                    sections.insert(it.key(), scoreJson(it.value()));
                g.insert(QStringLiteral("sections"), sections);
                if (!version.distribution.isEmpty()) {
                    QJsonArray distribution;
                    for (const CategoryCount& count : group.distribution) {
                        QJsonObject c { { QStringLiteral("value"), count.value } };
                        if (count.suppressed)
                            c.insert(QStringLiteral("suppressed"), true);
                        else
                            c.insert(QStringLiteral("count"), count.count);
                        distribution.append(c);
                    }
                    g.insert(QStringLiteral("distribution"), distribution);
                }
                QJsonArray steps;
                for (const StepCount& step : group.openSteps)
                    steps.append(QJsonObject {
                        { QStringLiteral("id"), step.stepId }, { QStringLiteral("count"), step.count } });
                g.insert(QStringLiteral("open_steps"), steps);
            }
            groups.append(g);
        }
        v.insert(QStringLiteral("groups"), groups);
        versions.append(v);
    }
    root.insert(QStringLiteral("versions"), versions);
    return root;
}

QList<AggregateRow> aggregateRows(const AggregateReport& report)
{
    QList<AggregateRow> rows;
    for (const AggregateVersion& version : report.versions) {
        if (version.suppressed)
            continue;
        for (const AggregateGroup& group : version.groups) {
            const auto row = [&](const QString& statistic, const QString& key) -> AggregateRow& {
                AggregateRow added;
                added.version = &version;
                added.group = &group;
                added.statistic = statistic;
                added.key = key;
                rows.append(added);
                return rows.last();
            };
            const auto scoreRow = [&](const QString& statistic, const QString& key, const ScoreSummary& s) {
                AggregateRow& r = row(statistic, key);
                r.suppressed = s.suppressed;
                if (!s.suppressed) {
                    r.count = s.count;
                    r.score = s;
                }
            };
            if (group.suppressed) {
                row(QStringLiteral("results"), QString()).suppressed = true;
                continue;
            }
            row(QStringLiteral("results"), QString()).count = group.count;
            if (group.overall)
                scoreRow(QStringLiteral("overall"), QString(), *group.overall);
            for (auto it = group.sections.begin(); it != group.sections.end(); ++it)
                scoreRow(QStringLiteral("section"), it.key(), it.value());
            for (const CategoryCount& count : group.distribution) {
                AggregateRow& r = row(version.distribution, count.value);
                r.suppressed = count.suppressed;
                if (!count.suppressed)
                    r.count = count.count;
            }
            for (const StepCount& step : group.openSteps)
                row(QStringLiteral("open_step"), step.stepId).count = step.count;
        }
    }
    return rows;
}

QByteArray aggregatesToCsv(const AggregateReport& report, const Language& language)
{
    // Separated and with decimal marks as the language's spreadsheets read them. No comment lines:
    // spreadsheets show them as data and most CSV readers trip over them; what they said is in
    // the JSON and XLSX.
    const wording::Notation& notation = wording::notation(language);
    const QChar separator = notation.csvSeparator;
    const auto decimal = [&notation](double value) {
        return number(value).replace(QLatin1Char('.'), notation.csvDecimalMark);
    };
    QStringList lines;
    lines.append(QStringList { QStringLiteral("tool"), QStringLiteral("questionnaire_id"),
        QStringLiteral("questionnaire_version"), QStringLiteral("questionnaire_hash"),
        QStringLiteral("sector"), QStringLiteral("size"), QStringLiteral("statistic"), QStringLiteral("key"),
        QStringLiteral("count"), QStringLiteral("mean"), QStringLiteral("q1"), QStringLiteral("median"),
        QStringLiteral("q3") }
                     .join(separator));
    for (const AggregateRow& row : aggregateRows(report)) {
        // The names as text fields, the numbers after them as they are: a spreadsheet may keep
        // a quoted "72,5" as text.
        QStringList cells { csv::line(
            { row.version->tool, row.version->questionnaireId, row.version->questionnaireVersion,
                row.version->questionnaireHash, row.group->sector, row.group->size, row.statistic, row.key },
            separator) };
        cells.append(row.suppressed ? QStringLiteral("suppressed")
                : row.count         ? QString::number(*row.count)
                                    : QString());
        if (row.score)
            cells << decimal(row.score->mean) << decimal(row.score->q1) << decimal(row.score->median)
                  << decimal(row.score->q3);
        else
            cells << QString() << QString() << QString() << QString();
        lines.append(cells.join(separator));
    }
    return csv::document(lines);
}

bool writeAggregates(
    const AggregateReport& report, const QString& path, QString* error, const Language& language)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return writeFileAtomically(
            path, QJsonDocument(aggregatesToJson(report)).toJson(QJsonDocument::Indented), error);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeFileAtomically(path, aggregatesToCsv(report, language), error);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        const QByteArray bytes = aggregatesToXlsx(report, language, error);
        return !bytes.isEmpty() && writeFileAtomically(path, bytes, error);
    }
    if (error)
        *error = QStringLiteral("cannot tell the format of '%1': use .csv, .xlsx or .json").arg(path);
    return false;
}

} // namespace zelfscan
