// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QTest>

using namespace zelfscan;

/** What can be read from a damaged assessment is recovered; nothing that does not fit is invented. */
class TestAssessmentRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoversFromEveryCut();
    void needsTheQuestionnaire();
    void dropsAnswersThatDoNotFit();

private:
    Assessment sample() const;

    QuestionnaireCatalog m_catalog;
    QuestionnaireLookup m_lookup;
};

void TestAssessmentRecovery::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    m_lookup = [this](const QString& id) { return m_catalog.find(id); };
}

Assessment TestAssessmentRecovery::sample() const
{
    Assessment assessment;
    assessment.answers.questionnaireId = QStringLiteral("every_feature");
    assessment.answers.questionnaireVersion = QStringLiteral("1.0");
    assessment.answers.questionnaireHash = m_catalog.find(QStringLiteral("every_feature"))->contentHash;
    assessment.answers.profile = { QStringLiteral("ict"), QStringLiteral("10-49") };
    assessment.answers.answers.insert(QStringLiteral("backup"), Answer::ofOption(QStringLiteral("partly")));
    assessment.answers.answers.insert(QStringLiteral("staff_count"), Answer::ofNumber(12));
    assessment.answers.answers.insert(QStringLiteral("channels"),
        Answer::ofOptions({ QStringLiteral("training"), QStringLiteral("posters") }));
    assessment.answers.answers.insert(QStringLiteral("role"), Answer::ofOption(QStringLiteral("owner")));
    return assessment;
}

void TestAssessmentRecovery::recoversFromEveryCut()
{
    const Assessment original = sample();
    const QByteArray bytes = serializeAssessment(original);
    QVERIFY(loadAssessment(bytes, QStringLiteral("whole"), m_lookup).ok());
    int previous = 0;
    for (int cut = 0; cut <= bytes.size(); cut += 7) {
        const QByteArray truncated = bytes.left(cut);
        if (cut < bytes.size())
            QVERIFY(!loadAssessment(truncated, QStringLiteral("cut"), m_lookup).ok()); // never half-loaded
        const std::optional<Assessment> recovered
            = recoverAssessment(truncated, m_lookup, QStringLiteral("every_feature"));
        if (!recovered) {
            QCOMPARE(cut, 0);
            continue;
        }
        // What is recovered is a subset of what was saved, and grows as more of the file survives.
        for (auto it = recovered->answers.answers.cbegin(); it != recovered->answers.answers.cend(); ++it)
            QCOMPARE(*it, original.answers.answers.value(it.key()));
        QVERIFY(recovered->answers.answers.size() >= previous);
        previous = int(recovered->answers.answers.size());
    }
    QCOMPARE(previous, 4);
    const std::optional<Assessment> whole = recoverAssessment(bytes, m_lookup);
    QVERIFY(whole);
    QCOMPARE(whole->answers.profile, original.answers.profile);
}

void TestAssessmentRecovery::needsTheQuestionnaire()
{
    QVERIFY(!recoverAssessment("\"answers\": {\"backup\": \"yes\"", m_lookup));
    QVERIFY(!recoverAssessment("garbage", m_lookup, QStringLiteral("no_such_questionnaire")));
    QVERIFY(!recoverAssessment(QByteArray(), m_lookup));
}

void TestAssessmentRecovery::dropsAnswersThatDoNotFit()
{
    const QByteArray damaged = "{\n \"answers\": {\n  \"backup\": \"maybe\",\n  \"ghost\": \"yes\",\n  "
                               "\"mfa_mail\": \"yes\",\n  \"staff_count\": -5,\n";
    const std::optional<Assessment> recovered
        = recoverAssessment(damaged, m_lookup, QStringLiteral("every_feature"));
    QVERIFY(recovered);
    QCOMPARE(recovered->answers.answers.keys(), QStringList { QStringLiteral("mfa_mail") });
}

QTEST_GUILESS_MAIN(TestAssessmentRecovery)
#include "TestAssessmentRecovery.moc"
