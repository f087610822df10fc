// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/Share.h"
#include "core/share/ShareImporter.h"
#include "tests/util/ShareFixtures.h"
#include "tests/util/TestTools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

using namespace zelfscan;
using testutil::hashA;
using testutil::hashB;
using testutil::makeShare;

/**
 * Aggregating the store: figures per group and version, every exported count at least k with
 * nothing recoverable, and no personal data in any output, checked against what a reader of the
 * export could work out.
 */
class TestAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsAndAggregates();
    void versionsAreKeptApart();
    void whatAllButAFewHaveIsSuppressed();
    void everyExportedCountIsAtLeastK_data();
    void everyExportedCountIsAtLeastK();
    void plantedDataNeverReachesAggregates();
    void refusesSmallK();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    QString writeLines(const QString& name, const QList<Share>& shares) const
    {
        return testutil::writeShareLines(m_dir->filePath(name), shares);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAggregate::init()
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

// ---- tests -----------------------------------------------------------------------------------

void TestAggregate::importsAndAggregates()
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

void TestAggregate::versionsAreKeptApart()
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
    const QByteArray csv = aggregatesToCsv(*aggregates, Language::english());
    QVERIFY(csv.contains(
        QByteArray("\r\nscan,demo,1.0," + hashA.toLatin1() + ",all,all,section,basics,6,10,10,10,10\r\n")));
    QVERIFY(csv.contains(
        QByteArray("\r\nscan,demo,2.0," + hashB.toLatin1() + ",all,all,section,basics,6,90,90,90,90\r\n")));
}

void TestAggregate::whatAllButAFewHaveIsSuppressed()
{
    // Six businesses; five have a staff score and the step "mfa" open. Shown, those counts of
    // five would say that exactly one business has no staff score and has done "mfa".
    QList<Share> shares;
    for (int i = 0; i < 5; ++i)
        shares << makeShare(
            QStringLiteral("handel"), QStringLiteral("10-49"), 400, 500, { QStringLiteral("mfa") });
    shares << makeShare(QStringLiteral("handel"), QStringLiteral("10-49"), 700, std::nullopt, {});
    importShares(database(), { writeLines(QStringLiteral("six.jsonl"), shares) });
    QString error;
    const auto aggregates = aggregateStore(database(), {}, &error);
    QVERIFY2(aggregates, qPrintable(error));
    const AggregateGroup* group
        = aggregates->versions.first().group(QStringLiteral("handel"), QStringLiteral("10-49"));
    QVERIFY(group && !group->suppressed);
    QCOMPARE(group->count, 6);
    QVERIFY(group->sections.value(QStringLiteral("staff")).suppressed);
    QVERIFY(!group->sections.value(QStringLiteral("basics")).suppressed); // all six have it
    QVERIFY(group->openSteps.isEmpty());
}

void TestAggregate::everyExportedCountIsAtLeastK_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("k=5") << 5;
    QTest::newRow("k=7") << 7;
    QTest::newRow("k=10") << 10;
}

void TestAggregate::everyExportedCountIsAtLeastK()
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
    testutil::checkCounts(json, k);
    for (const QJsonValue& version : json.value(QStringLiteral("versions")).toArray())
        checkNothingRecoverable(version.toObject());

    // The CSV says the same, in either language: a header line, then rows (no '#' comments).
    for (const char* separator : { ",", ";" }) {
        const Language language = separator[0] == ',' ? Language::english() : Language::dutch();
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
                QVERIFY2(!value.contains(language.isDutch() ? '.' : ','), line.constData());
                fractions = fractions || value.contains(language.isDutch() ? ',' : '.');
                bool ok = value.isEmpty();
                if (!value.isEmpty())
                    QLocale(language.isDutch() ? QLocale::Dutch : QLocale::English)
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
    QVERIFY2(writeAggregates(*aggregates, xlsx, &error, Language::english()), qPrintable(error));
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

void TestAggregate::plantedDataNeverReachesAggregates()
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
    const QByteArray csv = aggregatesToCsv(*aggregates, Language::dutch());
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

void TestAggregate::refusesSmallK()
{
    QVERIFY(!checkMinGroup(2).isEmpty());
    // A group of three gives back all three scores from its quartiles and mean.
    QVERIFY(!checkMinGroup(3).isEmpty());
    QVERIFY(!checkMinGroup(4).isEmpty());
    QVERIFY(checkMinGroup(5).isEmpty());
    QString error;
    AggregateOptions options;
    options.minGroup = 2;
    QVERIFY(!computeAggregates({}, options, &error));
    QVERIFY2(error.contains(QStringLiteral("at least 5")), qPrintable(error));
    QVERIFY(!aggregateStore(database(), options, &error));
}

QTEST_GUILESS_MAIN(TestAggregate)
#include "TestAggregate.moc"
