// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace zelfscan;

/** Reading and checking answer files: every error path names the file, the position and what is allowed. */
class TestAnswerFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsYaml();
    void messagesEscapeControlCharacters();
    void readsJson();
    void roundTripsThroughJson();
    void reportsErrors_data();
    void reportsErrors();
    void warnsOnOtherVersion();
    void keepsAnswersTheProfileHides();
    void keepsAnswersOtherAnswersHide();
    void refusesHostileInput();
    void reportsMissingFile();

private:
    QuestionnaireLookup lookup() const
    {
        return [this](const QString& id) { return m_catalog.find(id); };
    }

    QuestionnaireCatalog m_catalog;
};

void TestAnswerFile::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
}

void TestAnswerFile::messagesEscapeControlCharacters()
{
    // An id that clears the terminal, and a file name with a line break that would forge a message.
    const AnswerLoadResult result = loadAnswers("questionnaire: \"evil\\e[2J\"\nanswers: {}\n",
        QStringLiteral("a\nb.yaml:1:1: error: fake"), lookup());
    QVERIFY(!result.ok());
    const QString text = result.diagnostics.first().toString();
    QVERIFY2(text.contains(QStringLiteral("evil\\x1b[2J")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a\\x0ab.yaml")), qPrintable(text));
    QVERIFY(std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; }));
}

void TestAnswerFile::readsYaml()
{
    const AnswerLoadResult result
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"), lookup());
    QVERIFY(result.ok());
    const AnswerSet& set = *result.answers;
    QCOMPARE(set.questionnaireId, QStringLiteral("every_feature"));
    QCOMPARE(set.questionnaireVersion, QStringLiteral("1.0")); // taken from the questionnaire when absent
    QCOMPARE(set.questionnaireHash, m_catalog.find(QStringLiteral("every_feature"))->contentHash);
    QCOMPARE(set.profile.size, QStringLiteral("10-49"));
    QCOMPARE(set.profile.sector, QStringLiteral("ict"));
    QCOMPARE(set.organisation, QStringLiteral("Voorbeeld BV"));
    QCOMPARE(set.notes, QStringLiteral("Geheime notitie"));
    QCOMPARE(set.answers.size(), 7);
    QCOMPARE(set.answers.value(QStringLiteral("backup")), Answer::ofOption(QStringLiteral("partly")));
    QCOMPARE(set.answers.value(QStringLiteral("staff_count")), Answer::ofNumber(12));
    QCOMPARE(
        set.answers.value(QStringLiteral("channels")), Answer::ofOptions({ QStringLiteral("training") }));
}

void TestAnswerFile::readsJson()
{
    const AnswerLoadResult result
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/fixture-answers/ot-high.json"), lookup());
    QVERIFY(result.ok());
    QCOMPARE(
        result.answers->answers.value(QStringLiteral("impact")), Answer::ofOption(QStringLiteral("safety")));
}

void TestAnswerFile::roundTripsThroughJson()
{
    AnswerSet set
        = *loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"), lookup())
               .answers;
    set.created = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    set.modified = QDateTime(QDate(2026, 3, 2), QTime(11, 30, 5, 120), Qt::UTC);
    const QByteArray json = QJsonDocument(answersToJson(set)).toJson();
    const AnswerLoadResult again = loadAnswers(json, QStringLiteral("again.json"), lookup());
    QVERIFY(again.ok());
    QCOMPARE(*again.answers, set);

    // A risk class's own answers on measures survive the round trip too.
    AnswerSet risk = *loadAnswers("questionnaire: risk_feature\nanswers: {data: none}\n"
                                  "measures: {m_pentest: missing, m_own: in_place}\n",
        QStringLiteral("risk.yaml"), lookup())
                          .answers;
    QCOMPARE(risk.measureAnswers.value(QStringLiteral("m_pentest"), true), false);
    QCOMPARE(risk.measureAnswers.value(QStringLiteral("m_own"), false), true);
    const AnswerLoadResult riskAgain
        = loadAnswers(QJsonDocument(answersToJson(risk)).toJson(), QStringLiteral("risk.json"), lookup());
    QVERIFY(riskAgain.ok());
    QCOMPARE(*riskAgain.answers, risk);
}

