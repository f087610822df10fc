// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/Benchmark.h"
#include "core/share/Share.h"
#include "core/share/ShareImporter.h"
#include "core/share/ShareStore.h"
#include "core/share/Suppression.h"
#include "tests/TestTools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <map>
#include <thread>

using namespace zelfscan;

/**
 * The staff side: importing share files into the SQLite store, aggregating, and small-cell
 * suppression, checked against what a reader of the export could work out.
 */
class TestShareAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void suppressionHidesComplements();
    void suppressionAuditFindsBridges();
    void importsAndAggregates();
    void duplicatesCountOnce();
    void tamperedAndJunkAreRejectedWithReasons();
    void versionsAreKeptApart();
    void everyExportedCountIsAtLeastK_data();
    void everyExportedCountIsAtLeastK();
    void plantedDataNeverReachesAggregates();
    void refusesSmallK();
    void importsInAWorkerThreadWithProgress();
    void cancelLeavesTheStoreUnchanged();
    void refusesForeignDatabase();
    void newStoreOpenedTwiceAtOnce();
    void folderSearchFindsEveryShareFormat();
    void syntheticFiguresAreMarkedAndSuppressed();
    void publishedComparisonFileIsAccepted();
    void syntheticComparisonFileOnlyForADemo();
    void badComparisonFilesAreRefusedWithAReason_data();
    void badComparisonFilesAreRefusedWithAReason();
    void installingComparisonFigures();
    void comparisonFoldersInOrder();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    QString writeLines(const QString& name, const QList<Share>& shares);
    /** The JSON `zelfscan-cli aggregate --out X.json` writes for a few businesses of @p hash. */
    QJsonObject publishedExport(const QString& hash);
    QString writeJson(const QString& name, const QJsonObject& root);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QString hashA = QString(64, QLatin1Char('a'));
static const QString hashB = QString(64, QLatin1Char('b'));
Q_DECLARE_METATYPE(zelfscan::BenchmarkProblem)

static const QString syntheticFigures = QStringLiteral(TEST_DATA_DIR "/comparison/aggregates-synthetic.json");

/** A share of a two-section scan; scores in tenths. */
static Share makeShare(const QString& sector, const QString& size, int basics, std::optional<int> staff,
    const QStringList& open = {}, const QString& hash = hashA, const QString& tool = QStringLiteral("scan"),
    std::optional<int> riskClass = std::nullopt)
{
    Share share;
    share.tool = tool;
    share.questionnaireId = QStringLiteral("demo");
    share.questionnaireVersion = hash == hashA ? QStringLiteral("1.0") : QStringLiteral("2.0");
    share.questionnaireHash = hash;
    share.sector = sector;
    share.size = size;
    share.year = 2026;
    share.quarter = 1;
    share.sectionScores.insert(QStringLiteral("basics"), basics / 10.0);
    share.sectionScores.insert(
        QStringLiteral("staff"), staff ? std::optional<double>(*staff / 10.0) : std::optional<double>());
    share.overall = staff ? std::round((basics + *staff) / 2.0) / 10.0 : basics / 10.0;
    share.riskClass = riskClass;
    share.openSteps = open;
    share.shareId = QUuid::createUuid();
    return share;
}

QString TestShareAggregate::writeLines(const QString& name, const QList<Share>& shares)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (const Share& share : shares)
        file.write(serializeShareLine(share) + '\n');
    return path;
}

void TestShareAggregate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// ---- an independent reader of exports --------------------------------------------------------

/** Which unknowns of A x = b are determined, by exact elimination over the rationals (as doubles of small
 * ints). */
static QList<int> determined(std::vector<std::vector<long double>> rows, int unknowns)
{
    QList<int> result;
    int rank = 0;
    std::vector<int> pivots;
    for (int c = 0; c < unknowns; ++c) {
        int pivot = -1;
        for (int r = rank; r < int(rows.size()); ++r) {
            if (std::fabs(double(rows[std::size_t(r)][std::size_t(c)])) > 1e-9) {
                pivot = r;
                break;
            }
        }
        if (pivot < 0)
            continue;
        std::swap(rows[std::size_t(rank)], rows[std::size_t(pivot)]);
        const long double scale = rows[std::size_t(rank)][std::size_t(c)];
        for (long double& v : rows[std::size_t(rank)])
            v /= scale;
        for (int r = 0; r < int(rows.size()); ++r) {
            if (r == rank)
                continue;
            const long double f = rows[std::size_t(r)][std::size_t(c)];
            for (int j = 0; j < unknowns; ++j)
                rows[std::size_t(r)][std::size_t(j)] -= f * rows[std::size_t(rank)][std::size_t(j)];
        }
        pivots.push_back(c);
        ++rank;
    }
    for (int r = 0; r < rank; ++r) {
        int nonZero = 0;
        for (const long double v : rows[std::size_t(r)])
            nonZero += std::fabs(double(v)) > 1e-9 ? 1 : 0;
        if (nonZero == 1)
            result.append(pivots[std::size_t(r)]);
    }
    return result;
}

/**
 * What a reader of the JSON export knows about one version's group counts and distribution:
 * a published number, "suppressed" (unknown), or nothing listed (zero). Checks that no unknown
 * can be recomputed from the published totals.
 */
