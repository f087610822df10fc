// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/share/Aggregate.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

/** What a comparison file may be. */
enum class BenchmarkUse {
    Published, ///< only figures DTC staff published from real shares; a synthetic file is refused
    Demo, ///< synthetic figures too, for a demonstration (the app's --demo-comparison)
};

/** Why a file cannot be used as comparison figures. */
enum class BenchmarkProblem {
    None,
    Unreadable, ///< missing, unreadable, damaged, or not a Zelfscan aggregates file
    Synthetic, ///< marked synthetic: made-up figures, refused unless BenchmarkUse::Demo
    Unsafe, ///< k below the smallest allowed, or a published count below k: not a proper export
    Empty, ///< no published figures at all
};

struct BenchmarkAccess;
/**
 * One comparison file for "businesses like yours": an aggregates export (`zelfscan-cli aggregate
 * --out X.json`) that DTC staff publish. Only a Benchmark that loadBenchmark() accepted exists.
 */
class Benchmark
{
public:
    QString path() const { return m_path; }
    bool isSynthetic() const { return m_report.synthetic; }
    /** What the publisher says about the figures (nl, en); may be empty. */
    LocalizedText note() const { return m_report.note; }
    int minGroup() const { return m_report.minGroup; }
    const AggregateReport& report() const { return m_report; }

    /** True when the file holds figures (possibly all suppressed) for exactly this content. */
    bool hasVersion(const QString& questionnaireId, const QString& questionnaireHash) const;
    /**
     * The group with this sector and size band (ids as in Profile; allGroups() for a margin) for
     * exactly the questionnaire content with @p questionnaireHash: other versions are never used,
     * since their parts and questions differ. Nothing when the group is suppressed or absent.
     */
    std::optional<BenchmarkGroup> lookup(const QString& questionnaireId, const QString& questionnaireHash,
        const QString& sector, const QString& size) const;

private:
    friend struct BenchmarkAccess;
    const AggregateVersion* version(const QString& questionnaireId, const QString& questionnaireHash) const;

    QString m_path;
    AggregateReport m_report;
};

/** The outcome of reading one comparison file. */
struct BenchmarkLoad
{
    QString path;
    std::optional<Benchmark> benchmark; ///< set exactly when problem is None
    BenchmarkProblem problem = BenchmarkProblem::None;
    QString detail; ///< what is wrong, in English without the path (logs, tests); the app words it itself

    bool ok() const { return benchmark.has_value(); }
};

/**
 * Reads and checks a comparison file: a valid aggregates JSON, k at least smallestMinGroup, no
 * published count below k, at least one published group, and not synthetic unless @p use is Demo.
 */
BenchmarkLoad readBenchmark(const QString& path, BenchmarkUse use = BenchmarkUse::Published);

/** The name a comparison file loaded by the user gets in the user's comparison folder. */
QString userBenchmarkFileName();

/**
 * Folders an installer fills with published comparison files: <bin>/../share/zelfscan/comparison,
 * then zelfscan/comparison under every GenericDataLocation ($XDG_DATA_HOME, $XDG_DATA_DIRS).
 */
QStringList installedBenchmarkFolders();

/**
 * Checks @p source like readBenchmark() (Published) and only then copies its bytes atomically to
 * @p folder/userBenchmarkFileName(), replacing an earlier one. On any problem nothing changes.
 */
BenchmarkLoad installBenchmark(const QString& source, const QString& folder);

/** How the figures for one questionnaire content and profile were found. */
struct BenchmarkMatch
{
    const Benchmark* source = nullptr; ///< the first file with figures for this content; null when none has
    std::optional<BenchmarkGroup> group; ///< none when that file suppresses or lacks the group
};

/**
 * Every comparison file available, in order of preference. The first file that holds the
 * questionnaire's exact content decides; files are never mixed for one result.
 */
class BenchmarkSet
{
public:
    /**
     * Every *.json file in @p folders, in that order (within a folder by name, last first, so a
     * dated name puts the newest first). Only published figures; the rest is in refused().
     */
    static BenchmarkSet find(const QStringList& folders);
    /** The one file at @p path, synthetic allowed: for a demonstration only. */
    static BenchmarkSet demo(const QString& path);

    const QList<Benchmark>& files() const { return m_files; }
    /** Files that were found but cannot be used, with why. */
    const QList<BenchmarkLoad>& refused() const { return m_refused; }
    bool isEmpty() const { return m_files.isEmpty(); }

    BenchmarkMatch match(const QString& questionnaireId, const QString& questionnaireHash,
        const QString& sector, const QString& size) const;

private:
    void add(BenchmarkLoad load);

    QList<Benchmark> m_files;
    QList<BenchmarkLoad> m_refused;
};

} // namespace zelfscan
