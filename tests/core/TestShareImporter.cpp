// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Share.h"
#include "core/share/ShareImporter.h"
#include "core/share/ShareStore.h"
#include "tests/util/Files.h"
#include "tests/util/ShareFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

using namespace zelfscan;
using testutil::hashA;
using testutil::hashB;
using testutil::makeShare;

/**
 * Importing share files into the store: duplicates once, damaged and junk files rejected with a
 * reason, the worker thread with progress and cancel, and which files a folder search takes.
 */
class TestShareImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void duplicatesCountOnce();
    void tamperedAndJunkAreRejectedWithReasons();
    void problemLinesCountAcrossBlocksAndFiles();
    void tooManyStepIdsForOneVersionFailTheImport();
    void importsInAWorkerThreadWithProgress();
    void cancelLeavesTheStoreUnchanged();
    void folderSearchFindsEveryShareFormat();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    QString writeLines(const QString& name, const QList<Share>& shares) const
    {
        return testutil::writeShareLines(m_dir->filePath(name), shares);
    }
    /**
     * Imports @p path on a worker thread, as the app does, and waits for the report (empty when
     * none came). @p connectMore connects to the importer before it starts; signals sent to
     * the receiver arrive queued in this thread.
     */
    std::optional<ImportReport> importInThread(
        const QString& path, const std::function<void(ShareImporter*, QObject* receiver)>& connectMore);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShareImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestShareImporter::duplicatesCountOnce()
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

void TestShareImporter::tamperedAndJunkAreRejectedWithReasons()
{
    QList<Share> shares;
    for (int i = 0; i < 6; ++i)
        shares << makeShare(QStringLiteral("ict"), QStringLiteral("1"), 300 + i, std::nullopt);
    const QString path = writeLines(QStringLiteral("lines.jsonl"), shares);
    QList<QByteArray> lines = testutil::readFile(path).split('\n');
    QVERIFY(lines.size() > 3);
    QVERIFY(lines[2].contains("\"basics\":30.2"));
    lines[2].replace("\"basics\":30.2", "\"basics\":90.2"); // one score changed
    lines.insert(4, "this is not a share");
    lines.insert(5, "");
    QVERIFY(testutil::writeFile(path, lines.join('\n')));

    QDir(m_dir->path()).mkpath(QStringLiteral("sub/deeper"));
    QVERIFY(testutil::writeFile(
        m_dir->filePath(QStringLiteral("sub/deeper/junk.zelfshare")), QByteArray(200, '\x01')));
    QVERIFY(testutil::writeFile(
        m_dir->filePath(QStringLiteral("sub/big.zelfshare")), QByteArray(maxShareBytes * 2, '{')));
    QVERIFY(testutil::writeFile(m_dir->filePath(QStringLiteral("sub/notes.txt")), "not looked at"));

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

    // The staff window asks for its own language: the same refusals, in Dutch.
    const ImportReport dutch = importShares(m_dir->filePath(QStringLiteral("nl.sqlite")),
        { m_dir->path(), m_dir->filePath(QStringLiteral("missing.zelfshare")) }, nullptr, {}, 0,
        Language::dutch());
    QCOMPARE(dutch.rejected, 5);
    messages.clear();
    for (const ImportProblem& problem : dutch.problems)
        messages << problem.toString();
    const QString alles = messages.join(QLatin1Char('\n'));
    QVERIFY2(alles.contains(path + QStringLiteral(":3: het bestand is beschadigd of veranderd")),
        qPrintable(alles));
    QVERIFY2(alles.contains(path + QStringLiteral(":5: geen geldige JSON")), qPrintable(alles));
    QVERIFY2(alles.contains(QStringLiteral("missing.zelfshare: dit bestand of deze map bestaat niet")),
        qPrintable(alles));
}

void TestShareImporter::problemLinesCountAcrossBlocksAndFiles()
{
    // About 2 MB of shares, so that the file is read and checked in several parts; a line longer
    // than a part, and junk before and after it.
    QList<Share> shares;
    for (int i = 0; i < 3000; ++i)
        shares << makeShare(QStringLiteral("ict"), QStringLiteral("1"), i % 1001, std::nullopt);
    const QString path = writeLines(QStringLiteral("many.jsonl"), shares);
    QList<QByteArray> lines = testutil::readFile(path).split('\n');
    lines.insert(1500, QByteArray(1536 * 1024, 'x')); // line 1501
    lines.insert(1501, "not a share"); // 1502
    lines.insert(2600, "not a share either"); // 2601
    QVERIFY(testutil::writeFile(path, lines.join('\n')));
    const QString second = m_dir->filePath(QStringLiteral("second.jsonl"));
    QVERIFY(testutil::writeFile(second, serializeShareLine(shares.at(0)) + "\nnot a share\n"));

    const ImportReport report = importShares(database(), { path, second });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 3000);
    QCOMPARE(report.duplicates, 1);
    QStringList messages;
    for (const ImportProblem& problem : report.problems)
        messages << problem.toString();
    QCOMPARE(messages.size(), 4);
    QVERIFY2(messages.at(0).startsWith(path + QStringLiteral(":1501: line is longer than")),
        qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).startsWith(path + QStringLiteral(":1502: not valid JSON")),
        qPrintable(messages.at(1)));
    QVERIFY2(messages.at(2).startsWith(path + QStringLiteral(":2601: not valid JSON")),
        qPrintable(messages.at(2)));
    QVERIFY2(
        messages.at(3).startsWith(second + QStringLiteral(":2: not valid JSON")), qPrintable(messages.at(3)));
}