static void checkNothingRecoverable(const QJsonObject& version)
{
    QStringList sectors = groupSectors() + QStringList { allGroups() };
    QStringList sizes = groupSizes() + QStringList { allGroups() };
    QStringList values { QStringLiteral("*") }; // "*": the group's own count
    const QJsonArray groups = version.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue& g : groups) {
        for (const QJsonValue& d : g.toObject().value(QStringLiteral("distribution")).toArray()) {
            if (!values.contains(d.toObject().value(QStringLiteral("value")).toString()))
                values.append(d.toObject().value(QStringLiteral("value")).toString());
        }
    }
    // key -> known value or unknown (-1)
    std::map<std::tuple<int, int, int>, long long> known;
    for (int s = 0; s < sectors.size(); ++s)
        for (int z = 0; z < sizes.size(); ++z)
            for (int v = 0; v < values.size(); ++v)
                known[{ s, z, v }] = 0;
    for (const QJsonValue& value : groups) {
        const QJsonObject g = value.toObject();
        const int s = int(sectors.indexOf(g.value(QStringLiteral("sector")).toString()));
        const int z = int(sizes.indexOf(g.value(QStringLiteral("size")).toString()));
        QVERIFY(s >= 0 && z >= 0);
        if (g.value(QStringLiteral("suppressed")).toBool()) {
            for (int v = 0; v < values.size(); ++v)
                known[{ s, z, v }] = -1;
            continue;
        }
        known[{ s, z, 0 }] = g.value(QStringLiteral("count")).toInteger();
        for (const QJsonValue& d : g.value(QStringLiteral("distribution")).toArray()) {
            const int v = int(values.indexOf(d.toObject().value(QStringLiteral("value")).toString()));
            known[{ s, z, v }] = d.toObject().value(QStringLiteral("suppressed")).toBool()
                ? -1
                : d.toObject().value(QStringLiteral("count")).toInteger();
        }
    }
    std::map<std::tuple<int, int, int>, int> unknownIndex;
    for (const auto& [key, value] : known) {
        if (value < 0)
            unknownIndex.emplace(key, int(unknownIndex.size()));
    }
    if (unknownIndex.empty())
        return;
    const int S = int(sectors.size()) - 1;
    const int Z = int(sizes.size()) - 1;
    const int V = int(values.size()); // value 0 is the total of values 1..V-1
    std::vector<std::vector<long double>> rows;
    const auto addLine
        = [&](const QList<std::tuple<int, int, int>>& members, std::tuple<int, int, int> total) {
              std::vector<long double> row(unknownIndex.size(), 0);
              bool any = false;
              for (const auto& member : members) {
                  if (unknownIndex.count(member)) {
                      row[std::size_t(unknownIndex[member])] = 1;
                      any = true;
                  }
              }
              if (unknownIndex.count(total)) {
                  row[std::size_t(unknownIndex[total])] = -1;
                  any = true;
              }
              if (any)
                  rows.push_back(row);
          };
    for (int z = 0; z <= Z; ++z)
        for (int v = 0; v < V; ++v) {
            QList<std::tuple<int, int, int>> members;
            for (int s = 0; s < S; ++s)
                members.append({ s, z, v });
            addLine(members, { S, z, v });
        }
    for (int s = 0; s <= S; ++s)
        for (int v = 0; v < V; ++v) {
            QList<std::tuple<int, int, int>> members;
            for (int z = 0; z < Z; ++z)
                members.append({ s, z, v });
            addLine(members, { s, Z, v });
        }
    if (V > 1) {
        for (int s = 0; s <= S; ++s)
            for (int z = 0; z <= Z; ++z) {
                QList<std::tuple<int, int, int>> members;
                for (int v = 1; v < V; ++v)
                    members.append({ s, z, v });
                addLine(members, { s, z, 0 });
            }
    }
    const QList<int> found = determined(rows, int(unknownIndex.size()));
    QVERIFY2(found.isEmpty(), "a suppressed count can be recomputed from the published ones");
}

/** Every count in an export is at least k; a suppressed one carries no number at all. */
static void checkCounts(const QJsonObject& root, int k)
{
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& value) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("suppressed")).toBool()) {
            QVERIFY(!object.contains(QStringLiteral("count")));
            QVERIFY(!object.contains(QStringLiteral("mean")));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("count"))
                QVERIFY2(it.value().toInteger() >= k, qPrintable(QString::number(it.value().toInteger())));
            walk(it.value());
        }
        for (const QJsonValue& item : value.toArray())
            walk(item);
    };
    for (const QJsonValue& version : root.value(QStringLiteral("versions")).toArray())
        walk(version.toObject().value(QStringLiteral("groups")));
}

// ---- tests -----------------------------------------------------------------------------------

void TestShareAggregate::suppressionHidesComplements()
{
    SuppressionTable table({ 3, 3 });
    const int counts[3][3] = { { 20, 2, 30 }, { 25, 25, 25 }, { 30, 30, 30 } };
    for (int s = 0; s < 3; ++s)
        for (int z = 0; z < 3; ++z)
            table.add({ s, z }, counts[s][z]);
    table.computeMargins();
    QCOMPARE(table.count(table.index({ 3, 3 })), 217);
    QCOMPARE(table.count(table.index({ 0, 3 })), 52);
    table.suppress(5);
    QVERIFY(table.isHidden(table.index({ 0, 1 })));
    // Row 0 and column 1 each need a second hidden cell: the smallest ones.
    QVERIFY(table.isHidden(table.index({ 0, 0 })));
    QVERIFY(table.isHidden(table.index({ 1, 1 })));
    QVERIFY(!table.isHidden(table.index({ 3, 3 })));
    QVERIFY(!table.isHidden(table.index({ 2, 2 })));
    QVERIFY(table.determinedHiddenEntries().isEmpty());
    // Every line with a hidden entry has at least two, holding k or more results together.
    for (int s = 0; s <= 3; ++s) {
        int hidden = 0;
        for (int z = 0; z < 3; ++z)
            hidden += table.isHidden(table.index({ s, z })) ? 1 : 0;
        QVERIFY(hidden != 1);
    }
}

void TestShareAggregate::suppressionAuditFindsBridges()
{
    // Two hidden rectangles joined by one hidden cell: every line has two or more hidden
    // entries, yet the joining cell follows from the totals.
    SuppressionTable table({ 4, 4 });
    for (int s = 0; s < 4; ++s)
        for (int z = 0; z < 4; ++z)
            table.add({ s, z }, 10 + s * 4 + z);
    table.computeMargins();
    for (const auto& [s, z] : QList<std::pair<int, int>> {
             { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 2 }, { 2, 3 }, { 3, 2 }, { 3, 3 }, { 1, 2 } })
        table.hide(table.index({ s, z }));
    QCOMPARE(table.determinedHiddenEntries(), QList<int>({ table.index({ 1, 2 }) }));
    table.suppress(5);
    QVERIFY(table.determinedHiddenEntries().isEmpty());
}

