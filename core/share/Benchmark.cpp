// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmark.h"

#include "InputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace zelfscan {

namespace {

constexpr qint64 maxBenchmarkBytes = 64 * 1024 * 1024;
const QString bundledName = QStringLiteral("aggregates-synthetic.json");

} // namespace

QString Benchmark::defaultPath()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("ZELFSCAN_BENCHMARK");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString bin = QCoreApplication::applicationDirPath();
        candidates << bin + QStringLiteral("/../share/zelfscan/benchmark/") + bundledName
                   << bin + QStringLiteral("/benchmark/") + bundledName;
    }
#ifdef ZELFSCAN_SOURCE_BENCHMARK
    candidates << QStringLiteral(ZELFSCAN_SOURCE_BENCHMARK "/") + bundledName;
#endif
    for (const QString& candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

std::optional<BenchmarkGroup> Benchmark::groupOf(
    const AggregateVersion& version, const QString& sector, const QString& size) const
{
    if (version.suppressed)
        return std::nullopt;
    const AggregateGroup* group = version.group(sector, size);
    if (!group || group->suppressed)
        return std::nullopt;
    BenchmarkGroup result;
    result.questionnaireVersion = version.questionnaireVersion;
    result.questionnaireHash = version.questionnaireHash;
    result.count = group->count;
    if (group->overall && !group->overall->suppressed)
        result.overallMean = group->overall->mean;
    for (auto it = group->sections.begin(); it != group->sections.end(); ++it) {
        if (!it->suppressed)
            result.sectionMeans.insert(it.key(), it->mean);
    }
    return result;
}

std::optional<BenchmarkGroup> Benchmark::lookup(
    const QString& questionnaireId, const QString& sector, const QString& size) const
{
    const AggregateVersion* best = nullptr;
    for (const AggregateVersion& version : m_report.versions) {
        if (version.questionnaireId == questionnaireId && !version.suppressed
            && (!best || version.results > best->results))
            best = &version;
    }
    if (!best)
        return std::nullopt;
    return groupOf(*best, sector, size);
}

std::optional<BenchmarkGroup> Benchmark::lookup(const QString& questionnaireId,
    const QString& questionnaireHash, const QString& sector, const QString& size) const
{
    for (const AggregateVersion& version : m_report.versions) {
        if (version.questionnaireId == questionnaireId && version.questionnaireHash == questionnaireHash)
            return groupOf(version, sector, size);
    }
    return std::nullopt;
}

std::optional<Benchmark> loadBenchmark(const QString& path, QString* error)
{
    QString problem;
    const QByteArray bytes = readInputFile(path, maxBenchmarkBytes, &problem);
    std::optional<AggregateReport> report;
    if (problem.isEmpty())
        report = aggregatesFromJson(bytes, &problem);
    if (!report) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return std::nullopt;
    }
    Benchmark benchmark;
    benchmark.m_report = *report;
    return benchmark;
}

} // namespace zelfscan