void TestShareImporter::tooManyStepIdsForOneVersionFailTheImport()
{
    // The store keeps a step as a 16-bit index into its version's list: 66,000 different step
    // ids cannot be stored, and must not wrap around to other steps' indexes.
    QList<Share> shares;
    for (int s = 0; s < 132; ++s) {
        QStringList open;
        for (int i = 0; i < 500; ++i)
            open << QStringLiteral("step-%1-%2").arg(s).arg(i);
        shares << makeShare(QStringLiteral("ict"), QStringLiteral("1"), 500, 500, open);
    }
    const QString path = writeLines(QStringLiteral("wide.jsonl"), shares);
    const ImportReport report = importShares(database(), { path });
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("65,536")), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    ShareStore store(database());
    QString error;
    QVERIFY(store.open(&error));
    QCOMPARE(store.resultCount(&error), 0);
}

std::optional<ImportReport> TestShareImporter::importInThread(
    const QString& path, const std::function<void(ShareImporter*, QObject*)>& connectMore)
{
    QThread thread;
    auto* importer = new ShareImporter(database(), { path });
    importer->moveToThread(&thread);
    QList<ImportReport> reports;
    QObject receiver;
    connectMore(importer, &receiver);
    connect(importer, &ShareImporter::finished, &receiver, [&](const ImportReport& r) { reports.append(r); });
    connect(&thread, &QThread::started, importer, &ShareImporter::run);
    connect(&thread, &QThread::finished, importer, &QObject::deleteLater);
    thread.start();
    // A timeout needs no check of its own: no report comes back, and the caller fails on that.
    const bool finished = QTest::qWaitFor([&] { return !reports.isEmpty(); }, 60000);
    Q_UNUSED(finished)
    thread.quit();
    if (!thread.wait(10000))
        qFatal("the import thread did not stop");
    return reports.isEmpty() ? std::nullopt : std::optional<ImportReport>(reports.first());
}

void TestShareImporter::importsInAWorkerThreadWithProgress()
{
    QList<Share> shares;
    for (int i = 0; i < 3000; ++i)
        shares << makeShare(QStringLiteral("media"), QStringLiteral("250+"), i % 1001, std::nullopt);
    const QString path = writeLines(QStringLiteral("big.jsonl"), shares);

    QList<std::pair<int, int>> progress;
    const std::optional<ImportReport> report
        = importInThread(path, [&](ShareImporter* importer, QObject* receiver) {
              connect(importer, &ShareImporter::progress, receiver, [&](int done, int total) {
                  progress.append({ done, total });
              });
          });
    QVERIFY(report);
    QCOMPARE(report->imported, 3000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first, progress.last().second);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
}

void TestShareImporter::cancelLeavesTheStoreUnchanged()
{
    QList<Share> shares;
    for (int i = 0; i < 30000; ++i)
        shares << makeShare(QStringLiteral("onderwijs"), QStringLiteral("2-9"), i % 1001, i % 777);
    const QString path = writeLines(QStringLiteral("huge.jsonl"), shares);
    QVERIFY(QFileInfo(path).size() > 8 * 1024 * 1024); // more blocks than are ever in flight

    const std::optional<ImportReport> report = importInThread(path, [](ShareImporter* importer, QObject*) {
        // Direct: cancel from the worker's first progress report, before the import can finish.
        connect(
            importer, &ShareImporter::progress, importer, [importer](int, int) { importer->cancel(); },
            Qt::DirectConnection);
    });
    QVERIFY(report);
    QVERIFY(report->cancelled);
    QCOMPARE(report->imported, 0);
    QString error;
    ShareStore store(database());
    QVERIFY(store.open(&error));
    QCOMPARE(store.resultCount(&error), 0);
}

void TestShareImporter::folderSearchFindsEveryShareFormat()
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

QTEST_GUILESS_MAIN(TestShareImporter)
#include "TestShareImporter.moc"