void TestAnswerFile::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray head
        = "questionnaire: every_feature\nprofile: {size: 10-49}\nanswers:\n"; // answers start on line 4
    QTest::newRow("unknown questionnaire") << QByteArray("questionnaire: nope\nanswers: {}\n")
                                           << "a.yaml:1:16: error: unknown questionnaire 'nope'";
    QTest::newRow("missing answers")
        << QByteArray("questionnaire: every_feature\n")
        << "a.yaml:1:1: error: the answer file is missing required key 'answers'";
    QTest::newRow("unknown key")
        << QByteArray("questionnaire: every_feature\nanswer: {}\nanswers: {}\n")
        << "a.yaml:2:1: error: unknown key 'answer' in the answer file (allowed: questionnaire, version, "
           "hash, profile, organisation, notes, created, modified, answers, measures)";
    const QByteArray risk = "questionnaire: risk_feature\nanswers: {data: none}\nmeasures:\n"; // line 4 on
    QTest::newRow("measures on a scan") << head + "  backup: yes\nmeasures: {m_backup: in_place}\n"
                                        << "a.yaml:5:11: error: 'measures' is only for a risk-class "
                                           "questionnaire; 'every_feature' has no measures";
    QTest::newRow("unknown measure") << risk + "  m_ghost: in_place\n"
                                     << "a.yaml:4:3: error: 'risk_feature' has no measure 'm_ghost'";
    QTest::newRow("bad measure answer") << risk + "  m_pentest: yes\n"
                                        << "a.yaml:4:14: error: measure 'm_pentest' takes in_place or "
                                           "missing, not 'yes'";
    QTest::newRow("measure answered twice") << risk + "  m_pentest: missing\n  m_pentest: in_place\n"
                                            << "a.yaml:5:3: error: measure 'm_pentest' is answered twice";
    QTest::newRow("unknown question") << head + "  ghost: yes\n"
                                      << "a.yaml:4:3: error: 'every_feature' has no question 'ghost'";
    QTest::newRow("unknown option") << head + "  backup: maybe\n"
                                    << "a.yaml:4:11: error: question 'backup' has no option 'maybe' "
                                       "(allowed: yes, partly, no, unknown, na)";
    QTest::newRow("list for single")
        << head + "  backup: [yes]\n"
        << "a.yaml:4:11: error: question 'backup' takes one option (one of: yes, partly, no, unknown, na)";
    QTest::newRow("scalar for multiple") << head + "  channels: training\n"
                                         << "a.yaml:4:13: error: question 'channels' takes a list of "
                                            "options, like [a, b] (allowed: training, posters, none)";
    QTest::newRow("option twice")
        << head + "  channels: [training, training]\n"
        << "a.yaml:4:24: error: option 'training' is chosen twice for question 'channels'";
    QTest::newRow("exclusive combined")
        << head + "  channels: [training, none]\n"
        << "a.yaml:4:3: error: option 'none' of question 'channels' cannot be combined with other options";
    QTest::newRow("not a number")
        << head + "  staff_count: many\n"
        << "a.yaml:4:16: error: the answer to 'staff_count' must be a number, not 'many'";
    QTest::newRow("number out of range")
        << head + "  staff_count: -3\n"
        << "a.yaml:4:3: error: the answer to 'staff_count' must be between 0 and 100000, not -3";
    QTest::newRow("answered twice") << head + "  backup: yes\n  backup: no\n"
                                    << "a.yaml:5:3: error: question 'backup' is answered twice";
    QTest::newRow("bad size") << QByteArray(
        "questionnaire: every_feature\nprofile: {size: 12}\nanswers: {}\n")
                              << "a.yaml:2:17: error: size '12' is not one of: 1, 2-9, 10-49, 50-249, 250+";
    QTest::newRow("bad sector") << QByteArray(
        "questionnaire: every_feature\nprofile: {sector: bakery}\nanswers: {}\n")
                                << "a.yaml:2:19: error: sector 'bakery' is not one of: zorg, handel, ict, "
                                   "landbouw, media, onderwijs, techniek, transport, overig";
    QTest::newRow("bad date")
        << QByteArray("questionnaire: every_feature\ncreated: yesterday\nanswers: {}\n")
        << "a.yaml:2:10: error: 'created' must be a date and time like 2026-03-01T10:00:00Z";
    QTest::newRow("syntax") << QByteArray("questionnaire: every_feature\nanswers: {backup: yes\n")
                            << "a.yaml:3:1: error: YAML syntax: end of map flow not found";
    QTest::newRow("empty")
        << QByteArray()
        << "a.yaml:1:1: error: file is empty; an answer file needs 'questionnaire' and 'answers'";
}

void TestAnswerFile::reportsErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const AnswerLoadResult result = loadAnswers(content, QStringLiteral("a.yaml"), lookup());
    QVERIFY(!result.ok());
    QStringList lines;
    for (const Diagnostic& d : result.diagnostics)
        lines.append(d.toString());
    QVERIFY2(lines.contains(expected),
        qPrintable(
            QStringLiteral("expected\n  %1\ngot\n  %2").arg(expected, lines.join(QStringLiteral("\n  ")))));
}

