// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/ExampleAnswers.h"

#include <QTest>

using namespace zelfscan;

/**
 * The OT check (procesautomatisering.yaml) gives an outcome a DTC adviser would sign for
 * realistic businesses: each answer file in tests/data/answers/ot-*.yaml names its business
 * and says why its level, weakest area and first steps are right. The other tests pin the
 * rules behind them: a safety risk never gives level low, critical items need level 2 at every
 * level, and a one-machine business reads the one-machine advice.
 */
class TestContentOt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void businesses_data();
    void businesses();
    void safetyRiskIsNeverLow();
    void partlyEverywhereAtLowIsNotInOrder();
    void partlyOnEveryBasicQuestionAdvisesTheCriticalItems();
    void cyberbeveiligingswetIsAGapAtEveryLevel();
    void adviceFitsThePlantSize();
    void incidentCardHasTheLegalReportWhereTheLawApplies();
    void everyQuestionHasAFindOutTitle();

private:
    AnswerSet load(const QString& name) const;
    AssessmentResult assessFile(const QString& name) const;
    const Questionnaire& ot() const;

    QuestionnaireCatalog m_catalog;
};

void TestContentOt::initTestCase()
{
    // The OT file itself must be clean, warnings included (the other files have suites of their own).
    const Diagnostics diagnostics = m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR));
    for (const Diagnostic& d : diagnostics)
        QVERIFY2(!d.isError() && !d.file.endsWith(QLatin1String("procesautomatisering.yaml")),
            qPrintable(d.toString()));
    QVERIFY(m_catalog.find(QStringLiteral("procesautomatisering")));
}

const Questionnaire& TestContentOt::ot() const
{
    return *m_catalog.find(QStringLiteral("procesautomatisering"));
}

AnswerSet TestContentOt::load(const QString& name) const
{
    return testutil::loadExampleAnswers(m_catalog, name);
}

AssessmentResult TestContentOt::assessFile(const QString& name) const
{
    return assess(ot(), load(name));
}

static QString how(const AssessmentResult& result, const char* stepId)
{
    const NextStep* step = result.step(QLatin1String(stepId));
    return step ? step->how.text(Language::dutch()) : QString();
}

void TestContentOt::businesses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("level");
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("weakestArea");
    QTest::addColumn<QStringList>("firstSteps");

    QTest::newRow("metalworking shop, one isolated CNC machine")
        << "ot-small.yaml"
        << "low" << 2.0 << "access"
        << QStringList { "bak_plc", "inc_plan", "find-out-acc_default_passwords" };
    QTest::newRow("furniture maker, 'sometimes, or in part' everywhere")
        << "ot-low-partly.yaml"
        << "low" << 3.0 << "network"
        << QStringList { "net_exposure", "bak_plc", "rem_gateway", "acc_default_passwords" };
    QTest::newRow("print shop, presses on the office network")
        << "ot-print.yaml"
        << "low" << 3.0 << "access" << QStringList { "acc_default_passwords", "net_segmentation" };
    QTest::newRow("cheese dairy, one isolated pasteuriser with a food-safety risk")
        << "ot-pasteur.yaml"
        << "medium" << 4.0 << "purchasing" << QStringList { "bak_plc", "mal_usb", "inc_plan" };
    QTest::newRow("greenhouse grower, climate computer with supplier remote access")
        << "ot-greenhouse.yaml"
        << "medium" << 6.0 << "remote"
        << QStringList { "find-out-net_exposure", "rem_gateway", "acc_default_passwords" };
    QTest::newRow("builder of packaging lines, laptops full of customer programs")
        << "ot-packaging.yaml"
        << "medium" << 6.0 << "encryption" << QStringList { "mal_usb", "inc_plan", "pat_legacy" };
    QTest::newRow("industrial bakery, one oven line with a supplier 4G router")
        << "ot-bakery.yaml"
        << "medium" << 7.0 << "remote"
        << QStringList { "bak_plc", "net_exposure", "rem_gateway", "gov_owner" };
    QTest::newRow("spring-water bottler, 60 staff, well run")
        << "ot-bottling.yaml"
        << "high" << 10.0 << "people" << QStringList { "cmp_nis2", "hr_contractors", "net_wireless" };
    QTest::newRow("food producer, 120 staff, safety risk, TeamViewer suppliers")
        << "ot-plant.yaml"
        << "high" << 11.0 << "remote" << QStringList { "find-out-net_exposure", "bak_plc", "rem_gateway" };
    QTest::newRow("metal plant with three sites")
        << "ot-metal-sites.yaml"
        << "high" << 12.0 << "monitoring" << QStringList { "rem_gateway", "pat_legacy", "mon_logging" };
}

