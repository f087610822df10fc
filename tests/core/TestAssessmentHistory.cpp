// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/assessment/AssessmentHistory.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** Earlier runs of a tool: kept one snapshot per run, listed oldest first, scored for a trend. */
class TestAssessmentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsOneSnapshotPerRun();
    void listsRunsOfOneToolOldestFirst();
    void trendFollowsTheScores();
    void damagedSnapshotIsNamedAndKept();
    void refusesARunWithoutStartTime();
    void removeStaysInsideTheFolder();

private:
    Assessment run(const QString& answerFile, const QDateTime& created) const;
    QuestionnaireLookup lookup() const
    {
        return [this](const QString& id) { return m_catalog.find(id); };
    }

    QuestionnaireCatalog m_catalog;
};

void TestAssessmentHistory::initTestCase()
{
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
}

Assessment TestAssessmentHistory::run(const QString& answerFile, const QDateTime& created) const
{
    const AnswerLoadResult loaded
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/") + answerFile, lookup());
    [&] { QVERIFY2(loaded.ok(), qPrintable(answerFile)); }();
    Assessment assessment;
    if (loaded.ok())
        assessment.answers = *loaded.answers;
    assessment.answers.created = created;
    assessment.answers.modified = created.addSecs(600);
    const Questionnaire* questionnaire = m_catalog.find(assessment.answers.questionnaireId);
    for (const Section& section : questionnaire->sections) {
        for (const Question& question : section.questions)
            assessment.knownQuestions.append(question.id);
    }
    return assessment;
}

void TestAssessmentHistory::recordsOneSnapshotPerRun()
{
    QTemporaryDir dir;
    AssessmentHistory history(dir.path());
    Assessment first
        = run(QStringLiteral("basisscan-zzp.yaml"), QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    QString error;
    QVERIFY2(history.record(first, &error), qPrintable(error));
    // The same run saved again after a change replaces its snapshot.
    first.doneSteps.insert(QStringLiteral("p1_backup"));
    QVERIFY2(history.record(first, &error), qPrintable(error));
    const QList<HistoryEntry> entries = history.entries(QStringLiteral("basisscan"), lookup());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().assessment, first);
    QCOMPARE(entries.first().path, history.pathFor(first));
}

void TestAssessmentHistory::listsRunsOfOneToolOldestFirst()
{
    QTemporaryDir dir;
    AssessmentHistory history(dir.path());
    const QDateTime lastYear(QDate(2025, 11, 2), QTime(14, 30), Qt::UTC);
    const QDateTime thisYear(QDate(2026, 11, 3), QTime(8, 15), Qt::UTC);
    QString error;
    // Recorded newest first, to show the order comes from the runs, not from the recording.
    QVERIFY(history.record(run(QStringLiteral("basisscan-best.yaml"), thisYear), &error));
    QVERIFY(history.record(run(QStringLiteral("basisscan-zzp.yaml"), lastYear), &error));
    QVERIFY(history.record(run(QStringLiteral("risicoklasse-zzp.yaml"), lastYear), &error));

    const QList<HistoryEntry> scans = history.entries(QStringLiteral("basisscan"), lookup());
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).assessment.answers.created, lastYear);
    QCOMPARE(scans.at(1).assessment.answers.created, thisYear);
    QCOMPARE(scans.at(0).madeWithVersion, m_catalog.find(QStringLiteral("basisscan"))->version);
    QCOMPARE(history.entries(QStringLiteral("risicoklasse"), lookup()).size(), 1);
    QVERIFY(history.entries(QStringLiteral("procesautomatisering"), lookup()).isEmpty());
}

void TestAssessmentHistory::trendFollowsTheScores()
{
    QTemporaryDir dir;
    AssessmentHistory history(dir.path());
    const Questionnaire& scan = *m_catalog.find(QStringLiteral("basisscan"));
    const Assessment before
        = run(QStringLiteral("basisscan-zzp.yaml"), QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    Assessment after
        = run(QStringLiteral("basisscan-best.yaml"), QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    // Steps ticked as done are plans, not answers: the trend shows the scores as answered.
    for (const NextStep& step : assess(scan, after.answers).steps)
        after.doneSteps.insert(step.id);
    QString error;
    QVERIFY(history.record(before, &error));
    QVERIFY(history.record(after, &error));

    const QList<TrendPoint> trend = historyTrend(scan, history.entries(scan.id, lookup()));
    QCOMPARE(trend.size(), 2);
    const AssessmentResult expectedBefore = assess(scan, before.answers);
    const AssessmentResult expectedAfter = assess(scan, after.answers);
    QCOMPARE(trend.at(0).when, before.answers.created);
    QCOMPARE(trend.at(0).overall, expectedBefore.overall);
    QCOMPARE(trend.at(1).overall, expectedAfter.overall);
    QVERIFY(*trend.at(1).overall > *trend.at(0).overall);
    QCOMPARE(trend.at(0).sections.size(), scan.sections.size());
    for (const SectionResult& section : expectedAfter.sections)
        QCOMPARE(trend.at(1).sections.value(section.sectionId), section.score);
    QVERIFY(!trend.at(0).riskClass);
}

void TestAssessmentHistory::damagedSnapshotIsNamedAndKept()
{
    QTemporaryDir dir;
    AssessmentHistory history(dir.path());
    QString error;
    const Assessment good
        = run(QStringLiteral("basisscan-zzp.yaml"), QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(history.record(good, &error));
    const QString damagedPath = dir.filePath(QStringLiteral("basisscan/20260101T000000000Z.zelfscan"));
    QVERIFY(testutil::writeFile(damagedPath, "{\"format\": \"zelfscan-assessment\", \"format_ver"));

    QStringList problems;
    const QList<HistoryEntry> entries = history.entries(QStringLiteral("basisscan"), lookup(), &problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("20260101T000000000Z.zelfscan")),
        qPrintable(problems.first()));
    QVERIFY(QFile::exists(damagedPath));
}

void TestAssessmentHistory::refusesARunWithoutStartTime()
{
    QTemporaryDir dir;
    AssessmentHistory history(dir.path());
    Assessment assessment = run(QStringLiteral("basisscan-zzp.yaml"), QDateTime());
    QString error;
    QVERIFY(!history.record(assessment, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestAssessmentHistory::removeStaysInsideTheFolder()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    AssessmentHistory history(dir.path());
    QString error;
    const Assessment assessment
        = run(QStringLiteral("basisscan-zzp.yaml"), QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(history.record(assessment, &error));
    const QString outside = elsewhere.filePath(QStringLiteral("mine.zelfscan"));
    QVERIFY(saveAssessmentFile(assessment, outside, &error));

    QVERIFY(!history.remove({ outside, assessment, {} }, &error));
    QVERIFY(QFile::exists(outside));
    const QList<HistoryEntry> entries = history.entries(QStringLiteral("basisscan"), lookup());
    QCOMPARE(entries.size(), 1);
    QVERIFY2(history.remove(entries.first(), &error), qPrintable(error));
    QVERIFY(history.entries(QStringLiteral("basisscan"), lookup()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessmentHistory)
#include "TestAssessmentHistory.moc"