void TestShareAggregate::importsAndAggregates()
{
    QList<Share> shares;
    const int basics[] = { 100, 200, 300, 400, 500, 600 };
    for (const int b : basics)
        shares << makeShare(
            QStringLiteral("handel"), QStringLiteral("10-49"), b, b + 100, { QStringLiteral("mfa") });
    const ImportReport report = importShares(database(), { writeLines(QStringLiteral("a.jsonl"), shares) });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 6);
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(report.rejected, 0);

    QString error;
    const auto aggregates = aggregateStore(database(), {}, &error);
    QVERIFY2(aggregates, qPrintable(error));
    QCOMPARE(aggregates->results, 6);
    QCOMPARE(aggregates->versions.size(), 1);
    const AggregateGroup* group
        = aggregates->versions.first().group(QStringLiteral("handel"), QStringLiteral("10-49"));
    QVERIFY(group && !group->suppressed);
    QCOMPARE(group->count, 6);
    const ScoreSummary basicsSummary = group->sections.value(QStringLiteral("basics"));
    QCOMPARE(basicsSummary.count, 6);
    QCOMPARE(basicsSummary.mean, 35.0);
    QCOMPARE(basicsSummary.q1, 22.5); // type 7: 20 + 0.25 * (30 - 20)
    QCOMPARE(basicsSummary.median, 35.0);
    QCOMPARE(basicsSummary.q3, 47.5);
    QCOMPARE(group->openSteps.size(), 1);
    QCOMPARE(group->openSteps.first().stepId, QStringLiteral("mfa"));
    QCOMPARE(group->openSteps.first().count, 6);
    // The margins equal the only cell.
    QCOMPARE(aggregates->versions.first().group(allGroups(), allGroups())->count, 6);
}

void TestShareAggregate::duplicatesCountOnce()
{
    QList<Share> shares;
    for (int i = 0; i < 6; ++i)
        shares << makeShare(QStringLiteral("zorg"), QStringLiteral("2-9"), 500, 500);
    const QString first = writeLines(QStringLiteral("a.jsonl"), shares);
    const QString copy
        = writeLines(QStringLiteral("copy.jsonl"), { shares.at(0), shares.at(0), shares.at(1) });
    QString error;
    QVERIFY(writeShareFile(shares.at(2), m_dir->filePath(QStringLiteral("one.zelfshare")), &error));
    const ImportReport report
        = importShares(database(), { first, copy, m_dir->filePath(QStringLiteral("one.zelfshare")) });
    QCOMPARE(report.imported, 6);
    QCOMPARE(report.duplicates, 4);
    QCOMPARE(report.rejected, 0);
    // Importing the same again adds nothing.
    const ImportReport again = importShares(database(), { m_dir->path() });
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 10);
    ShareStore store(database());
    QVERIFY(store.open(&error));
    QCOMPARE(store.resultCount(&error), 6);
}

void TestShareAggregate::tamperedAndJunkAreRejectedWithReasons()
{
    QList<Share> shares;
    for (int i = 0; i < 6; ++i)
        shares << makeShare(QStringLiteral("ict"), QStringLiteral("1"), 300 + i, std::nullopt);
    const QString path = writeLines(QStringLiteral("lines.jsonl"), shares);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QVERIFY(lines[2].contains("\"basics\":30.2"));
    lines[2].replace("\"basics\":30.2", "\"basics\":90.2"); // one score changed
    lines.insert(4, "this is not a share");
    lines.insert(5, "");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();

    QDir(m_dir->path()).mkpath(QStringLiteral("sub/deeper"));
    QFile junk(m_dir->filePath(QStringLiteral("sub/deeper/junk.zelfshare")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(200, '\x01'));
    junk.close();
    QFile big(m_dir->filePath(QStringLiteral("sub/big.zelfshare")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(maxShareBytes * 2, '{'));
    big.close();
    QFile ignored(m_dir->filePath(QStringLiteral("sub/notes.txt")));
    QVERIFY(ignored.open(QIODevice::WriteOnly));
    ignored.write("not looked at");
    ignored.close();

    const ImportReport report
        = importShares(database(), { m_dir->path(), m_dir->filePath(QStringLiteral("missing.zelfshare")) });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.rejected, 5);
    QStringList messages;
    for (const ImportProblem& problem : report.problems)
        messages << problem.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(path + QStringLiteral(":3: the file is damaged or altered")), qPrintable(all));
    QVERIFY2(all.contains(path + QStringLiteral(":5: not valid JSON")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("junk.zelfshare: file contains NUL bytes"))
            || all.contains(QStringLiteral("junk.zelfshare: not valid JSON")),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("big.zelfshare: file is larger than 64 KiB")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("missing.zelfshare: no such file or folder")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("notes.txt")));
}

void TestShareAggregate::versionsAreKeptApart()
{
    QList<Share> shares;
    for (int i = 0; i < 6; ++i) {
        shares << makeShare(QStringLiteral("handel"), QStringLiteral("1"), 100, 100, {}, hashA);
        shares << makeShare(QStringLiteral("handel"), QStringLiteral("1"), 900, 900, {}, hashB);
    }
    importShares(database(), { writeLines(QStringLiteral("mixed.jsonl"), shares) });
    QString error;
    const auto aggregates = aggregateStore(database(), {}, &error);
    QVERIFY(aggregates);
    QCOMPARE(aggregates->versions.size(), 2);
    QCOMPARE(aggregates->versions.at(0).questionnaireHash, hashA);
    QCOMPARE(aggregates->versions.at(1).questionnaireHash, hashB);
    for (const AggregateVersion& version : aggregates->versions) {
        QCOMPARE(version.results, 6);
        const double expected = version.questionnaireHash == hashA ? 10.0 : 90.0;
        const AggregateGroup* all = version.group(allGroups(), allGroups());
        QCOMPARE(all->sections.value(QStringLiteral("basics")).mean, expected);
        QCOMPARE(all->sections.value(QStringLiteral("basics")).q1, expected);
        QCOMPARE(all->sections.value(QStringLiteral("basics")).q3, expected);
    }
    QCOMPARE(aggregates->results, 12);
    const QByteArray csv = aggregatesToCsv(*aggregates, QStringLiteral("en"));
    QVERIFY(csv.contains(
        QByteArray("\r\nscan,demo,1.0," + hashA.toLatin1() + ",all,all,section,basics,6,10,10,10,10\r\n")));
    QVERIFY(csv.contains(
        QByteArray("\r\nscan,demo,2.0," + hashB.toLatin1() + ",all,all,section,basics,6,90,90,90,90\r\n")));
}

