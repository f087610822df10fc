// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/io/SafeWrite.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** `.zelfscan` documents: a save and open give the same assessment, and bad files are refused whole. */
class TestAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsIdentical();
    void savedFileIsStable();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void migratesAnOlderVersion();
    void guessesNewQuestionsWithoutTheOldList();
    void sameVersionIsNoMigration();
    void restoresAnswersWhoseQuestionIsBack();
    void saveNeverLeavesHalfAFile();
    void keepsMeasureAnswers();
    void keepsThePlan();
    void readsAVersionOneFileTicksAsDone();

private:
    Assessment sample() const;
    QJsonObject sampleJson() const;

    QuestionnaireCatalog m_catalog;
    QuestionnaireLookup m_lookup;
};

void TestAssessment::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    m_lookup = [this](const QString& id) { return m_catalog.find(id); };
}

/** Every kind of answer and every field, with text that JSON must escape. */
Assessment TestAssessment::sample() const
{
    const Questionnaire& questionnaire = *m_catalog.find(QStringLiteral("every_feature"));
    Assessment assessment;
    AnswerSet& answers = assessment.answers;
    answers.questionnaireId = questionnaire.id;
    answers.questionnaireVersion = questionnaire.version;
    answers.questionnaireHash = questionnaire.contentHash;
    answers.profile = { QStringLiteral("ict"), QStringLiteral("10-49") };
    answers.organisation = QStringLiteral("Bakkerij \"Één\" & Zonen");
    answers.notes = QStringLiteral("Regel 1\nRegel 2 — met \\ en \t tab");
    answers.created = QDateTime(QDate(2025, 11, 3), QTime(9, 15, 30, 123), Qt::UTC);
    answers.modified = QDateTime(QDate(2026, 1, 14), QTime(17, 2, 0, 7), Qt::UTC);
    answers.answers.insert(QStringLiteral("backup"), Answer::ofOption(QStringLiteral("partly")));
    answers.answers.insert(QStringLiteral("mfa_mail"), Answer::ofOption(QStringLiteral("unknown")));
    answers.answers.insert(QStringLiteral("staff_count"), Answer::ofNumber(12.5));
    answers.answers.insert(QStringLiteral("channels"),
        Answer::ofOptions({ QStringLiteral("posters"), QStringLiteral("training") }));
    answers.answers.insert(QStringLiteral("role"), Answer::ofOption(QStringLiteral("nobody")));
    assessment.doneSteps = { QStringLiteral("shared_step"), QStringLiteral("backup") };
    assessment.retiredAnswers.insert(QStringLiteral("old_question"), Answer::ofOption(QStringLiteral("yes")));
    for (const Section& section : questionnaire.sections) {
        for (const Question& question : section.questions)
            assessment.knownQuestions.append(question.id);
    }
    return assessment;
}

QJsonObject TestAssessment::sampleJson() const
{
    return QJsonDocument::fromJson(serializeAssessment(sample())).object();
}

void TestAssessment::roundTripIsIdentical()
{
    const Assessment original = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bakkerij.zelfscan"));
    QString error;
    QVERIFY2(saveAssessmentFile(original, path, &error), qPrintable(error));
    const AssessmentLoadResult loaded = loadAssessmentFile(path, m_lookup);
    QVERIFY(loaded.diagnostics.isEmpty());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.assessment->answers.answers, original.answers.answers);
    QCOMPARE(loaded.assessment->answers.created, original.answers.created);
    QCOMPARE(loaded.assessment->answers.organisation, original.answers.organisation);
    QCOMPARE(loaded.assessment->answers.notes, original.answers.notes);
    QCOMPARE(loaded.assessment->doneSteps, original.doneSteps);
    QCOMPARE(loaded.assessment->retiredAnswers, original.retiredAnswers);
    QVERIFY(*loaded.assessment == original);
    QVERIFY(!loaded.migration.versionChanged);
    QVERIFY(loaded.migration.goneQuestions.isEmpty());
    QVERIFY(loaded.migration.newQuestions.isEmpty());

    // Local times come back as the same moment, stored in UTC with milliseconds.
    Assessment local = original;
    local.answers.created = QDateTime(QDate(2026, 6, 1), QTime(10, 0, 0, 500), Qt::OffsetFromUTC, 7200);
    const QJsonObject json = QJsonDocument::fromJson(serializeAssessment(local)).object();
    QCOMPARE(json.value(QStringLiteral("created")).toString(), QStringLiteral("2026-06-01T08:00:00.500Z"));
    const AssessmentLoadResult again
        = loadAssessment(serializeAssessment(local), QStringLiteral("x"), m_lookup);
    QVERIFY(again.ok());
    QVERIFY(*again.assessment == local);
}

