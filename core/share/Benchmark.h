// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Aggregate.h"
#include "LocalizedText.h"

#include <QMap>
#include <QString>

#include <optional>

namespace zelfscan {

/** How businesses like the user's scored: the means of one published group. */
struct BenchmarkGroup
{
    QString questionnaireVersion; ///< the version the figures are for
    QString questionnaireHash;
    qint64 count = 0; ///< results in the group
    std::optional<double> overallMean;
    QMap<QString, double> sectionMeans; ///< by section id; suppressed or unscored sections are absent
};

/**
 * The offline benchmark: an aggregates file shipped with Zelfscan (synthetic until real data
 * exists, and labelled so) for "businesses like yours" on the result page.
 */
class Benchmark
{
public:
    /**
     * The bundled file: $ZELFSCAN_BENCHMARK, <bin>/../share/zelfscan/benchmark,
     * <bin>/benchmark, then the source tree's resources/benchmark; empty when none exists.
     */
    static QString defaultPath();

    bool isSynthetic() const { return m_report.synthetic; }
    /** What to tell the user about the data (nl, en); says "synthetic" while it is. */
    LocalizedText note() const { return m_report.note; }
    int minGroup() const { return m_report.minGroup; }
    const AggregateReport& report() const { return m_report; }

    /**
     * The group with this sector and size band (ids as in Profile; allGroups() for a margin) for
     * the questionnaire's version with the most results. Nothing when the group is suppressed,
     * absent, or the questionnaire is not in the file.
     */
    std::optional<BenchmarkGroup> lookup(
        const QString& questionnaireId, const QString& sector, const QString& size) const;
    /** The same for exactly the questionnaire content with @p questionnaireHash. */
    std::optional<BenchmarkGroup> lookup(const QString& questionnaireId, const QString& questionnaireHash,
        const QString& sector, const QString& size) const;

private:
    friend std::optional<Benchmark> loadBenchmark(const QString& path, QString* error);
    std::optional<BenchmarkGroup> groupOf(
        const AggregateVersion& version, const QString& sector, const QString& size) const;

    AggregateReport m_report;
};

/** Reads an aggregates JSON file as a benchmark; nothing (and @p error) when it cannot. */
std::optional<Benchmark> loadBenchmark(const QString& path, QString* error = nullptr);

} // namespace zelfscan