void TestShareAggregate::everyExportedCountIsAtLeastK_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("k=3") << 3;
    QTest::newRow("k=5") << 5;
    QTest::newRow("k=10") << 10;
}

void TestShareAggregate::everyExportedCountIsAtLeastK()
{
    QFETCH(int, k);
    // Many small groups, a risk class distribution and steps: everything suppression must handle.
    QRandomGenerator random(1234);
    QList<Share> shares;
    const QStringList sectors = groupSectors();
    const QStringList sizes = groupSizes();
    const QStringList steps = { QStringLiteral("mfa"), QStringLiteral("backup"), QStringLiteral("updates") };
    for (int i = 0; i < 700; ++i) {
        // Skewed: a few big groups and a long tail of tiny ones.
        const int s = int(std::min<quint32>(random.bounded(12u), 9u) * random.bounded(2u));
        const int z = int(random.bounded(6u) * random.bounded(2u));
        QStringList open;
        for (const QString& step : steps) {
            if (random.bounded(3u) == 0)
                open << step;
        }
        shares << makeShare(sectors.at(s), sizes.at(z), int(random.bounded(1001u)),
            random.bounded(5u) ? std::optional<int>(int(random.bounded(1001u))) : std::nullopt, open, hashA,
            QStringLiteral("risk_class"), 1 + int(random.bounded(4u) * random.bounded(2u)));
        shares.last().overall = std::nullopt;
    }
    importShares(database(), { writeLines(QStringLiteral("many.jsonl"), shares) });
    QString error;
    AggregateOptions options;
    options.minGroup = k;
    const auto aggregates = aggregateStore(database(), options, &error);
    QVERIFY2(aggregates, qPrintable(error));
    QVERIFY(aggregates->suppressedGroups > 0);
    const QJsonObject json = aggregatesToJson(*aggregates);
    checkCounts(json, k);
    for (const QJsonValue& version : json.value(QStringLiteral("versions")).toArray())
        checkNothingRecoverable(version.toObject());

    // The CSV says the same, in either language: a header line, then rows (no '#' comments).
    for (const char* separator : { ",", ";" }) {
        const QString language = separator[0] == ',' ? QStringLiteral("en") : QStringLiteral("nl");
        const QByteArray csv = aggregatesToCsv(*aggregates, language);
        QVERIFY(csv.startsWith(QByteArray("\xEF\xBB\xBFtool" + QByteArray(separator) + "questionnaire_id")));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        int rows = 0;
        bool fractions = false;
        for (const QByteArray& raw : lines.mid(1)) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            QVERIFY(!line.startsWith('#'));
            const QList<QByteArray> fields = line.split(separator[0]);
            QCOMPARE(fields.size(), 13);
            const QByteArray count = fields.at(8);
            QVERIFY2(count == "suppressed" || count.toLongLong() >= k, line.constData());
            for (const QByteArray& value : fields.mid(9)) {
                // Decimal commas in Dutch, points in English; read back they are the same numbers.
                QVERIFY2(!value.contains(language == QLatin1String("nl") ? '.' : ','), line.constData());
                fractions = fractions || value.contains(language == QLatin1String("nl") ? ',' : '.');
                bool ok = value.isEmpty();
                if (!value.isEmpty())
                    QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English)
                        .toDouble(QString::fromLatin1(value), &ok);
                QVERIFY2(ok, line.constData());
            }
            ++rows;
        }
        QVERIFY(rows > 20);
        QVERIFY(fractions);
    }

    // The workbook: the same rows, suppressed entries marked in words and set apart.
    if (testtools::pythonWithOpenpyxl().isEmpty())
        QSKIP("python3-openpyxl is not installed, so the workbook cannot be opened (apt-get install "
              "python3-openpyxl)");
    QTemporaryDir out;
    const QString xlsx = out.filePath(QStringLiteral("agg.xlsx"));
    QVERIFY2(writeAggregates(*aggregates, xlsx, &error, QStringLiteral("en")), qPrintable(error));
    const QJsonObject book = testtools::readWorkbook(xlsx, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    const QJsonArray figureRows = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
    const QList<AggregateRow> expected = aggregateRows(*aggregates);
    QCOMPARE(figureRows.size(), expected.size() + 1);
    int suppressed = 0;
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject count = figureRows.at(i + 1).toArray().at(8).toObject();
        if (expected.at(i).suppressed) {
            QCOMPARE(count.value(QStringLiteral("value")).toString(), QStringLiteral("suppressed"));
            QVERIFY(count.value(QStringLiteral("italic")).toBool());
            ++suppressed;
        } else if (expected.at(i).count) {
            QCOMPARE(count.value(QStringLiteral("value")).toInteger(), *expected.at(i).count);
            QVERIFY(*expected.at(i).count >= k);
        }
    }
    QVERIFY(suppressed > 0);
    QString about;
    for (const QJsonValue& row : sheets.at(1).toObject().value(QStringLiteral("rows")).toArray()) {
        for (const QJsonValue& cell : row.toArray())
            about += cell.toObject().value(QStringLiteral("value")).toVariant().toString() + QLatin1Char('|');
    }
    QVERIFY2(about.contains(QStringLiteral("Smallest group (k)|%1|").arg(k)), qPrintable(about));
    QVERIFY(about.contains(QStringLiteral("Suppressed groups|%1|").arg(aggregates->suppressedGroups)));

    // Ground truth: in every line whose total is shown, the hidden entries hold 0 or >= k results.
    const AggregateVersion& version = aggregates->versions.first();
    std::map<std::pair<QString, QString>, qint64> truth;
    for (const Share& share : shares) {
        for (const QString& sector : { share.sector, allGroups() })
            for (const QString& size : { share.size, allGroups() })
                ++truth[{ sector, size }];
    }
    for (const QString& sector : sectors + QStringList { allGroups() }) {
        const AggregateGroup* total = version.group(sector, allGroups());
        if (!total || total->suppressed)
            continue;
        qint64 hidden = 0;
        int hiddenCells = 0;
        for (const QString& size : sizes) {
            const AggregateGroup* cell = version.group(sector, size);
            if (cell && cell->suppressed) {
                hidden += truth[{ sector, size }];
                ++hiddenCells;
            }
        }
        QVERIFY(hiddenCells == 0 || (hiddenCells >= 2 && hidden >= k));
    }
}

