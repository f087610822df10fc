// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Benchmark.h"

#include "core/io/InputGuard.h"
#include "core/io/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace zelfscan {

namespace {

constexpr qint64 maxBenchmarkBytes = 64 * 1024 * 1024;

QString where(const AggregateVersion& version, const AggregateGroup& group)
{
    return QStringLiteral("%1 %2, %3/%4")
        .arg(version.questionnaireId, version.questionnaireVersion, group.sector, group.size);
}

/** "1 result", "3 results". */
QString results(qint64 count)
{
    return count == 1 ? QStringLiteral("1 result") : QStringLiteral("%1 results").arg(count);
}

/**
 * A real export never publishes a number below its own k (docs/share-format.md). A file that
 * does was edited or made by something else, and could point at a single business.
 */
QString unsafeFigures(const AggregateReport& report)
{
    if (const QString problem = checkMinGroup(report.minGroup); !problem.isEmpty())
        return problem;
    const qint64 k = report.minGroup;
    auto below = [k](qint64 count) { return count > 0 && count < k; };
    for (const AggregateVersion& version : report.versions) {
        if (version.suppressed)
            continue;
        if (version.results < k)
            return QStringLiteral("%1 %2: %3 in all, fewer than the file's smallest group size %4")
                .arg(version.questionnaireId, version.questionnaireVersion, results(version.results))
                .arg(k);
        for (const AggregateGroup& group : version.groups) {
            if (group.suppressed)
                continue;
            QString problem;
            if (group.count < k)
                problem = QStringLiteral("the group has %1").arg(results(group.count));
            else if (group.overall && !group.overall->suppressed && below(group.overall->count))
                problem = QStringLiteral("its overall score has %1").arg(results(group.overall->count));
            for (auto it = group.sections.begin(); problem.isEmpty() && it != group.sections.end(); ++it) {
                if (!it->suppressed && below(it->count))
                    problem = QStringLiteral("part %1 has %2").arg(it.key(), results(it->count));
            }
            for (const CategoryCount& value : group.distribution) {
                if (problem.isEmpty() && !value.suppressed && below(value.count))
                    problem = QStringLiteral("%1 %2 has %3")
                                  .arg(version.distribution, value.value, results(value.count));
            }
            for (const StepCount& step : group.openSteps) {
                if (problem.isEmpty() && below(step.count))
                    problem = QStringLiteral("step %1 has %2").arg(step.stepId, results(step.count));
            }
            if (!problem.isEmpty())
                return QStringLiteral("%1: %2, fewer than the file's smallest group size %3")
                    .arg(where(version, group), problem)
                    .arg(k);
        }
    }
    return {};
}

bool hasFigures(const AggregateReport& report)
{
    for (const AggregateVersion& version : report.versions) {
        for (const AggregateGroup& group : version.groups) {
            if (!version.suppressed && !group.suppressed)
                return true;
        }
    }
    return false;
}

BenchmarkLoad fail(BenchmarkLoad load, BenchmarkProblem problem, const QString& detail)
{
    load.benchmark.reset();
    load.problem = problem;
    load.detail = detail;
    return load;
}

} // namespace

const AggregateVersion* Benchmark::version(
    const QString& questionnaireId, const QString& questionnaireHash) const
{
    for (const AggregateVersion& version : m_report.versions) {
        if (version.questionnaireId == questionnaireId && version.questionnaireHash == questionnaireHash)
            return &version;
    }
    return nullptr;
}

bool Benchmark::hasVersion(const QString& questionnaireId, const QString& questionnaireHash) const
{
    return version(questionnaireId, questionnaireHash) != nullptr;
}

std::optional<BenchmarkGroup> Benchmark::lookup(const QString& questionnaireId,
    const QString& questionnaireHash, const QString& sector, const QString& size) const
{
    const AggregateVersion* found = version(questionnaireId, questionnaireHash);
    if (!found || found->suppressed)
        return std::nullopt;
    const AggregateGroup* group = found->group(sector, size);
    if (!group || group->suppressed)
        return std::nullopt;
    BenchmarkGroup result;
    result.questionnaireVersion = found->questionnaireVersion;
    result.questionnaireHash = found->questionnaireHash;
    result.count = group->count;
    if (group->overall && !group->overall->suppressed)
        result.overallMean = group->overall->mean;
    for (auto it = group->sections.begin(); it != group->sections.end(); ++it) {
        if (!it->suppressed)
            result.sectionMeans.insert(it.key(), it->mean);
    }
    return result;
}

