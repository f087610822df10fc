// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QTest>

using namespace zelfscan;

/**
 * The shipped questionnaires give sensible outcomes for realistic businesses: a zzp'er, a
 * 12-person office and manufacturers with OT. The risk class has its own suite
 * (TestContentRiskClass.cpp).
 */
class TestContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void basisscanFreelancer();
    void basisscanOffice();
    void basisscanBest();
    void staffQuestionsHiddenForFreelancer();
    void otSmallWorkshop();
    void otPlant();

private:
    AnswerSet load(const char* name);

    QuestionnaireCatalog m_catalog;
};

void TestContent::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR)).isEmpty());
    QVERIFY(m_catalog.crossCheck().isEmpty());
    QCOMPARE(m_catalog.questionnaires().size(), 3);
}

AnswerSet TestContent::load(const char* name)
{
    const AnswerLoadResult result
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/answers/") + QLatin1String(name),
            [this](const QString& id) { return m_catalog.find(id); });
    if (!result.ok())
        qFatal("%s: %s", name, qPrintable(result.diagnostics.value(0).toString()));
    return *result.answers;
}

static QStringList stepIds(const AssessmentResult& result, int count)
{
    QStringList ids;
    for (int i = 0; i < std::min<int>(count, int(result.steps.size())); ++i)
        ids.append(result.steps.at(i).id);
    return ids;
}

static QString weakest(const AssessmentResult& result)
{
    const SectionResult* weakest = nullptr;
    for (const SectionResult& s : result.sections) {
        if (s.score && (!weakest || *s.score < *weakest->score))
            weakest = &s;
    }
    return weakest ? weakest->sectionId : QString();
}

void TestContent::basisscanFreelancer()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("basisscan")), load("basisscan-zzp.yaml"));
    QVERIFY(result.missing.isEmpty());
    QCOMPARE(weakest(result), QStringLiteral("p4")); // no two-step verification, admin rights everywhere
    QCOMPARE(result.section(QStringLiteral("p1"))->light, Light::Red);
    QVERIFY(result.section(QStringLiteral("p1"))->topGap); // no offline back-up
    QCOMPARE(result.section(QStringLiteral("p5"))->score, std::optional<double>(100));
    // The two TOP gaps come first: two-step verification (little work) before back-ups.
    QCOMPARE(
        stepIds(result, 2), (QStringList { QStringLiteral("p4_mfa"), QStringLiteral("p1_backup_offline") }));
    QVERIFY(result.step(QStringLiteral("find-out-p2_default_passwords")));
}

void TestContent::basisscanOffice()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("basisscan")), load("basisscan-12.yaml"));
    QVERIFY(result.missing.isEmpty());
    QCOMPARE(weakest(result), QStringLiteral("p4"));
    QCOMPARE(result.section(QStringLiteral("p1"))->light, Light::Green);
    QCOMPARE(stepIds(result, 1), QStringList { QStringLiteral("p4_mfa") }); // "partly" on a TOP item
    QVERIFY(result.section(QStringLiteral("p4"))->topGap);
    QVERIFY(!result.section(QStringLiteral("p4"))->capped); // 28.6 is already below the cap of 50
    // "Not applicable" on reporting leaves it out of p5 altogether: five statements remain.
    const SectionResult* p5 = result.section(QStringLiteral("p5"));
    QCOMPARE(p5->maximum, 10.0);
}

void TestContent::basisscanBest()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("basisscan")), load("basisscan-best.yaml"));
    QCOMPARE(result.overall, std::optional<double>(100));
    QVERIFY(result.steps.isEmpty());
}

void TestContent::staffQuestionsHiddenForFreelancer()
{
    const Questionnaire& basisscan = *m_catalog.find(QStringLiteral("basisscan"));
    AnswerSet zzp = load("basisscan-zzp.yaml");
    int visible = 0;
    for (const Section& section : basisscan.sections) {
        for (const Question& question : section.questions)
            visible += isQuestionVisible(basisscan, question, zzp) ? 1 : 0;
    }
    QCOMPARE(visible, 25); // 29 statements, four of them about staff
    zzp.profile.size = QStringLiteral("2-9");
    QVERIFY(isQuestionVisible(basisscan, *basisscan.question(QStringLiteral("p4_personal_accounts")), zzp));
}

void TestContent::otSmallWorkshop()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("procesautomatisering")), load("ot-small.yaml"));
    QCOMPARE(result.target->levelId, QStringLiteral("low"));
    QCOMPARE(result.target->points, 2.0);
    QVERIFY(result.missing.isEmpty()); // only the basic questions apply
    QVERIFY(!result.section(QStringLiteral("remote"))->score); // no remote access: not applicable
    QCOMPARE(stepIds(result, 1), QStringList { QStringLiteral("bak_plc") });
    for (const SectionResult& s : result.sections) {
        if (s.target)
            QCOMPARE(*s.target, 1.0);
    }
    // The new areas: encryption and monitoring are not asked at level low; the
    // Cyberbeveiligingswet is asked, and "does not apply" leaves compliance without a score.
    QVERIFY(!result.section(QStringLiteral("encryption"))->score);
    QVERIFY(!result.section(QStringLiteral("compliance"))->score);
    QVERIFY(result.section(QStringLiteral("people"))->score);
}

void TestContent::otPlant()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("procesautomatisering")), load("ot-plant.yaml"));
    QCOMPARE(result.target->levelId, QStringLiteral("high"));
    QCOMPARE(result.target->points, 11.0); // a safety risk counts 4 points since 2026.2
    QVERIFY(result.missing.isEmpty());
    QCOMPARE(result.section(QStringLiteral("remote"))->target, std::optional<double>(3));
    QCOMPARE(result.section(QStringLiteral("governance"))->target, std::optional<double>(2));
    QCOMPARE(result.section(QStringLiteral("remote"))->light, Light::Red);
    // TOP gaps lead: the exposure question they could not answer, PLC back-ups, and remote access.
    QCOMPARE(stepIds(result, 3),
        (QStringList { QStringLiteral("find-out-net_exposure"), QStringLiteral("bak_plc"),
            QStringLiteral("rem_gateway") }));
}

QTEST_GUILESS_MAIN(TestContent)
#include "TestContent.moc"