void TestContentOt::businesses()
{
    QFETCH(QString, file);
    QFETCH(QString, level);
    QFETCH(double, points);
    QFETCH(QString, weakestArea);
    QFETCH(QStringList, firstSteps);

    const AssessmentResult result = assessFile(file);
    QVERIFY2(result.missing.isEmpty(), qPrintable(result.missing.join(QLatin1Char(' '))));
    QVERIFY(result.target);
    QCOMPARE(result.target->levelId, level);
    QCOMPARE(result.target->points, points);
    QCOMPARE(testutil::weakestSectionId(ot(), result), weakestArea);
    QCOMPARE(testutil::firstStepIds(result, int(firstSteps.size())), firstSteps);
}

void TestContentOt::safetyRiskIsNeverLow()
{
    // Whatever the other intake answers, a danger to people, the environment or food safety
    // gives at least level medium.
    const Question* k2 = ot().question(QStringLiteral("k2_connectivity"));
    const Question* k3 = ot().question(QStringLiteral("k3_size"));
    const Question* k4 = ot().question(QStringLiteral("k4_chain_dependence"));
    QVERIFY(k2 && k3 && k4);
    AnswerSet answers;
    answers.questionnaireId = ot().id;
    answers.answers.insert(QStringLiteral("k1_failure_impact"), Answer::ofOption(QStringLiteral("safety")));
    int combinations = 0;
    for (const AnswerOption& a : k2->options) {
        for (const AnswerOption& b : k3->options) {
            for (const AnswerOption& c : k4->options) {
                answers.answers.insert(k2->id, Answer::ofOption(a.id));
                answers.answers.insert(k3->id, Answer::ofOption(b.id));
                answers.answers.insert(k4->id, Answer::ofOption(c.id));
                const AssessmentResult result = assess(ot(), answers);
                QVERIFY(result.target);
                QVERIFY2(result.target->levelId != QLatin1String("low"),
                    qPrintable(QStringLiteral("%1 %2 %3").arg(a.id, b.id, c.id)));
                ++combinations;
            }
        }
    }
    QCOMPARE(combinations, 64);

    // The cheese dairy is medium because of the safety risk alone: the same dairy with
    // "production stops" is low.
    AnswerSet dairy = load(QStringLiteral("ot-pasteur.yaml"));
    QCOMPARE(assess(ot(), dairy).target->levelId, QStringLiteral("medium"));
    dairy.answers.insert(QStringLiteral("k1_failure_impact"), Answer::ofOption(QStringLiteral("stop")));
    QCOMPARE(assess(ot(), dairy).target->levelId, QStringLiteral("low"));
}

void TestContentOt::partlyEverywhereAtLowIsNotInOrder()
{
    // Before 2026.2 this furniture maker was told "alles is op orde".
    const AssessmentResult result = assessFile(QStringLiteral("ot-low-partly.yaml"));
    QCOMPARE(result.target->levelId, QStringLiteral("low"));
    QVERIFY(!result.steps.isEmpty());
    QVERIFY(!result.everythingInOrder());
    // Exactly the critical items are gaps: "sometimes, or in part" meets target 1 elsewhere.
    QStringList ids = testutil::firstStepIds(result, int(result.steps.size()));
    ids.sort();
    QCOMPARE(ids, (QStringList { "acc_default_passwords", "bak_plc", "net_exposure", "rem_gateway" }));
    for (const char* top : { "bak_plc", "net_exposure", "rem_gateway" }) {
        QVERIFY(result.step(QLatin1String(top))->top);
    }
    // Those areas cannot show green while a critical item is below its target: also "accounts
    // and passwords", whose default passwords are critical without being a TOP item.
    for (const char* area : { "network", "remote", "backup", "access" })
        QVERIFY(result.section(QLatin1String(area))->light != Light::Green);
    QVERIFY(result.section(QStringLiteral("access"))->criticalGap);
    QVERIFY(!result.section(QStringLiteral("access"))->topGap);
    // The area named weakest is one of them, not a green one that ties on the mean.
    QCOMPARE(testutil::weakestSectionId(ot(), result), QStringLiteral("network"));
}

