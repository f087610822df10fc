// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Aggregate.h"
#include "core/share/Benchmark.h"
#include "core/share/ShareImporter.h"
#include "tests/util/Files.h"
#include "tests/util/ShareFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zelfscan;
using testutil::hashA;
using testutil::hashB;
using testutil::makeShare;

/**
 * Comparison figures (Benchmark): published exports accepted, made-up ones only for a demo, bad
 * files refused with a reason, installing a file, and the order of the folders searched.
 */
class TestBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void syntheticFiguresAreMarkedAndSuppressed();
    void publishedComparisonFileIsAccepted();
    void syntheticComparisonFileOnlyForADemo();
    void badComparisonFilesAreRefusedWithAReason_data();
    void badComparisonFilesAreRefusedWithAReason();
    void installingComparisonFigures();
    void comparisonFoldersInOrder();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    QString writeLines(const QString& name, const QList<Share>& shares) const
    {
        return testutil::writeShareLines(m_dir->filePath(name), shares);
    }
    /** The JSON `zelfscan-cli aggregate --out X.json` writes for a few businesses of @p hash. */
    QJsonObject publishedExport(const QString& hash);
    QString writeJson(const QString& name, const QJsonObject& root);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Q_DECLARE_METATYPE(zelfscan::BenchmarkProblem)

static const QString syntheticFigures = QStringLiteral(TEST_DATA_DIR "/comparison/aggregates-synthetic.json");

void TestBenchmark::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestBenchmark::publishedExport(const QString& hash)
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

QString TestBenchmark::writeJson(const QString& name, const QJsonObject& root)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
    return path;
}

void TestBenchmark::syntheticFiguresAreMarkedAndSuppressed()
{
    // The made-up figures for tests and demos: marked, and suppressed like a real export.
    const QString path = syntheticFigures;
    const BenchmarkLoad load = readBenchmark(path, BenchmarkUse::Demo);
    QVERIFY2(load.ok(), qPrintable(load.detail));
    const std::optional<Benchmark>& benchmark = load.benchmark;
    QVERIFY(benchmark->isSynthetic());
    QVERIFY(benchmark->note().text(Language::dutch()).contains(QStringLiteral("synthetisch")));
    QVERIFY(benchmark->note().text(Language::english()).contains(QStringLiteral("synthetic")));
    QVERIFY(benchmark->minGroup() >= smallestMinGroup);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(json.value(QStringLiteral("synthetic")).toBool());
    testutil::checkCounts(json, benchmark->minGroup());

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

void TestBenchmark::publishedComparisonFileIsAccepted()
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

void TestBenchmark::syntheticComparisonFileOnlyForADemo()
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

void TestBenchmark::badComparisonFilesAreRefusedWithAReason_data()
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
                            << QStringLiteral("at least 5");
    QTest::newRow("group below k") << QByteArray() << QStringLiteral("small group")
                                   << BenchmarkProblem::Unsafe
                                   << QStringLiteral("handel/10-49: the group has 2 results");
    QTest::newRow("version below k") << QByteArray() << QStringLiteral("small version")
                                     << BenchmarkProblem::Unsafe << QStringLiteral(": 4 results in all");
    QTest::newRow("everything hidden") << QByteArray() << QStringLiteral("all hidden")
                                       << BenchmarkProblem::Empty << QStringLiteral("no published figures");
}

void TestBenchmark::badComparisonFilesAreRefusedWithAReason()
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
    QVERIFY(testutil::writeFile(path, bytes));
    const BenchmarkLoad load = readBenchmark(path, BenchmarkUse::Demo);
    QVERIFY(!load.ok());
    QCOMPARE(load.problem, problem);
    QVERIFY(!load.detail.isEmpty());
    QVERIFY2(load.detail.contains(detail), qPrintable(load.detail));
    QCOMPARE(load.path, path);
}

void TestBenchmark::installingComparisonFigures()
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
    const QString damagedPath = m_dir->filePath(QStringLiteral("damaged.json"));
    QVERIFY(testutil::writeFile(damagedPath, goodBytes.left(goodBytes.size() / 2)));
    for (const QString& bad :
        { damagedPath, syntheticFigures, m_dir->filePath(QStringLiteral("missing.json")) }) {
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

void TestBenchmark::comparisonFoldersInOrder()
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

QTEST_GUILESS_MAIN(TestBenchmark)
#include "TestBenchmark.moc"