void TestAssessment::savedFileIsStable()
{
    // The same assessment always gives the same bytes, so saving twice does not look like a change
    // and a version control system or a backup tool sees no difference.
    const QByteArray first = serializeAssessment(sample());
    const AssessmentLoadResult loaded = loadAssessment(first, QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QCOMPARE(serializeAssessment(*loaded.assessment), first);
    const QJsonObject json = sampleJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("zelfscan-assessment"));
    QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), assessmentFormatVersion);
    QCOMPARE(json.value(QStringLiteral("done_steps")).toArray(),
        QJsonArray({ QStringLiteral("backup"), QStringLiteral("shared_step") })); // sorted
    QCOMPARE(json.value(QStringLiteral("answers")).toObject().value(QStringLiteral("channels")).toArray(),
        QJsonArray({ QStringLiteral("posters"), QStringLiteral("training") }));
}

void TestAssessment::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray good = serializeAssessment(sample());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("the file is damaged or incomplete");
    QByteArray damaged = good;
    damaged.replace("\"answers\": {", "\"answers\": {{");
    QTest::newRow("damaged") << damaged << QStringLiteral("the file is damaged or incomplete");
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << QStringLiteral("binary, not text");
    QTest::newRow("latin-1") << QByteArray("{\"organisation\": \"Caf\xe9\"}")
                             << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE{\0}\0", 6) << QStringLiteral("UTF-16");
    QTest::newRow("too large") << QByteArray(maxAssessmentBytes + 1, 'x') << QStringLiteral("larger than");
    QTest::newRow("foreign json") << QByteArray("{\"name\": \"left-pad\", \"version\": \"1.0.0\"}")
                                  << QStringLiteral("not a Zelfscan assessment");
    QTest::newRow("json list") << QByteArray("[1, 2, 3]") << QStringLiteral("not a Zelfscan assessment");
    QByteArray badMeasure = good;
    badMeasure.replace("\"answers\": {", "\"measures\": {\"m_pentest\": \"maybe\"},\n    \"answers\": {");
    QTest::newRow("bad measure answer")
        << badMeasure << QStringLiteral("the answer to measure 'm_pentest' is damaged");

    QJsonObject newer = sampleJson();
    newer.insert(QStringLiteral("format_version"), assessmentFormatVersion + 1);
    QTest::newRow("newer format") << QJsonDocument(newer).toJson()
                                  << QStringLiteral("made by a newer Zelfscan");
    QJsonObject noVersion = sampleJson();
    noVersion.insert(QStringLiteral("format_version"), QStringLiteral("1"));
    QTest::newRow("format_version text")
        << QJsonDocument(noVersion).toJson() << QStringLiteral("format_version is missing");

    QJsonObject unknown = sampleJson();
    unknown.insert(QStringLiteral("questionnaire"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("no_such_tool") },
            { QStringLiteral("version"), QStringLiteral("1") }, { QStringLiteral("hash"), QString() } });
    QTest::newRow("unknown questionnaire")
        << QJsonDocument(unknown).toJson() << QStringLiteral("questionnaire 'no_such_tool'");
    QJsonObject noQuestionnaire = sampleJson();
    noQuestionnaire.remove(QStringLiteral("questionnaire"));
    QTest::newRow("no questionnaire")
        << QJsonDocument(noQuestionnaire).toJson() << QStringLiteral("does not say which questionnaire");

    QJsonObject badAnswer = sampleJson();
    QJsonObject answers = badAnswer.value(QStringLiteral("answers")).toObject();
    answers.insert(QStringLiteral("backup"), QJsonObject { { QStringLiteral("x"), 1 } });
    badAnswer.insert(QStringLiteral("answers"), answers);
    QTest::newRow("damaged answer") << QJsonDocument(badAnswer).toJson()
                                    << QStringLiteral("the answer to 'backup' is damaged");
    QJsonObject answersList = sampleJson();
    answersList.insert(QStringLiteral("answers"), QJsonArray { 1, 2 });
    QTest::newRow("answers not an object")
        << QJsonDocument(answersList).toJson() << QStringLiteral("\"answers\" is not an object");
    QJsonObject badDate = sampleJson();
    badDate.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
    QTest::newRow("bad date") << QJsonDocument(badDate).toJson() << QStringLiteral("not a valid date");
    QJsonObject badProfile = sampleJson();
    badProfile.insert(
        QStringLiteral("profile"), QJsonObject { { QStringLiteral("sector"), QStringLiteral("piraterij") } });
    QTest::newRow("unknown sector") << QJsonDocument(badProfile).toJson()
                                    << QStringLiteral("sector 'piraterij'");
    QJsonObject badSize = sampleJson();
    badSize.insert(
        QStringLiteral("profile"), QJsonObject { { QStringLiteral("size"), QStringLiteral("huge") } });
    QTest::newRow("unknown size") << QJsonDocument(badSize).toJson()
                                  << QStringLiteral("size 'huge' is not known");
}

