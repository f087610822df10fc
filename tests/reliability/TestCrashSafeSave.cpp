// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace zelfscan;

/**
 * Saves are atomic: a process killed with SIGKILL at a random moment while saving, 100 times,
 * always leaves the old or the new complete file, never an empty or half-written one.
 */
class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesKillsDuringSave();
};

void TestCrashSafeSave::survivesKillsDuringSave()
{
    QuestionnaireCatalog catalog;
    QVERIFY(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("assessment.zelfscan"));
    QRandomGenerator random(20261122); // fixed seed: the same kill moments on every run
    int sawA = 0;
    int sawB = 0;
    for (int round = 0; round < 100; ++round) {
        QProcess child;
        child.start(QStringLiteral(SAVE_LOOP_PATH), { path });
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000)); // "started": at least one complete save exists
        QTest::qSleep(int(random.bounded(1, 30)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const AssessmentLoadResult loaded = loadAssessmentFile(path, lookup);
        QVERIFY2(loaded.ok(),
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(loaded.diagnostics.value(0).message)));
        const QString notes = loaded.assessment->answers.notes;
        QCOMPARE(notes.size(), 200000);
        const bool isA = notes.startsWith(QLatin1Char('a'))
            && loaded.assessment->answers.answers.value(QStringLiteral("backup")).option
                == QLatin1String("yes");
        const bool isB = notes.startsWith(QLatin1Char('b'))
            && loaded.assessment->answers.answers.value(QStringLiteral("backup")).option
                == QLatin1String("no");
        QVERIFY(isA || isB);
        sawA += isA;
        sawB += isB;
    }
    // QSaveFile's temporary files are gone or harmless: the folder holds the one document.
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(leftovers.contains(QStringLiteral("assessment.zelfscan")));
    qInfo("complete old/new versions seen: %d / %d; files left: %s", sawA, sawB,
        qPrintable(leftovers.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestCrashSafeSave)
#include "TestCrashSafeSave.moc"