void TestShareAggregate::plantedDataNeverReachesAggregates()
{
    QuestionnaireCatalog catalog;
    QVERIFY(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    const AssessmentLoadResult loaded
        = loadAssessmentFile(QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan"),
            [&](const QString& id) { return catalog.find(id); });
    QVERIFY(loaded.ok());
    const Questionnaire& questionnaire = *catalog.find(loaded.assessment->answers.questionnaireId);
    const AssessmentResult result = assess(questionnaire, loaded.assessment->answers);
    QString error;
    for (int i = 0; i < 6; ++i) {
        const Share share = buildShare(questionnaire, loaded.assessment->answers, result,
            loaded.assessment->doneSteps, QDate(2026, 5, 20), QUuid::createUuid());
        QVERIFY(writeShareFile(share, m_dir->filePath(QStringLiteral("s%1.zelfshare").arg(i)), &error));
    }
    const ImportReport report = importShares(database(), { m_dir->path() });
    QCOMPARE(report.imported, 6);
    const auto aggregates = aggregateStore(database(), {}, &error);
    QVERIFY(aggregates);
    QVERIFY(aggregates->versions.first().group(QStringLiteral("ict"), QStringLiteral("10-49")));
    const QByteArray csv = aggregatesToCsv(*aggregates, QStringLiteral("nl"));
    const QByteArray json = QJsonDocument(aggregatesToJson(*aggregates)).toJson();
    QFile storeFile(database());
    QVERIFY(storeFile.open(QIODevice::ReadOnly));
    const QByteArray stored = storeFile.readAll();
    for (const char* planted : { "Bakkerij", "Geheimzinnig", "jan.jansen@example.nl", "Jansen", "06-12345678",
             "kluis", "2026-03-14", "2026-05-20", "09:26", "16:41", "partly", "nobody" }) {
        QVERIFY2(!csv.contains(planted), planted);
        QVERIFY2(!json.contains(planted), planted);
        QVERIFY2(!stored.contains(planted), planted);
    }
}

void TestShareAggregate::refusesSmallK()
{
    QVERIFY(!checkMinGroup(2).isEmpty());
    QVERIFY(checkMinGroup(3).isEmpty());
    QString error;
    AggregateOptions options;
    options.minGroup = 2;
    QVERIFY(!computeAggregates({}, options, &error));
    QVERIFY2(error.contains(QStringLiteral("at least 3")), qPrintable(error));
    QVERIFY(!aggregateStore(database(), options, &error));
}

void TestShareAggregate::importsInAWorkerThreadWithProgress()
{
    QList<Share> shares;
    for (int i = 0; i < 3000; ++i)
        shares << makeShare(QStringLiteral("media"), QStringLiteral("250+"), i % 1001, std::nullopt);
    const QString path = writeLines(QStringLiteral("big.jsonl"), shares);

    QThread thread;
    auto* importer = new ShareImporter(database(), { path });
    importer->moveToThread(&thread);
    QList<std::pair<int, int>> progress;
    QList<ImportReport> reports;
    QObject receiver; // lives in this thread: the signals arrive queued, as in the app
    connect(importer, &ShareImporter::progress, &receiver, [&](int done, int total) {
        progress.append({ done, total });
    });
    connect(importer, &ShareImporter::finished, &receiver, [&](const ImportReport& r) { reports.append(r); });
    connect(&thread, &QThread::started, importer, &ShareImporter::run);
    connect(&thread, &QThread::finished, importer, &QObject::deleteLater);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 60000);
    thread.quit();
    QVERIFY(thread.wait(10000));
    QCOMPARE(reports.first().imported, 3000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first, progress.last().second);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
}

void TestShareAggregate::cancelLeavesTheStoreUnchanged()
{
    QList<Share> shares;
    for (int i = 0; i < 30000; ++i)
        shares << makeShare(QStringLiteral("onderwijs"), QStringLiteral("2-9"), i % 1001, i % 777);
    const QString path = writeLines(QStringLiteral("huge.jsonl"), shares);
    QVERIFY(QFileInfo(path).size() > 8 * 1024 * 1024); // more blocks than are ever in flight

    QThread thread;
    auto* importer = new ShareImporter(database(), { path });
    importer->moveToThread(&thread);
    QList<ImportReport> reports;
    QObject receiver;
    // Direct: cancel from the worker's first progress report, before the import can finish.
    connect(
        importer, &ShareImporter::progress, importer, [importer](int, int) { importer->cancel(); },
        Qt::DirectConnection);
    connect(importer, &ShareImporter::finished, &receiver, [&](const ImportReport& r) { reports.append(r); });
    connect(&thread, &QThread::started, importer, &ShareImporter::run);
    connect(&thread, &QThread::finished, importer, &QObject::deleteLater);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 60000);
    thread.quit();
    QVERIFY(thread.wait(10000));
    QVERIFY(reports.first().cancelled);
    QCOMPARE(reports.first().imported, 0);
    QString error;
    ShareStore store(database());
    QVERIFY(store.open(&error));
    QCOMPARE(store.resultCount(&error), 0);
}

void TestShareAggregate::refusesForeignDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customers (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    ShareStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QStringLiteral("not a Zelfscan share database")), qPrintable(error));
    const ImportReport report = importShares(path, { m_dir->path() });
    QVERIFY(!report.ok());
}

