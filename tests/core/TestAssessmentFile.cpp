// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"
#include "QuestionnaireCatalog.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** .zelfscan documents: round trip, every kind of bad file refused untouched, and migration. */
class TestAssessmentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsIdentical();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void migratesToNewVersion();

private:
    Assessment sample() const;
    QuestionnaireCatalog m_catalog;
    QuestionnaireLookup m_lookup;
};

void TestAssessmentFile::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    m_lookup = [this](const QString& id) { return m_catalog.find(id); };
}

Assessment TestAssessmentFile::sample() const
{
    const Questionnaire& q = *m_catalog.find(QStringLiteral("every_feature"));
    Assessment a;
    a.answers.questionnaireId = q.id;
    a.answers.questionnaireVersion = q.version;
    a.answers.questionnaireHash = q.contentHash;
    a.answers.profile = { QStringLiteral("zorg"), QStringLiteral("10-49") };
    a.answers.organisation = QStringLiteral("Praktijk \"De Linde\"");
    a.answers.notes = QStringLiteral("Notities met é, ß en 🙂\nop twee regels");
    a.answers.created = QDateTime(QDate(2025, 11, 1), QTime(9, 0, 0, 250), Qt::UTC);
    a.answers.modified = QDateTime(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC);
    a.answers.answers.insert(QStringLiteral("backup"), Answer::ofOption(QStringLiteral("partly")));
    a.answers.answers.insert(QStringLiteral("staff_count"), Answer::ofNumber(12.5));
    a.answers.answers.insert(QStringLiteral("channels"),
        Answer::ofOptions({ QStringLiteral("posters"), QStringLiteral("training") }));
    a.doneSteps = { QStringLiteral("backup"), QStringLiteral("shared_step") };
    for (const Section& s : q.sections) {
        for (const Question& question : s.questions)
            a.knownQuestions.append(question.id);
    }
    return a;
}

void TestAssessmentFile::roundTripIsIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zelfscan"));
    QString error;
    QVERIFY(saveAssessmentFile(sample(), path, &error));
    const AssessmentLoadResult loaded = loadAssessmentFile(path, m_lookup);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.migration.versionChanged);
    QCOMPARE(*loaded.assessment, sample());
    // Saving what was opened gives the same bytes: nothing drifts between saves.
    QCOMPARE(serializeAssessment(*loaded.assessment), serializeAssessment(sample()));
}

void TestAssessmentFile::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = serializeAssessment(sample());
    QTest::newRow("truncated") << good.left(good.size() / 2) << "the file is damaged or incomplete";
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "binary";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE{\0}\0", 6) << "UTF-16";
    QTest::newRow("foreign json") << QByteArray("{\"name\": \"something else\"}")
                                  << "this is not a Zelfscan assessment";
    QTest::newRow("newer format") << QByteArray(good).replace("\"format_version\": 1",
        "\"format_version\": 7") << "made by a newer Zelfscan";
    QTest::newRow("unknown questionnaire") << QByteArray(good).replace("\"id\": \"every_feature\"",
        "\"id\": \"nis2_scan\"") << "which this Zelfscan does not have";
    QTest::newRow("bad size") << QByteArray(good).replace("\"size\": \"10-49\"", "\"size\": \"huge\"")
                              << "size 'huge' is not known";
    QTest::newRow("damaged answer") << QByteArray(good).replace("\"backup\": \"partly\"",
        "\"backup\": {\"x\": 1}") << "the answer to 'backup' is damaged";
}

void TestAssessmentFile::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.zelfscan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QByteArray before = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const AssessmentLoadResult loaded = loadAssessmentFile(path, m_lookup);
    QVERIFY(!loaded.ok());
    QVERIFY2(
        loaded.diagnostics.first().message.contains(message), qPrintable(loaded.diagnostics.first().message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before); // never touched
}

void TestAssessmentFile::migratesToNewVersion()
{
    // Saved with an older version that had a question "old_question", and without "sector_only".
    Assessment old = sample();
    old.answers.questionnaireVersion = QStringLiteral("0.9");
    old.answers.questionnaireHash = QStringLiteral("0000");
    old.answers.answers.insert(QStringLiteral("old_question"), Answer::ofOption(QStringLiteral("yes")));
    old.answers.answers.insert(QStringLiteral("role"), Answer::ofOption(QStringLiteral("retired_option")));
    old.knownQuestions.removeAll(QStringLiteral("sector_only"));
    old.knownQuestions.append(QStringLiteral("old_question"));
    const AssessmentLoadResult loaded
        = loadAssessment(serializeAssessment(old), QStringLiteral("old.zelfscan"), m_lookup);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.migration.versionChanged);
    QCOMPARE(loaded.migration.fromVersion, QStringLiteral("0.9"));
    QCOMPARE(loaded.migration.toVersion, QStringLiteral("1.0"));
    QCOMPARE(loaded.migration.newQuestions, QStringList { QStringLiteral("sector_only") });
    QCOMPARE(loaded.migration.goneQuestions,
        (QStringList { QStringLiteral("old_question"), QStringLiteral("role") }));
    QCOMPARE(loaded.assessment->answers.answers.size(), 3); // every answer that still fits
    QCOMPARE(loaded.assessment->retiredAnswers.size(), 2);

    // Saving again keeps the retired answers: nothing the user typed is lost.
    const AssessmentLoadResult again
        = loadAssessment(serializeAssessment(*loaded.assessment), QStringLiteral("again.zelfscan"), m_lookup);
    QVERIFY(again.ok());
    QCOMPARE(again.assessment->retiredAnswers.value(QStringLiteral("old_question")),
        Answer::ofOption(QStringLiteral("yes")));
    QVERIFY(!again.migration.versionChanged);
}

QTEST_GUILESS_MAIN(TestAssessmentFile)
#include "TestAssessmentFile.moc"