struct BenchmarkAccess
{
    /** The checks of readBenchmark() on bytes already read, so installing copies exactly what was checked. */
    static BenchmarkLoad check(
        const QString& path, const QByteArray& bytes, const QString& readProblem, BenchmarkUse use);
    static void setPath(Benchmark& benchmark, const QString& path) { benchmark.m_path = path; }
};

BenchmarkLoad BenchmarkAccess::check(
    const QString& path, const QByteArray& bytes, const QString& readProblem, BenchmarkUse use)
{
    BenchmarkLoad load;
    load.path = path;
    if (!readProblem.isEmpty())
        return fail(load, BenchmarkProblem::Unreadable, readProblem);
    QString problem;
    std::optional<AggregateReport> report = aggregatesFromJson(bytes, &problem);
    if (!report)
        return fail(load, BenchmarkProblem::Unreadable, problem);
    if (report->synthetic && use != BenchmarkUse::Demo)
        return fail(load, BenchmarkProblem::Synthetic,
            QStringLiteral("marked synthetic: made-up figures, not results of real businesses"));
    if (const QString unsafe = unsafeFigures(*report); !unsafe.isEmpty())
        return fail(load, BenchmarkProblem::Unsafe, unsafe);
    if (!hasFigures(*report))
        return fail(
            load, BenchmarkProblem::Empty, QStringLiteral("no published figures: every group is suppressed"));
    Benchmark benchmark;
    benchmark.m_path = path;
    benchmark.m_report = std::move(*report);
    load.benchmark = std::move(benchmark);
    return load;
}

BenchmarkLoad readBenchmark(const QString& path, BenchmarkUse use)
{
    QString problem;
    const QByteArray bytes = readInputFile(path, maxBenchmarkBytes, &problem);
    return BenchmarkAccess::check(path, bytes, problem, use);
}

QString userBenchmarkFileName()
{
    return QStringLiteral("aggregates.json");
}

QStringList installedBenchmarkFolders()
{
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/zelfscan/comparison");
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
        QStringLiteral("zelfscan/comparison"), QStandardPaths::LocateDirectory);
    QStringList existing;
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfo info(folder);
        const QString canonical = info.canonicalFilePath();
        if (info.isDir() && !existing.contains(canonical))
            existing.append(canonical);
    }
    return existing;
}

BenchmarkLoad installBenchmark(const QString& source, const QString& folder)
{
    QString problem;
    const QByteArray bytes = readInputFile(source, maxBenchmarkBytes, &problem);
    BenchmarkLoad load = BenchmarkAccess::check(source, bytes, problem, BenchmarkUse::Published);
    if (!load.ok())
        return load;
    const QString target = QDir(folder).filePath(userBenchmarkFileName());
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return load; // already in place
    QString error;
    if (!QDir().mkpath(folder) || !writeFileAtomically(target, bytes, &error))
        return fail(load, BenchmarkProblem::Unreadable,
            QStringLiteral("cannot write %1: %2")
                .arg(QDir::toNativeSeparators(target),
                    error.isEmpty() ? QStringLiteral("cannot create the folder") : error));
    BenchmarkAccess::setPath(*load.benchmark, target);
    return load;
}

BenchmarkSet BenchmarkSet::find(const QStringList& folders)
{
    BenchmarkSet set;
    QStringList seen;
    for (const QString& folder : folders) {
        QStringList names
            = QDir(folder).entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
        std::reverse(names.begin(), names.end());
        for (const QString& name : std::as_const(names)) {
            const QString path = QDir(folder).filePath(name);
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.append(canonical);
            set.add(readBenchmark(path, BenchmarkUse::Published));
        }
    }
    return set;
}

BenchmarkSet BenchmarkSet::demo(const QString& path)
{
    BenchmarkSet set;
    set.add(readBenchmark(path, BenchmarkUse::Demo));
    return set;
}

void BenchmarkSet::add(BenchmarkLoad load)
{
    if (load.ok())
        m_files.append(std::move(*load.benchmark));
    else
        m_refused.append(std::move(load));
}

BenchmarkMatch BenchmarkSet::match(const QString& questionnaireId, const QString& questionnaireHash,
    const QString& sector, const QString& size) const
{
    for (const Benchmark& file : m_files) {
        if (file.hasVersion(questionnaireId, questionnaireHash))
            return { &file, file.lookup(questionnaireId, questionnaireHash, sector, size) };
    }
    return {};
}

} // namespace zelfscan