void TestShareAggregate::newStoreOpenedTwiceAtOnce()
{
    // The app's window and its import thread may both be first to open a new store.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString path = m_dir->filePath(QStringLiteral("new-%1.sqlite").arg(attempt));
        QString errors[2];
        bool opened[2] = { false, false };
        std::thread other([&] {
            ShareStore store(path);
            opened[1] = store.open(&errors[1]);
        });
        {
            ShareStore store(path);
            opened[0] = store.open(&errors[0]);
        }
        other.join();
        QVERIFY2(opened[0], qPrintable(errors[0]));
        QVERIFY2(opened[1], qPrintable(errors[1]));
        ShareStore again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(again.resultCount(&error), 0);
    }
}

void TestShareAggregate::folderSearchFindsEveryShareFormat()
{
    const QDir folder(m_dir->path());
    QVERIFY(folder.mkpath(QStringLiteral("in/sub")));
    for (const char* name :
        { "in/a.zelfshare", "in/b.jsonl", "in/c.ndjson", "in/notes.txt", "in/sub/d.ZELFSHARE" }) {
        QFile file(folder.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QList<ImportProblem> problems;
    const QStringList files = shareInputFiles(
        { folder.filePath(QStringLiteral("in")), folder.filePath(QStringLiteral("missing")) }, &problems);
    QStringList names;
    for (const QString& file : files)
        names.append(folder.relativeFilePath(file));
    QCOMPARE(names,
        QStringList({ QStringLiteral("in/a.zelfshare"), QStringLiteral("in/b.jsonl"),
            QStringLiteral("in/c.ndjson"), QStringLiteral("in/sub/d.ZELFSHARE") }));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().reason.contains(QStringLiteral("no such file")));
}

void TestShareAggregate::syntheticFiguresAreMarkedAndSuppressed()
{
    // The made-up figures for tests and demos: marked, and suppressed like a real export.
    const QString path = syntheticFigures;
    const BenchmarkLoad load = readBenchmark(path, BenchmarkUse::Demo);
    QVERIFY2(load.ok(), qPrintable(load.detail));
    const std::optional<Benchmark>& benchmark = load.benchmark;
    QVERIFY(benchmark->isSynthetic());
    QVERIFY(benchmark->note().text(QStringLiteral("nl")).contains(QStringLiteral("synthetisch")));
    QVERIFY(benchmark->note().text(QStringLiteral("en")).contains(QStringLiteral("synthetic")));
    QVERIFY(benchmark->minGroup() >= smallestMinGroup);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(json.value(QStringLiteral("synthetic")).toBool());
    checkCounts(json, benchmark->minGroup());

    // Every bundled questionnaire is in it. A questionnaire edited since the file was made has
    // another hash: then only a warning, since content authors should not have a failing test
    // for that (docs/share-format.md says how to regenerate the file). Tests that need figures
    // for the current content make their own.
    QuestionnaireCatalog catalog;
    QVERIFY(!hasErrors(catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    int published = 0;
    int suppressed = 0;
    for (const Questionnaire& questionnaire : catalog.questionnaires()) {
        const AggregateVersion* version = nullptr;
        for (const AggregateVersion& v : benchmark->report().versions) {
            if (v.questionnaireId == questionnaire.id && (!version || v.results > version->results))
                version = &v;
        }
        QVERIFY2(version, qPrintable(questionnaire.id));
        const bool current = version->questionnaireHash == questionnaire.contentHash;
        if (!current)
            qWarning("%s changed since tests/data/comparison/aggregates-synthetic.json was made; regenerate "
                     "it with make_synthetic_benchmark",
                qPrintable(questionnaire.id));
        for (const QString& sector : groupSectors()) {
            for (const QString& size : groupSizes()) {
                const auto byId
                    = benchmark->lookup(questionnaire.id, version->questionnaireHash, sector, size);
                const AggregateGroup* group = version->group(sector, size);
                if (!group || group->suppressed) {
                    QVERIFY(!byId);
                    suppressed += group ? 1 : 0;
                    continue;
                }
                QVERIFY(byId);
                QVERIFY(byId->count >= benchmark->minGroup());
                for (auto it = byId->sectionMeans.begin(); it != byId->sectionMeans.end(); ++it) {
                    QVERIFY(!current || questionnaire.section(it.key()));
                    QVERIFY(it.value() >= 0 && it.value() <= 100);
                }
                ++published;
            }
        }
        QVERIFY(benchmark->lookup(questionnaire.id, version->questionnaireHash, allGroups(), allGroups()));
        // Never figures for other content, not even of the same questionnaire.
        QVERIFY(!benchmark->lookup(questionnaire.id, hashA, allGroups(), allGroups()));
    }
    QVERIFY(published > 20);
    QVERIFY(suppressed > 0); // the synthetic data has small groups too, and they are hidden
    QVERIFY(!benchmark->hasVersion(QStringLiteral("no_such_tool"), hashA));
}

QJsonObject TestShareAggregate::publishedExport(const QString& hash)
{
    QFile::remove(database()); // each export its own store
    QList<Share> shares;
    for (int i = 0; i < 6; ++i)
        shares << makeShare(QStringLiteral("handel"), QStringLiteral("10-49"), 300 + 100 * i, 500,
            { QStringLiteral("mfa") }, hash);
    const ImportReport report
        = importShares(database(), { writeLines(QStringLiteral("published.jsonl"), shares) });
    if (!report.ok())
        qFatal("import failed: %s", qPrintable(report.error));
    QString error;
    const std::optional<AggregateReport> aggregates = aggregateStore(database(), {}, &error);
    if (!aggregates)
        qFatal("aggregate failed: %s", qPrintable(error));
    // Exactly what the CLI writes: through writeAggregates() to a .json file.
    const QString path = m_dir->filePath(QStringLiteral("export.json"));
    if (!writeAggregates(*aggregates, path, &error))
        qFatal("write failed: %s", qPrintable(error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString TestShareAggregate::writeJson(const QString& name, const QJsonObject& root)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
    return path;
}

void TestShareAggregate::publishedComparisonFileIsAccepted()
{
    const QString path = writeJson(QStringLiteral("published.json"), publishedExport(hashA));
    const BenchmarkLoad load = readBenchmark(path);
    QVERIFY2(load.ok(), qPrintable(load.detail));
    QCOMPARE(load.problem, BenchmarkProblem::None);
    QCOMPARE(load.benchmark->path(), path);
    QVERIFY(!load.benchmark->isSynthetic());
    QVERIFY(load.benchmark->hasVersion(QStringLiteral("demo"), hashA));
    const std::optional<BenchmarkGroup> group = load.benchmark->lookup(
        QStringLiteral("demo"), hashA, QStringLiteral("handel"), QStringLiteral("10-49"));
    QVERIFY(group);
    QCOMPARE(group->count, 6);
    QCOMPARE(group->sectionMeans.value(QStringLiteral("basics")), 55.0);
    // A group without figures gets none, and neither does other content.
    QVERIFY(!load.benchmark->lookup(
        QStringLiteral("demo"), hashA, QStringLiteral("zorg"), QStringLiteral("2-9")));
    QVERIFY(!load.benchmark->lookup(
        QStringLiteral("demo"), hashB, QStringLiteral("handel"), QStringLiteral("10-49")));
    // A demonstration may show real figures too; they are not made up, so not labelled so.
    const BenchmarkLoad demo = readBenchmark(path, BenchmarkUse::Demo);
    QVERIFY(demo.ok() && !demo.benchmark->isSynthetic());
}

void TestShareAggregate::syntheticComparisonFileOnlyForADemo()
{
    const BenchmarkLoad published = readBenchmark(syntheticFigures);
    QVERIFY(!published.ok());
    QCOMPARE(published.problem, BenchmarkProblem::Synthetic);
    QVERIFY2(published.detail.contains(QStringLiteral("synthetic")), qPrintable(published.detail));
    const BenchmarkLoad demo = readBenchmark(syntheticFigures, BenchmarkUse::Demo);
    QVERIFY2(demo.ok(), qPrintable(demo.detail));
    QVERIFY(demo.benchmark->isSynthetic());

    // The mark decides, wherever the file lies and whatever it is called.
    QJsonObject root = publishedExport(hashA);
    root.insert(QStringLiteral("synthetic"), true);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("installed")));
    const QString path = writeJson(QStringLiteral("installed/dtc.json"), root);
    QCOMPARE(readBenchmark(path).problem, BenchmarkProblem::Synthetic);
    const BenchmarkSet set = BenchmarkSet::find({ m_dir->filePath(QStringLiteral("installed")) });
    QVERIFY(set.isEmpty());
    QCOMPARE(set.refused().size(), 1);
    QCOMPARE(set.refused().first().problem, BenchmarkProblem::Synthetic);
}

void TestShareAggregate::badComparisonFilesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: take the export and change it with "edit"
    QTest::addColumn<QString>("edit");
    QTest::addColumn<BenchmarkProblem>("problem");
    QTest::addColumn<QString>("detail");
    QTest::newRow("cut off") << QByteArray("{\"format\": \"zelfscan-aggregates\", \"schema_vers") << QString()
                             << BenchmarkProblem::Unreadable << QStringLiteral("not valid JSON");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QString()
                            << BenchmarkProblem::Unreadable << QString();
    QTest::newRow("empty") << QByteArray(" ") << QString() << BenchmarkProblem::Unreadable << QString();
    QTest::newRow("other format") << QByteArray("{\"format\": \"zelfscan-share\"}") << QString()
                                  << BenchmarkProblem::Unreadable
                                  << QStringLiteral("not a Zelfscan aggregates file");
    QTest::newRow("newer schema") << QByteArray() << QStringLiteral("schema") << BenchmarkProblem::Unreadable
                                  << QStringLiteral("schema_version");
    QTest::newRow("count not a number") << QByteArray() << QStringLiteral("text count")
                                        << BenchmarkProblem::Unreadable << QStringLiteral("whole number");
    QTest::newRow("k of 2") << QByteArray() << QStringLiteral("k=2") << BenchmarkProblem::Unsafe
                            << QStringLiteral("at least 3");
    QTest::newRow("group below k") << QByteArray() << QStringLiteral("small group")
                                   << BenchmarkProblem::Unsafe << QStringLiteral("handel/10-49");
    QTest::newRow("version below k") << QByteArray() << QStringLiteral("small version")
                                     << BenchmarkProblem::Unsafe << QStringLiteral("in all");
    QTest::newRow("everything hidden") << QByteArray() << QStringLiteral("all hidden")
                                       << BenchmarkProblem::Empty << QStringLiteral("no published figures");
}

void TestShareAggregate::badComparisonFilesAreRefusedWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, edit);
    QFETCH(BenchmarkProblem, problem);
    QFETCH(QString, detail);
    if (bytes.isEmpty()) {
        QJsonObject root = publishedExport(hashA);
        QJsonArray versions = root.value(QStringLiteral("versions")).toArray();
        QJsonObject version = versions.first().toObject();
        QJsonArray groups = version.value(QStringLiteral("groups")).toArray();
        if (edit == QLatin1String("schema"))
            root.insert(QStringLiteral("schema_version"), 2);
        if (edit == QLatin1String("k=2"))
            root.insert(QStringLiteral("min_group"), 2);
        if (edit == QLatin1String("small version"))
            version.insert(QStringLiteral("results"), 4);
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QJsonObject group = groups.at(g).toObject();
            if (edit == QLatin1String("all hidden"))
                group = { { QStringLiteral("sector"), group.value(QStringLiteral("sector")) },
                    { QStringLiteral("size"), group.value(QStringLiteral("size")) },
                    { QStringLiteral("suppressed"), true } };
            else if (group.value(QStringLiteral("sector")) == QStringLiteral("handel")
                && group.value(QStringLiteral("size")) == QStringLiteral("10-49"))
                group.insert(QStringLiteral("count"),
                    edit == QLatin1String("text count")
                        ? QJsonValue(QStringLiteral("six"))
                        : QJsonValue(edit == QLatin1String("small group") ? 2 : 6));
            groups.replace(g, group);
        }
        version.insert(QStringLiteral("groups"), groups);
        versions.replace(0, version);
        root.insert(QStringLiteral("versions"), versions);
        bytes = QJsonDocument(root).toJson();
    }
    const QString path = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const BenchmarkLoad load = readBenchmark(path, BenchmarkUse::Demo);
    QVERIFY(!load.ok());
    QCOMPARE(load.problem, problem);
    QVERIFY(!load.detail.isEmpty());
    QVERIFY2(load.detail.contains(detail), qPrintable(load.detail));
    QCOMPARE(load.path, path);
}