void TestAnswerFile::warnsOnOtherVersion()
{
    const AnswerLoadResult result
        = loadAnswers("questionnaire: every_feature\nversion: '0.9'\nanswers: {backup: 'yes'}\n",
            QStringLiteral("old.yaml"), lookup());
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(),
        QStringLiteral("old.yaml:2:10: warning: answers were given to version 0.9 of 'every_feature'; "
                       "scoring with version 1.0"));
    QCOMPARE(result.answers->questionnaireVersion, QStringLiteral("0.9"));
}

void TestAnswerFile::keepsAnswersTheProfileHides()
{
    // A consultant's one answer file, scored for a zzp'er: the staff answer is kept, warned about
    // and ignored; with the profile back at 10-49 it counts again.
    const QByteArray base
        = "questionnaire: every_feature\nprofile: {size: '1'}\nanswers:\n  backup: partly\n";
    const AnswerLoadResult with
        = loadAnswers(base + "  staff_count: 4\n", QStringLiteral("a.yaml"), lookup());
    QVERIFY(with.ok());
    QCOMPARE(with.diagnostics.size(), 1);
    QCOMPARE(with.diagnostics.first().toString(),
        QStringLiteral("a.yaml:5:3: warning: question 'staff_count' is not shown for these answers; its "
                       "answer is kept but does not count"));
    QCOMPARE(with.answers->answers.value(QStringLiteral("staff_count")).number, 4.0);
    const Questionnaire& questionnaire = *m_catalog.find(QStringLiteral("every_feature"));
    QCOMPARE(hiddenAnswers(questionnaire, *with.answers), QStringList { QStringLiteral("staff_count") });
    QCOMPARE(QJsonObject(answersToJson(*with.answers))
                 .value(QStringLiteral("answers"))
                 .toObject()
                 .value(QStringLiteral("staff_count")),
        QJsonValue(4));

    Assessment saved; // the app's document keeps it too
    saved.answers = *with.answers;
    const AssessmentLoadResult reread
        = loadAssessment(serializeAssessment(saved), QStringLiteral("a.zelfscan"), lookup());
    QVERIFY(reread.ok());
    QCOMPARE(reread.assessment->answers.answers.value(QStringLiteral("staff_count")).number, 4.0);

    const AnswerLoadResult without = loadAnswers(base, QStringLiteral("b.yaml"), lookup());
    QVERIFY(without.ok());
    QVERIFY(without.diagnostics.isEmpty());
    const AssessmentResult hidden = assess(questionnaire, *with.answers);
    const AssessmentResult none = assess(questionnaire, *without.answers);
    QCOMPARE(hidden.overall, none.overall);
    QCOMPARE(hidden.steps.size(), none.steps.size());

    AnswerSet firm = *with.answers;
    firm.profile.size = QStringLiteral("10-49");
    QVERIFY(hiddenAnswers(questionnaire, firm).isEmpty());
    QVERIFY(checkAnswers(firm, questionnaire).isEmpty());
    const AssessmentResult counted = assess(questionnaire, firm);
    QVERIFY(counted.section(QStringLiteral("staff"))->score.has_value());
    QVERIFY(!counted.missing.contains(QStringLiteral("staff_count")));
}

void TestAnswerFile::keepsAnswersOtherAnswersHide()
{
    const AnswerLoadResult result = loadAnswers(
        "questionnaire: every_feature\nprofile: {size: 10-49}\nanswers:\n  staff_count: 4\n  role: owner\n",
        QStringLiteral("a.yaml"), lookup());
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(),
        QStringLiteral(
            "a.yaml:5:3: warning: question 'role' is not shown for these answers (it needs: "
            "staff_count >= 10 and not ('none' in channels)); its answer is kept but does not count"));
    QVERIFY(result.answers->answers.contains(QStringLiteral("role")));
}

void TestAnswerFile::refusesHostileInput()
{
    const AnswerLoadResult big
        = loadAnswers(QByteArray(maxAnswerFileBytes + 1, '#'), QStringLiteral("big.yaml"), lookup());
    QVERIFY(!big.ok());
    QCOMPARE(
        big.diagnostics.first().message, QStringLiteral("file is larger than 1024 KiB; refusing to read it"));
    const AnswerLoadResult binary
        = loadAnswers(QByteArray("\x00\x01\x02", 3), QStringLiteral("bin"), lookup());
    QVERIFY(!binary.ok());
    const AnswerLoadResult deep = loadAnswers(QByteArray(3000, '{'), QStringLiteral("deep"), lookup());
    QVERIFY(!deep.ok());
}

void TestAnswerFile::reportsMissingFile()
{
    const AnswerLoadResult result = loadAnswerFile(QStringLiteral("/nonexistent/answers.yaml"), lookup());
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.first().toString(),
        QStringLiteral("/nonexistent/answers.yaml: error: no such file"));
}

QTEST_GUILESS_MAIN(TestAnswerFile)
#include "TestAnswerFile.moc"
