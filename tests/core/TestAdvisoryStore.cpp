// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryStore.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/** The local advisory store: revisions replace revisions, decisions are kept, foreign files refused. */
class TestAdvisoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAFolder();
    void newerRevisionReplacesOlder();
    void olderRevisionIsKeptOut();
    void brokenFilesAreListedNotImported();
    void cancelRollsBack();
    void keepsStatuses();
    void refusesOtherFiles();
};

namespace {
const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");
}

void TestAdvisoryStore::importsAFolder()
{
    QTemporaryDir dir;
    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const AdvisoryImportReport report = store.import({ csafDir + QStringLiteral("/provider") });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.added, 4);
    QCOMPARE(report.rejected.size(), 0);
    const AdvisoryImportReport again = store.import({ csafDir + QStringLiteral("/provider") });
    QCOMPARE(again.added, 0);
    QCOMPARE(again.unchanged, 4);
    QCOMPARE(store.documentCount(&error), 4);
    const auto documents = store.documents(&error);
    QVERIFY(documents);
    QCOMPARE(documents->size(), 4);
}

void TestAdvisoryStore::newerRevisionReplacesOlder()
{
    QTemporaryDir dir;
    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    QCOMPARE(store.import({ csafDir + QStringLiteral("/revisions/1") }).added, 1);
    const AdvisoryImportReport report = store.import({ csafDir + QStringLiteral("/revisions/2") });
    QCOMPARE(report.replaced, 1);
    const auto documents = store.documents(&error);
    QCOMPARE(documents->size(), 1);
    QCOMPARE(documents->first().trackingVersion, QStringLiteral("2"));
    QVERIFY(documents->first().product(QStringLiteral("ER6")));
}

void TestAdvisoryStore::olderRevisionIsKeptOut()
{
    QTemporaryDir dir;
    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    // Both in one import, newest first: the older one must not win by coming last.
    const AdvisoryImportReport report = store.import(
        { csafDir + QStringLiteral("/revisions/2"), csafDir + QStringLiteral("/revisions/1") });
    QCOMPARE(report.added, 1);
    QCOMPARE(report.older, 1);
    QCOMPARE(store.documents(&error)->first().trackingVersion, QStringLiteral("2"));
}

void TestAdvisoryStore::brokenFilesAreListedNotImported()
{
    QTemporaryDir dir;
    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const AdvisoryImportReport report = store.import(
        { csafDir + QStringLiteral("/broken"), csafDir + QStringLiteral("/provider/2024/exa-2024-0002.json"),
            dir.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(report.added, 1);
    QCOMPARE(report.rejectedFiles(), 8);
    QCOMPARE(store.documentCount(&error), 1);
}

void TestAdvisoryStore::cancelRollsBack()
{
    QTemporaryDir dir;
    AdvisoryStore store(dir.filePath(QStringLiteral("advisories.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const AdvisoryImportReport report
        = store.import({ csafDir + QStringLiteral("/provider") }, [](int done, int) { return done < 2; });
    QVERIFY(report.cancelled);
    QCOMPARE(store.documentCount(&error), 0);
}

void TestAdvisoryStore::keepsStatuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("advisories.sqlite"));
    QString error;
    {
        AdvisoryStore store(path);
        QVERIFY(store.open(&error));
        StepStatus status;
        status.value = StepStatus::Value::NotRelevant;
        status.reason = QStringLiteral("Poort 443 is niet bereikbaar");
        status.remediationKey = QStringLiteral("k1");
        QVERIFY2(
            store.setStatus(QStringLiteral("plc-hal2"), QStringLiteral("CVE-2024-90001"), status, &error),
            qPrintable(error));
        status.value = StepStatus::Value::InProgress;
        status.reason.clear();
        QVERIFY(store.setStatus(QStringLiteral("nas"), QStringLiteral("CVE-2024-90010"), status, &error));
    }
    AdvisoryStore store(path);
    QVERIFY(store.open(&error));
    const auto statuses = store.statuses(&error);
    QVERIFY(statuses);
    QCOMPARE(statuses->size(), 2);
    const StepStatus kept = statuses->value({ QStringLiteral("plc-hal2"), QStringLiteral("CVE-2024-90001") });
    QCOMPARE(kept.value, StepStatus::Value::NotRelevant);
    QCOMPARE(kept.reason, QStringLiteral("Poort 443 is niet bereikbaar"));
    QCOMPARE(kept.remediationKey, QStringLiteral("k1"));
}

void TestAdvisoryStore::refusesOtherFiles()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(testutil::writeFile(text, "these are notes, not a database\n"));
    AdvisoryStore store(text);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("notes.sqlite")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAdvisoryStore)
#include "TestAdvisoryStore.moc"