void TestShareAggregate::installingComparisonFigures()
{
    const QString folder = m_dir->filePath(QStringLiteral("data/comparison")); // does not exist yet
    const QString target = QDir(folder).filePath(userBenchmarkFileName());
    const QString good = writeJson(QStringLiteral("dtc-2026.json"), publishedExport(hashA));
    QFile source(good);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = source.readAll();

    BenchmarkLoad load = installBenchmark(good, folder);
    QVERIFY2(load.ok(), qPrintable(load.detail));
    QCOMPARE(load.benchmark->path(), target);
    QFile installed(target);
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(installed.readAll(), goodBytes); // a copy, byte for byte
    installed.close();

    // Nothing that fails a check replaces what is there, and nothing is left beside it.
    QFile damaged(m_dir->filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(goodBytes.left(goodBytes.size() / 2));
    damaged.close();
    for (const QString& bad :
        { damaged.fileName(), syntheticFigures, m_dir->filePath(QStringLiteral("missing.json")) }) {
        load = installBenchmark(bad, folder);
        QVERIFY2(!load.ok(), qPrintable(bad));
        QVERIFY(load.problem != BenchmarkProblem::None);
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), goodBytes);
        installed.close();
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { userBenchmarkFileName() });
    }

    // Loading the file already in place changes nothing either.
    QVERIFY(installBenchmark(target, folder).ok());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { userBenchmarkFileName() });

    // A folder that cannot be written is a problem, not a crash.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
    file.close();
    load = installBenchmark(good, blocked + QStringLiteral("/comparison"));
    QVERIFY(!load.ok());
    QVERIFY(!load.detail.isEmpty());
}