void TestAssessment::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.zelfscan"));
    QVERIFY(writeFileAtomically(path, bytes, nullptr));
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    const AssessmentLoadResult loaded = loadAssessmentFile(path, m_lookup);
    QVERIFY(!loaded.ok()); // never half-loaded
    QCOMPARE(loaded.diagnostics.size(), 1);
    const Diagnostic& diagnostic = loaded.diagnostics.first();
    QVERIFY(diagnostic.isError());
    QCOMPARE(diagnostic.file, path);
    QVERIFY2(diagnostic.message.contains(message), qPrintable(diagnostic.message));
    // The app asks in its own language: every reason has its Dutch words.
    const AssessmentLoadResult dutch = loadAssessmentFile(path, m_lookup, Language::dutch());
    QCOMPARE(dutch.diagnostics.size(), 1);
    QVERIFY2(dutch.diagnostics.first().message != diagnostic.message, qPrintable(diagnostic.message));

    // Opening only reads: the file is exactly as it was.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("bad.zelfscan") });
}

void TestAssessment::migratesAnOlderVersion()
{
    // Saved with version 0.9 of every_feature: it had "old_question" and an option "maybe" that
    // 1.0 no longer has, and it did not have "role" and "sector_only" yet.
    QJsonObject json = sampleJson();
    json.insert(QStringLiteral("questionnaire"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("every_feature") },
            { QStringLiteral("version"), QStringLiteral("0.9") },
            { QStringLiteral("hash"), QStringLiteral("0123456789abcdef") } });
    json.insert(QStringLiteral("answers"),
        QJsonObject { { QStringLiteral("backup"), QStringLiteral("yes") },
            { QStringLiteral("mfa_mail"), QStringLiteral("maybe") },
            { QStringLiteral("old_question"), QStringLiteral("no") }, { QStringLiteral("staff_count"), 12 },
            { QStringLiteral("channels"),
                QJsonArray { QStringLiteral("training"), QStringLiteral("flyers") } } });
    json.insert(QStringLiteral("retired_answers"),
        QJsonObject {
            { QStringLiteral("ancient"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
    json.insert(QStringLiteral("questions"),
        QJsonArray { QStringLiteral("backup"), QStringLiteral("mfa_mail"), QStringLiteral("mfa_bank"),
            QStringLiteral("old_question"), QStringLiteral("staff_count"), QStringLiteral("channels") });

    const AssessmentLoadResult loaded
        = loadAssessment(QJsonDocument(json).toJson(), QStringLiteral("old"), m_lookup);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.diagnostics.isEmpty());
    const MigrationReport& migration = loaded.migration;
    QVERIFY(migration.versionChanged);
    QCOMPARE(migration.fromVersion, QStringLiteral("0.9"));
    QCOMPARE(migration.toVersion, QStringLiteral("1.0"));
    QCOMPARE(migration.goneQuestions,
        QStringList(
            { QStringLiteral("channels"), QStringLiteral("mfa_mail"), QStringLiteral("old_question") }));
    QCOMPARE(migration.newQuestions, QStringList({ QStringLiteral("role"), QStringLiteral("sector_only") }));

    const Assessment& assessment = *loaded.assessment;
    QCOMPARE(assessment.answers.answers.keys(),
        QStringList({ QStringLiteral("backup"), QStringLiteral("staff_count") }));
    QCOMPARE(assessment.retiredAnswers.value(QStringLiteral("old_question")),
        Answer::ofOption(QStringLiteral("no")));
    QCOMPARE(assessment.retiredAnswers.value(QStringLiteral("mfa_mail")),
        Answer::ofOption(QStringLiteral("maybe")));
    QCOMPARE(assessment.retiredAnswers.value(QStringLiteral("channels")),
        Answer::ofOptions({ QStringLiteral("training"), QStringLiteral("flyers") }));
    QVERIFY(assessment.retiredAnswers.contains(QStringLiteral("ancient"))); // retired earlier, still kept
    QCOMPARE(assessment.answers.questionnaireVersion, QStringLiteral("1.0"));
    QCOMPARE(
        assessment.answers.questionnaireHash, m_catalog.find(QStringLiteral("every_feature"))->contentHash);
    QVERIFY(assessment.knownQuestions.contains(QStringLiteral("role")));

    // Saving the migrated assessment keeps every retired answer; opening it again is no migration.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("migrated.zelfscan"));
    QString error;
    QVERIFY2(saveAssessmentFile(assessment, path, &error), qPrintable(error));
    const AssessmentLoadResult reopened = loadAssessmentFile(path, m_lookup);
    QVERIFY(reopened.ok());
    QVERIFY(*reopened.assessment == assessment);
    QCOMPARE(reopened.assessment->retiredAnswers.size(), 4);
    QVERIFY(!reopened.migration.versionChanged);
    QVERIFY(reopened.migration.goneQuestions.isEmpty());
    QVERIFY(reopened.migration.newQuestions.isEmpty());
}

void TestAssessment::guessesNewQuestionsWithoutTheOldList()
{
    QJsonObject json = sampleJson();
    json.remove(QStringLiteral("questions"));
    QJsonObject questionnaire = json.value(QStringLiteral("questionnaire")).toObject();
    questionnaire.insert(QStringLiteral("hash"), QStringLiteral("older"));
    json.insert(QStringLiteral("questionnaire"), questionnaire);
    json.insert(QStringLiteral("answers"),
        QJsonObject { { QStringLiteral("backup"), QStringLiteral("yes") },
            { QStringLiteral("staff_count"), 3 },
            { QStringLiteral("channels"), QJsonArray { QStringLiteral("none") } } });
    const AssessmentLoadResult loaded
        = loadAssessment(QJsonDocument(json).toJson(), QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.migration.versionChanged);
    // Shown and unanswered; "role" stays hidden (fewer than ten people) so it is not listed.
    QCOMPARE(loaded.migration.newQuestions,
        QStringList(
            { QStringLiteral("mfa_mail"), QStringLiteral("mfa_bank"), QStringLiteral("sector_only") }));
    QVERIFY(loaded.migration.goneQuestions.isEmpty());
}

void TestAssessment::sameVersionIsNoMigration()
{
    QJsonObject json = sampleJson();
    json.insert(QStringLiteral("questions"), QJsonArray { QStringLiteral("backup") });
    json.insert(QStringLiteral("done_steps"), QJsonArray { QStringLiteral("backup"), 7, QString() });
    const AssessmentLoadResult loaded
        = loadAssessment(QJsonDocument(json).toJson(), QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.migration.versionChanged);
    QVERIFY(loaded.migration.newQuestions.isEmpty());
    QCOMPARE(loaded.assessment->doneSteps, QSet<QString> { QStringLiteral("backup") });
}

void TestAssessment::restoresAnswersWhoseQuestionIsBack()
{
    // Retired by an earlier version: "backup" (no answer now) and "role" (answered again since).
    QJsonObject json = sampleJson();
    QJsonObject answers = json.value(QStringLiteral("answers")).toObject();
    answers.remove(QStringLiteral("backup"));
    json.insert(QStringLiteral("answers"), answers);
    json.insert(QStringLiteral("retired_answers"),
        QJsonObject { { QStringLiteral("backup"), QStringLiteral("yes") },
            { QStringLiteral("role"), QStringLiteral("owner") },
            { QStringLiteral("old_question"), QStringLiteral("no") } });
    const AssessmentLoadResult loaded
        = loadAssessment(QJsonDocument(json).toJson(), QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.migration.restoredQuestions, QStringList { QStringLiteral("backup") });
    QCOMPARE(loaded.assessment->answers.answers.value(QStringLiteral("backup")),
        Answer::ofOption(QStringLiteral("yes")));
    QCOMPARE(loaded.assessment->answers.answers.value(QStringLiteral("role")),
        Answer::ofOption(QStringLiteral("nobody"))); // the newer answer stays
    QCOMPARE(loaded.assessment->retiredAnswers.keys(),
        QStringList({ QStringLiteral("old_question"), QStringLiteral("role") })); // nothing lost
}

void TestAssessment::saveNeverLeavesHalfAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zelfscan"));
    QString error;
    QVERIFY(saveAssessmentFile(sample(), path, &error));
    const QByteArray before = serializeAssessment(sample());

    QVERIFY(!saveAssessmentFile(sample(), dir.filePath(QStringLiteral("missing/a.zelfscan")), &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
    QVERIFY(!saveAssessmentFile(sample(), dir.path(), &error)); // a folder
    QVERIFY(error.contains(QStringLiteral("folder")));
    // Saving again replaces the whole file and leaves no temporary file behind.
    Assessment changed = sample();
    changed.answers.notes = QStringLiteral("korter");
    QVERIFY(saveAssessmentFile(changed, path, &error));
    QVERIFY(saveAssessmentFile(sample(), path, &error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("a.zelfscan") });
}

void TestAssessment::keepsThePlan()
{
    Assessment assessment = sample();
    StepPlanning planned;
    planned.status = PlanStatus::Planned;
    planned.owner = QStringLiteral("IT-leverancier");
    planned.due = QDate(2027, 1, 15);
    planned.changed = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    assessment.plan.insert(QStringLiteral("every_feature/mfa"), planned);
    StepPlanning done;
    done.status = PlanStatus::Done;
    assessment.plan.insert(QStringLiteral("every_feature/role"), done);
    const QByteArray bytes = serializeAssessment(assessment);
    const AssessmentLoadResult loaded = loadAssessment(bytes, QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.assessment->plan, assessment.plan);
    // A step planned done is ticked, so the engine counts it as the plan shows it.
    QVERIFY(loaded.assessment->doneSteps.contains(QStringLiteral("role")));
}

void TestAssessment::readsAVersionOneFileTicksAsDone()
{
    const AssessmentLoadResult loaded
        = loadAssessmentFile(QStringLiteral(TEST_DATA_DIR "/format1/every_feature.zelfscan"), m_lookup);
    QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
    QCOMPARE(loaded.assessment->doneSteps,
        (QSet<QString> { QStringLiteral("backup"), QStringLiteral("shared_step") }));
    QCOMPARE(loaded.assessment->plan.keys(),
        (QStringList {
            QStringLiteral("every_feature/backup"), QStringLiteral("every_feature/shared_step") }));
    for (const StepPlanning& planning : loaded.assessment->plan)
        QCOMPARE(planning.status, PlanStatus::Done);
    QCOMPARE(loaded.assessment->answers.organisation, QStringLiteral("Bakkerij Eén"));
    // Saved again, it is a version-2 file that keeps the ticks both ways.
    const QJsonObject saved = QJsonDocument::fromJson(serializeAssessment(*loaded.assessment)).object();
    QCOMPARE(saved.value(QStringLiteral("format_version")).toInt(), 2);
    QCOMPARE(saved.value(QStringLiteral("plan")).toObject().size(), 2);
    QCOMPARE(saved.value(QStringLiteral("done_steps")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "TestAssessment.moc"

void TestAssessment::keepsMeasureAnswers()
{
    const Questionnaire& risk = *m_catalog.find(QStringLiteral("risk_feature"));
    Assessment assessment;
    assessment.answers.questionnaireId = risk.id;
    assessment.answers.questionnaireVersion = risk.version;
    assessment.answers.questionnaireHash = risk.contentHash;
    assessment.answers.answers.insert(QStringLiteral("data"), Answer::ofOption(QStringLiteral("none")));
    assessment.answers.measureAnswers.insert(QStringLiteral("m_pentest"), false);
    // A measure a later version dropped is kept, so saving never loses the user's word on it.
    assessment.answers.measureAnswers.insert(QStringLiteral("m_retired"), true);
    for (const Section& section : risk.sections) {
        for (const Question& question : section.questions)
            assessment.knownQuestions.append(question.id);
    }
    const QByteArray bytes = serializeAssessment(assessment);
    const AssessmentLoadResult loaded = loadAssessment(bytes, QStringLiteral("x"), m_lookup);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.assessment->answers.measureAnswers, assessment.answers.measureAnswers);
    QCOMPARE(serializeAssessment(*loaded.assessment), bytes);
    // Without measure answers the file has no "measures" key: older files keep their bytes.
    QVERIFY(!sampleJson().contains(QStringLiteral("measures")));
}