void TestContentOt::partlyOnEveryBasicQuestionAdvisesTheCriticalItems()
{
    // The same, built from the questionnaire itself, so a critical item added later is
    // covered: one machine, level low, every visible maturity question answered m1.
    AnswerSet answers;
    answers.questionnaireId = ot().id;
    answers.profile.size = QStringLiteral("10-49");
    answers.profile.sector = QStringLiteral("techniek");
    answers.answers.insert(QStringLiteral("k1_failure_impact"), Answer::ofOption(QStringLiteral("none")));
    answers.answers.insert(QStringLiteral("k2_connectivity"), Answer::ofOption(QStringLiteral("supplier")));
    answers.answers.insert(QStringLiteral("k3_size"), Answer::ofOption(QStringLiteral("one_machine")));
    answers.answers.insert(QStringLiteral("k4_chain_dependence"), Answer::ofOption(QStringLiteral("none")));
    int asked = 0;
    for (const Section& section : ot().sections) {
        for (const Question& question : section.questions) {
            if (ot().isIntakeQuestion(question) || !isQuestionVisible(ot(), question, answers))
                continue;
            answers.answers.insert(question.id,
                Answer::ofOption(question.option(QStringLiteral("m1")) ? QStringLiteral("m1")
                                                                       : QStringLiteral("in_scope_busy")));
            ++asked;
        }
    }
    QCOMPARE(asked, 15); // the basic questions
    const AssessmentResult result = assess(ot(), answers);
    QCOMPARE(result.target->levelId, QStringLiteral("low"));
    QVERIFY(result.missing.isEmpty());
    for (const char* critical :
        { "net_exposure", "rem_gateway", "bak_plc", "acc_default_passwords", "cmp_nis2" })
        QVERIFY2(result.step(QLatin1String(critical)), critical);
    QCOMPARE(result.steps.size(), 5);
    QVERIFY(!result.everythingInOrder());

    // Only with the critical items arranged is this business in order at level low.
    for (const char* critical : { "net_exposure", "rem_gateway", "bak_plc", "acc_default_passwords" })
        answers.answers.insert(QLatin1String(critical), Answer::ofOption(QStringLiteral("m2")));
    answers.answers.insert(QStringLiteral("cmp_nis2"), Answer::ofOption(QStringLiteral("in_scope_done")));
    QVERIFY(assess(ot(), answers).everythingInOrder());
}

void TestContentOt::cyberbeveiligingswetIsAGapAtEveryLevel()
{
    // The food producer does not know whether the law applies: it is told to find out.
    const AssessmentResult plant = assessFile(QStringLiteral("ot-plant.yaml"));
    const NextStep* findOut = plant.step(QStringLiteral("find-out-cmp_nis2"));
    QVERIFY(findOut);
    QVERIFY(findOut->title.text(Language::dutch())
                .startsWith(QLatin1String("Zoek uit of de Cyberbeveiligingswet")));

    // "In scope and working on it" is a gap even at level low.
    AnswerSet print = load(QStringLiteral("ot-print.yaml"));
    QVERIFY(!assess(ot(), print).step(QStringLiteral("cmp_nis2")));
    print.answers.insert(QStringLiteral("cmp_nis2"), Answer::ofOption(QStringLiteral("in_scope_busy")));
    const AssessmentResult result = assess(ot(), print);
    QCOMPARE(result.target->levelId, QStringLiteral("low"));
    QVERIFY(result.step(QStringLiteral("cmp_nis2")));

    // A one-person business is not asked.
    print.profile.size = QStringLiteral("1");
    QVERIFY(!isQuestionVisible(ot(), *ot().question(QStringLiteral("cmp_nis2")), print));
}

