// SPDX-License-Identifier: GPL-3.0-or-later
// The staff-side benchmark: import share files into the SQLite store and aggregate them.
// A benchmark, not a test: it prints figures; bench/run-aggregate-bench.sh compares them with
// bench/aggregate_reference.py (plain Python 3) on the same file.
//
//   bench_aggregate generate N OUT.jsonl [SEED]   write N synthetic shares, one per line
//   bench_aggregate run [--k K] [--threads T] [--out OUT.json] INPUT...
#include "bench/SyntheticShares.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/ShareImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace zelfscan;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/**
 * User and system time of every thread so far. On a machine shared with other work the wall time
 * says little; the CPU time is what the import costs.
 */
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/**
 * N shares of the three bundled tools. Running the engine a million times would take minutes,
 * so a pool of engine-made assessments is drawn from, each with a fresh id and period. About 1%
 * of the lines repeat an earlier line (duplicates) and 0.1% have one score changed (tampered).
 */
int generate(qint64 count, const QString& path, std::uint32_t seed)
{
    QuestionnaireCatalog catalog;
    if (hasErrors(catalog.loadDirectory(QStringLiteral(ZELFSCAN_SOURCE_DIR "/questionnaires")))) {
        err << "cannot load the questionnaires\n";
        return 1;
    }
    QList<const Questionnaire*> tools;
    QList<int> weights;
    for (const Questionnaire& questionnaire : catalog.questionnaires()) {
        tools << &questionnaire;
        weights << (questionnaire.kind == QuestionnaireKind::Scan    ? 60
                : questionnaire.kind == QuestionnaireKind::RiskClass ? 28
                                                                     : 12);
    }
    SyntheticShares synthetic(catalog, seed);
    const int poolSize = int(std::min<qint64>(count, 20000));
    QList<Share> pool;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < poolSize; ++i) {
        int roll = int(synthetic.below(100));
        int t = 0;
        while (roll >= weights.at(t)) {
            roll -= weights.at(t);
            ++t;
        }
        pool << synthetic.next(*tools.at(t));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        err << "cannot write " << path << "\n";
        return 1;
    }
    QList<QByteArray> recent;
    QByteArray buffer;
    qint64 duplicates = 0;
    qint64 tampered = 0;
    for (qint64 i = 0; i < count; ++i) {
        QByteArray line;
        const std::uint32_t roll = synthetic.below(1000);
        if (roll < 10 && !recent.isEmpty()) {
            line = recent.at(qsizetype(synthetic.below(std::uint32_t(recent.size()))));
            ++duplicates;
        } else {
            Share share = pool.at(qsizetype(synthetic.below(std::uint32_t(pool.size()))));
            synthetic.renew(share);
            line = serializeShareLine(share);
            if (roll == 10) {
                // Change the first digit of the first section score: a tampered share.
                const qsizetype at = line.indexOf(':', line.indexOf("\"section_scores\":{\"") + 18) + 1;
                if (at > 0 && line.at(at) >= '0' && line.at(at) <= '8') {
                    line[at] = char(line.at(at) + 1);
                    ++tampered;
                }
            }
            if (recent.size() < 1000)
                recent << line;
            else
                recent[qsizetype(synthetic.below(1000))] = line;
        }
        buffer += line;
        buffer += '\n';
        if (buffer.size() > 4 * 1024 * 1024) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.close();
    out << "wrote " << count << " shares to " << path << " (" << file.size() / (1024 * 1024)
        << " MB; pool of " << poolSize << " engine-made assessments, " << duplicates << " duplicate lines, "
        << tampered << " tampered) in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return 0;
}

int runBenchmark(const QStringList& arguments)
{
    AggregateOptions options;
    int threads = 0;
    QString output;
    QStringList inputs;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--k") && i + 1 < arguments.size())
            options.minGroup = arguments.at(++i).toInt();
        else if (argument == QLatin1String("--threads") && i + 1 < arguments.size())
            threads = arguments.at(++i).toInt();
        else if (argument == QLatin1String("--out") && i + 1 < arguments.size())
            output = arguments.at(++i);
        else
            inputs << argument;
    }
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const ImportReport report = importShares(database, inputs, nullptr, {}, threads);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const double importCpu = cpuSeconds() - cpuBefore;
    if (!report.error.isEmpty()) {
        err << report.error << "\n";
        return 1;
    }
    QString error;
    const auto aggregates = aggregateStore(database, options, &error);
    if (!aggregates) {
        err << error << "\n";
        return 1;
    }
    if (!output.isEmpty() && !writeAggregates(*aggregates, output, &error)) {
        err << error << "\n";
        return 1;
    }
    const double totalSeconds = timer.nsecsElapsed() / 1e9;
    const double totalCpu = cpuSeconds() - cpuBefore;
    const auto figure = [](double value) { return QString::number(value, 'f', 2); };
    out << "imported " << report.imported << ", duplicates " << report.duplicates << ", rejected "
        << report.rejected << "\n";
    out << "import (check, dedupe, store):   " << figure(importSeconds) << " s wall, " << figure(importCpu)
        << " s CPU\n";
    out << "aggregate (load, suppress, write): " << figure(totalSeconds - importSeconds) << " s wall, "
        << figure(totalCpu - importCpu) << " s CPU\n";
    out << "wall time: " << figure(totalSeconds) << " s  (target: at most 1.00 s on 2 cores)\n";
    out << "cpu time: " << figure(totalCpu) << " s (user+sys, all threads; at most 2.00 s fits the target)\n";
    out << "peak RSS: " << peakRssMb() << " MB  (target: at most 100 MB)\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("generate") && args.size() >= 3)
        return generate(args.at(1).toLongLong(), args.at(2), args.size() > 3 ? args.at(3).toUInt() : 2026u);
    if (args.value(0) == QLatin1String("run") && args.size() >= 2)
        return runBenchmark(args.mid(1));
    err << "usage: bench_aggregate generate N OUT.jsonl [SEED]\n"
           "       bench_aggregate run [--k K] [--threads T] [--out OUT.json] INPUT...\n";
    return 2;
}