void TestShareAggregate::comparisonFoldersInOrder()
{
    const QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("user")));
    QVERIFY(dir.mkpath(QStringLiteral("system/zelfscan/comparison")));
    const QString user = dir.filePath(QStringLiteral("user"));
    const QString system = dir.filePath(QStringLiteral("system/zelfscan/comparison"));
    // The user's file has version A; the installed ones A and B, and one made-up file.
    QFile::rename(writeJson(QStringLiteral("a.json"), publishedExport(hashA)),
        user + QStringLiteral("/aggregates.json"));
    QJsonObject both = publishedExport(hashB);
    QJsonArray versions = both.value(QStringLiteral("versions")).toArray();
    QJsonObject a = publishedExport(hashA);
    versions.prepend(a.value(QStringLiteral("versions")).toArray().first());
    both.insert(QStringLiteral("versions"), versions);
    QFile::rename(writeJson(QStringLiteral("b.json"), both), system + QStringLiteral("/dtc-2026-q3.json"));
    QFile::copy(syntheticFigures, system + QStringLiteral("/aggregates-synthetic.json"));
    QFile notJson(system + QStringLiteral("/README.txt"));
    QVERIFY(notJson.open(QIODevice::WriteOnly));
    notJson.close();

    // An installer's folder is found through the XDG data folders, as on a Debian system.
    const QByteArray saved = qgetenv("XDG_DATA_DIRS");
    qputenv("XDG_DATA_DIRS", dir.filePath(QStringLiteral("system")).toLocal8Bit());
    const QStringList installed = installedBenchmarkFolders();
    qputenv("XDG_DATA_DIRS", saved);
    QVERIFY2(installed.contains(QFileInfo(system).canonicalFilePath()), qPrintable(installed.join(u',')));

    const BenchmarkSet set = BenchmarkSet::find(QStringList { user, QFileInfo(system).canonicalFilePath() });
    QCOMPARE(set.files().size(), 2);
    QCOMPARE(set.refused().size(), 1);
    QCOMPARE(set.refused().first().problem, BenchmarkProblem::Synthetic);
    const QString handel = QStringLiteral("handel");
    const QString size = QStringLiteral("10-49");
    // The first file with the exact content decides.
    BenchmarkMatch match = set.match(QStringLiteral("demo"), hashA, handel, size);
    QVERIFY(match.source && match.group);
    QVERIFY(match.source->path().startsWith(user));
    match = set.match(QStringLiteral("demo"), hashB, handel, size);
    QVERIFY(match.source && match.group);
    QVERIFY(match.source->path().endsWith(QStringLiteral("dtc-2026-q3.json")));
    // A group the deciding file lacks: no figures, and no other file is asked.
    match = set.match(QStringLiteral("demo"), hashA, QStringLiteral("zorg"), QStringLiteral("2-9"));
    QVERIFY(match.source && !match.group);
    match = set.match(QStringLiteral("demo"), QString(64, QLatin1Char('c')), handel, size);
    QVERIFY(!match.source && !match.group);
    QVERIFY(BenchmarkSet::find({ dir.filePath(QStringLiteral("nowhere")) }).isEmpty());

    // Demo: only the one file, made-up figures allowed.
    const BenchmarkSet demo = BenchmarkSet::demo(syntheticFigures);
    QCOMPARE(demo.files().size(), 1);
    QVERIFY(demo.files().first().isSynthetic());
    QCOMPARE(BenchmarkSet::demo(dir.filePath(QStringLiteral("missing.json"))).refused().first().problem,
        BenchmarkProblem::Unreadable);
}

QTEST_GUILESS_MAIN(TestShareAggregate)
#include "TestShareAggregate.moc"
