// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/ExampleAnswers.h"

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
    void overlappingOptionsSayHowToChoose();

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
    return testutil::loadExampleAnswers(m_catalog, QLatin1String(name));
}

void TestContent::basisscanFreelancer()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("basisscan")), load("basisscan-zzp.yaml"));
    QVERIFY(result.missing.isEmpty());
    QCOMPARE(testutil::weakestSectionId(*m_catalog.find(QStringLiteral("basisscan")), result),
        QStringLiteral("p4")); // no two-step verification, admin rights everywhere
    QCOMPARE(result.section(QStringLiteral("p1"))->light, Light::Red);
    QVERIFY(result.section(QStringLiteral("p1"))->topGap); // no offline back-up
    QCOMPARE(result.section(QStringLiteral("p5"))->score, std::optional<double>(100));
    // The two TOP gaps come first: two-step verification (little work) before back-ups.
    QCOMPARE(testutil::firstStepIds(result, 2),
        (QStringList { QStringLiteral("p4_mfa"), QStringLiteral("p1_backup_offline") }));
    QVERIFY(result.step(QStringLiteral("find-out-p2_default_passwords")));
}

void TestContent::basisscanOffice()
{
    const AssessmentResult result
        = assess(*m_catalog.find(QStringLiteral("basisscan")), load("basisscan-12.yaml"));
    QVERIFY(result.missing.isEmpty());
    QCOMPARE(testutil::weakestSectionId(*m_catalog.find(QStringLiteral("basisscan")), result),
        QStringLiteral("p4"));
    QCOMPARE(result.section(QStringLiteral("p1"))->light, Light::Green);
    QCOMPARE(testutil::firstStepIds(result, 1),
        QStringList { QStringLiteral("p4_mfa") }); // "partly" on a TOP item
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
    QCOMPARE(testutil::firstStepIds(result, 1), QStringList { QStringLiteral("bak_plc") });
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
    QCOMPARE(testutil::firstStepIds(result, 3),
        (QStringList { QStringLiteral("find-out-net_exposure"), QStringLiteral("bak_plc"),
            QStringLiteral("rem_gateway") }));
}

void TestContent::overlappingOptionsSayHowToChoose()
{
    // Single-choice questions whose options can be true together (office network and supplier
    // access, customer data and sensitive data): without an instruction the class or level would
    // depend on which true answer someone read first.
    const QStringList overlapping
        = { QStringLiteral("r4_personal_data"), QStringLiteral("r6_payments"), QStringLiteral("r8_links"),
              QStringLiteral("r9_remote"), QStringLiteral("r10_ot"), QStringLiteral("r11_sector"),
              QStringLiteral("k1_failure_impact"), QStringLiteral("k2_connectivity") };
    int found = 0;
    for (const Questionnaire& questionnaire : m_catalog.questionnaires()) {
        for (const Section& section : questionnaire.sections) {
            for (const Question& question : section.questions) {
                if (overlapping.contains(question.id)) {
                    ++found;
                    QVERIFY2(!question.instruction.isEmpty(), qPrintable(question.id));
                }
                if (question.instruction.isEmpty())
                    continue;
                // Every instruction so far says "the last one that fits" or "the worst": so the
                // options must run from fewest to most points, or the instruction picks wrong.
                double previous = -1e9;
                for (const AnswerOption& option : question.options) {
                    if (option.notApplicable || option.unknown)
                        continue;
                    QVERIFY2(
                        option.score >= previous, qPrintable(question.id + QLatin1Char(' ') + option.id));
                    previous = option.score;
                }
                // Said where it is always seen, not added to the text that explanations quote.
                for (const Language& language : { Language::dutch(), Language::english() })
                    QVERIFY(!question.text.text(language).contains(question.instruction.text(language)));
            }
        }
    }
    QCOMPARE(found, overlapping.size());
}

QTEST_GUILESS_MAIN(TestContent)
#include "TestContent.moc"