void TestContentOt::adviceFitsThePlantSize()
{
    // One or a few machines: the short text for one machine, and only that.
    const AssessmentResult workshop = assessFile(QStringLiteral("ot-small.yaml"));
    QVERIFY(how(workshop, "bak_plc").startsWith(QLatin1String("Vraag de leverancier om een kopie")));
    QVERIFY(how(workshop, "inc_plan").startsWith(QStringLiteral("Schrijf op één A4")));
    const AssessmentResult dairy = assessFile(QStringLiteral("ot-pasteur.yaml"));
    QVERIFY(how(dairy, "bak_plc").startsWith(QLatin1String("Vraag de leverancier om een kopie")));
    QVERIFY(how(dairy, "acq_requirements").startsWith(QLatin1String("Vraag bij de volgende aankoop")));

    // A line or more: the default text.
    const AssessmentResult bakery = assessFile(QStringLiteral("ot-bakery.yaml"));
    QVERIFY(how(bakery, "bak_plc").startsWith(QLatin1String("Maak na elke wijziging")));
    QVERIFY(
        how(bakery, "rem_gateway").startsWith(QStringLiteral("Laat je IT-leverancier één ingang inrichten")));

    // Passive monitoring with a SOC is suggested at the high level only.
    QVERIFY(
        how(assessFile(QStringLiteral("ot-metal-sites.yaml")), "mon_anomaly").contains(QLatin1String("SOC")));
    const QString medium = how(bakery, "mon_anomaly");
    QVERIFY(!medium.isEmpty());
    QVERIFY(!medium.contains(QLatin1String("SOC")));

    // No text packs both cases into one ("Bij één machine: ... Bij meerdere lijnen: ...").
    for (const char* file : { "ot-small.yaml", "ot-pasteur.yaml", "ot-bakery.yaml", "ot-plant.yaml" }) {
        for (const NextStep& step : assessFile(QLatin1String(file)).steps) {
            const QString text = step.how.text(Language::dutch());
            QVERIFY2(!text.contains(QStringLiteral("Bij één machine"))
                    && !text.contains(QLatin1String("Bij meerdere")),
                qPrintable(step.id));
        }
    }
}

void TestContentOt::everyQuestionHasAFindOutTitle()
{
    int checked = 0;
    for (const Section& section : ot().sections) {
        for (const Question& question : section.questions) {
            if (ot().isIntakeQuestion(question))
                continue;
            const LocalizedText title = stepTitle(ot(), QStringLiteral("find-out-") + question.id);
            QVERIFY2(title.text(Language::dutch()).startsWith(QLatin1String("Zoek uit of ")),
                qPrintable(question.id));
            QVERIFY2(title.text(Language::english()).startsWith(QLatin1String("Find out whether ")),
                qPrintable(question.id));
            ++checked;
        }
    }
    QCOMPARE(checked, 34);
}

void TestContentOt::incidentCardHasTheLegalReportWhereTheLawApplies()
{
    // The packaging-line builder falls under the Cyberbeveiligingswet: its incident card must say
    // that a serious incident is reported within 24 hours. The bakery does not, and a stand-alone
    // machine under the law keeps its one-page card, with the report added.
    const QString reportWithin = QStringLiteral("binnen 24 uur meldt");
    QVERIFY(how(assessFile(QStringLiteral("ot-packaging.yaml")), "inc_plan").contains(reportWithin));
    QVERIFY(!how(assessFile(QStringLiteral("ot-bakery.yaml")), "inc_plan").contains(reportWithin));
    AnswerSet oneMachine = load(QStringLiteral("ot-greenhouse.yaml"));
    oneMachine.answers.insert(QStringLiteral("cmp_nis2"), Answer::ofOption(QStringLiteral("in_scope_busy")));
    const QString card = how(assess(ot(), oneMachine), "inc_plan");
    QVERIFY(card.contains(reportWithin));
    QVERIFY(card.contains(QStringLiteral("Hang de kaart bij de machine")));
}

QTEST_GUILESS_MAIN(TestContentOt)
#include "TestContentOt.moc"
