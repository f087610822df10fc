// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/ExampleAnswers.h"

#include <QTest>

using namespace zelfscan;

/**
 * The risk class for fourteen realistic businesses, each in tests/data/answers with a comment
 * that names the business and says why its class is right. Pinned so that a change of points,
 * thresholds or overrides shows up as a changed outcome for a named business.
 */
class TestContentRiskClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classes_data();
    void classes();
    void freelancerMeasuresThatDoNotApply();
    void measuresFitTheExposure_data();
    void measuresFitTheExposure();
    void stepsStartWithTheBasics();
    void measuresFromBasisscan();
    void ownAnswersCompleteTheList();
    void freelancerCapFollowsTheStaffAnswer();
    void teamsWithOnlyBusinessContactsStillHandleDataLeaks();

private:
    AnswerSet load(const QString& name) const;
    AssessmentResult assessFile(const QString& name) const;
    static const MeasureResult* measure(const AssessmentResult& result, const QString& id);

    QuestionnaireCatalog m_catalog;
    const Questionnaire* m_risk = nullptr;
    const Questionnaire* m_basisscan = nullptr;
};

void TestContentRiskClass::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR)).isEmpty());
    QVERIFY(m_catalog.crossCheck().isEmpty());
    m_risk = m_catalog.find(QStringLiteral("risicoklasse"));
    m_basisscan = m_catalog.find(QStringLiteral("basisscan"));
    QVERIFY(m_risk && m_basisscan);
}

AnswerSet TestContentRiskClass::load(const QString& name) const
{
    return testutil::loadExampleAnswers(m_catalog, name);
}

/** As the app and the CLI assess: the Basisscan's questions tell which measures exist. */
AssessmentResult TestContentRiskClass::assessFile(const QString& name) const
{
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_basisscan;
    return assess(*m_risk, load(name), options);
}

const MeasureResult* TestContentRiskClass::measure(const AssessmentResult& result, const QString& id)
{
    for (const MeasureResult& m : result.risk->measures) {
        if (m.measureId == id)
            return &m;
    }
    return nullptr;
}

void TestContentRiskClass::classes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("points");
    QTest::addColumn<int>("pointsClass");
    QTest::addColumn<int>("riskClass");
    QTest::addColumn<QString>("firstDriver");
    // The reasons are in each file's header comment.
    QTest::newRow("freelance designer") << "risicoklasse-zzp.yaml" << 2.0 << 1 << 1 << "r4_personal_data";
    QTest::newRow("bakery, six staff") << "risicoklasse-bakery.yaml" << 4.0 << 1 << 1 << "r1_staff";
    QTest::newRow("freelance bookkeeper")
        << "risicoklasse-bookkeeper-zzp.yaml" << 10.0 << 2 << 2 << "r4_personal_data";
    QTest::newRow("architects, 20 staff") << "risicoklasse-architect.yaml" << 9.0 << 2 << 2 << "r1_staff";
    QTest::newRow("bookkeeping office, 12 staff")
        << "risicoklasse-12.yaml" << 15.0 << 2 << 2 << "r4_personal_data";
    QTest::newRow("webshop, four staff")
        << "risicoklasse-shop-small.yaml" << 12.0 << 2 << 2 << "r5_online_sales";
    QTest::newRow("metal workshop with remote supplier access")
        << "risicoklasse-metalworks.yaml" << 12.0 << 2 << 2 << "r10_ot";
    QTest::newRow("physiotherapy practice: patient files raise the class")
        << "risicoklasse-practice.yaml" << 9.0 << 2 << 3 << "r4_personal_data";
    QTest::newRow("dental practice: patient files raise the class")
        << "risicoklasse-dental.yaml" << 15.0 << 2 << 3 << "r4_personal_data";
    QTest::newRow("logistics, 120 staff") << "risicoklasse-logistics.yaml" << 17.0 << 3 << 3 << "r1_staff";
    QTest::newRow("payroll office") << "risicoklasse-payroll.yaml" << 18.0 << 3 << 3 << "r4_personal_data";
    QTest::newRow("IT service provider") << "risicoklasse-msp.yaml" << 18.0 << 3 << 3 << "r9_remote";
    QTest::newRow("pharmacy webshop, 60 staff")
        << "risicoklasse-webshop.yaml" << 21.0 << 3 << 3 << "r4_personal_data";
    QTest::newRow("financial services with client money")
        << "risicoklasse-finance.yaml" << 30.0 << 4 << 4 << "r4_personal_data";
}

void TestContentRiskClass::classes()
{
    QFETCH(QString, file);
    QFETCH(double, points);
    QFETCH(int, pointsClass);
    QFETCH(int, riskClass);
    QFETCH(QString, firstDriver);
    const AssessmentResult result = assessFile(file);
    QVERIFY(result.risk);
    QCOMPARE(result.risk->points, points);
    QCOMPARE(result.risk->pointsClass, pointsClass);
    QCOMPARE(result.risk->riskClass, riskClass);
    QCOMPARE(result.risk->drivers.first().questionId, firstDriver);
    QCOMPARE(result.risk->overrides.size(), pointsClass == riskClass ? 0 : 1);
    // Measures are cumulative: every applicable measure of the class and the classes below it.
    for (const MeasureResult& m : result.risk->measures)
        QVERIFY(m.riskClass <= riskClass);
    QVERIFY(result.missing.isEmpty());
}

void TestContentRiskClass::freelancerMeasuresThatDoNotApply()
{
    // A freelance bookkeeper has no staff: no "give everyone an account", no joiner/leaver list,
    // no team training. Those measures do not apply; they are neither unknown nor advised.
    const AssessmentResult result = assessFile(QStringLiteral("risicoklasse-bookkeeper-zzp.yaml"));
    for (const char* id : { "m_personal_accounts", "m_joiners_leavers", "m_awareness" }) {
        QVERIFY2(measure(result, QLatin1String(id)), id);
        QCOMPARE(measure(result, QLatin1String(id))->status, MeasureStatus::NotApplicable);
    }
    for (const char* id : { "s_personal_accounts", "s_joiners_leavers", "s_awareness" })
        QVERIFY2(!result.step(QLatin1String(id)), id);
    // A 12-person office does have staff: the same measures apply there.
    const AssessmentResult office = assessFile(QStringLiteral("risicoklasse-12.yaml"));
    QCOMPARE(measure(office, QStringLiteral("m_personal_accounts"))->status, MeasureStatus::Unknown);
    QVERIFY(office.step(QStringLiteral("s_personal_accounts")));
}

void TestContentRiskClass::measuresFitTheExposure_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("bakery: no webshop, no sensitive data, one person pays")
        << "risicoklasse-bakery.yaml"
        << QStringList { "m_payment_check", "m_data_leak_procedure", "m_processor_agreements" }
        << QStringList { "m_webshop", "m_secure_exchange", "m_four_eyes", "m_ot_separation", "m_edr",
               "m_remote_access" };
    QTest::newRow("webshop: the shop is the business")
        << "risicoklasse-shop-small.yaml" << QStringList { "m_webshop", "m_four_eyes" }
        << QStringList { "m_secure_exchange", "m_edr" };
    QTest::newRow("freelance bookkeeper: client BSNs and salaries")
        << "risicoklasse-bookkeeper-zzp.yaml"
        << QStringList { "m_secure_exchange", "m_data_leak_procedure", "m_processor_agreements" }
        << QStringList { "m_edr", "m_logging", "m_vulnerability_scan", "m_four_eyes" };
    QTest::newRow("metal workshop: suppliers log in to the machines")
        << "risicoklasse-metalworks.yaml"
        << QStringList { "m_ot_separation", "m_four_eyes", "m_remote_access" }
        << QStringList { "m_webshop", "m_segmentation" };
    QTest::newRow("payroll office: class 3 with batch payments")
        << "risicoklasse-payroll.yaml" << QStringList { "m_four_eyes", "m_secure_exchange", "m_edr" }
        << QStringList { "m_pentest", "m_remote_access" };
    // Logging in from outside to servers on site scores 3 points but had no measure below class 3,
    // so a class 1 firm reaching its office server over remote desktop was told all was in order.
    QTest::newRow("IT service provider: logs in to its own servers from outside")
        << "risicoklasse-msp.yaml" << QStringList { "m_remote_access", "m_mfa_all" } << QStringList {};
}

void TestContentRiskClass::measuresFitTheExposure()
{
    QFETCH(QString, file);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const AssessmentResult result = assessFile(file);
    for (const QString& id : present)
        QVERIFY2(measure(result, id), qPrintable(id));
    for (const QString& id : absent)
        QVERIFY2(!measure(result, id), qPrintable(id));
}

void TestContentRiskClass::stepsStartWithTheBasics()
{
    // Without Basisscan answers every measure is unknown: the basics of class 1 come first, in
    // the file's order, and what only class 3 adds (EDR) comes after class 1's antivirus.
    const AssessmentResult result = assessFile(QStringLiteral("risicoklasse-payroll.yaml"));
    QStringList order;
    for (const NextStep& step : result.steps)
        order.append(step.id);
    QCOMPARE(order.first(), QStringLiteral("s_updates"));
    QVERIFY(order.indexOf(QStringLiteral("s_antivirus")) < order.indexOf(QStringLiteral("s_edr")));
    QVERIFY(order.indexOf(QStringLiteral("s_awareness")) > order.indexOf(QStringLiteral("s_backup")));
    int lastClass = 0;
    for (const NextStep& step : result.steps) {
        QVERIFY2(step.fromClass >= lastClass, qPrintable(step.id));
        lastClass = step.fromClass;
    }
}

void TestContentRiskClass::measuresFromBasisscan()
{
    const AnswerSet scan = load(QStringLiteral("basisscan-12.yaml"));
    AssessmentOptions options;
    options.evidenceAnswers = &scan;
    options.evidenceQuestionnaire = m_basisscan;
    const AssessmentResult result = assess(*m_risk, load(QStringLiteral("risicoklasse-12.yaml")), options);
    for (const char* id : { "m_backup", "m_password_manager", "m_mail_domain", "m_insurance" })
        QVERIFY2(measure(result, QLatin1String(id)), id);
    QCOMPARE(measure(result, QStringLiteral("m_backup"))->status, MeasureStatus::InPlace);
    QCOMPARE(measure(result, QStringLiteral("m_password_manager"))->status, MeasureStatus::Missing);
    QCOMPARE(measure(result, QStringLiteral("m_mail_domain"))->status,
        MeasureStatus::Unknown); // "don't know" on the mail domain, though HTTPS is in place
    QCOMPARE(measure(result, QStringLiteral("m_insurance"))->status,
        MeasureStatus::Unknown); // the Basisscan does not ask about insurance
    // Updates on computers and phones are not updates on the router: the firmware statement is
    // "don't know", so the measure is not in place although the first half is.
    QCOMPARE(measure(result, QStringLiteral("m_updates"))->status, MeasureStatus::Unknown);
    // Knowing the crown jewels is not a risk analysis: asked directly, never taken from the scan.
    QCOMPARE(measure(result, QStringLiteral("m_risk_analysis"))->status, MeasureStatus::Unknown);
    QVERIFY(result.steps.first().requiredByClass);
}

void TestContentRiskClass::ownAnswersCompleteTheList()
{
    AnswerSet answers = load(QStringLiteral("risicoklasse-bakery.yaml"));
    for (const Measure& m : m_risk->riskModel->measures)
        answers.measureAnswers.insert(m.id, true);
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_basisscan;
    const AssessmentResult result = assess(*m_risk, answers, options);
    for (const MeasureResult& m : result.risk->measures)
        QVERIFY2(m.status == MeasureStatus::InPlace, qPrintable(m.measureId));
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.everythingInOrder());
}

void TestContentRiskClass::freelancerCapFollowsTheStaffAnswer()
{
    // The intake said one person, and the user corrected the staff question to 10-49 (the app
    // fills it in from the intake and lets it be changed). The cap for people working alone
    // used to fire on the intake's size: "You work alone", class 2 instead of 3.
    AnswerSet answers = load(QStringLiteral("risicoklasse-architect.yaml"));
    answers.profile.size = QStringLiteral("1");
    const QList<std::pair<const char*, const char*>> exposed
        = { { "r1_staff", "medium" }, { "r9_remote", "into_site" }, { "r10_ot", "supplier_access" },
              { "r3_it_dependence", "not_at_all" }, { "r7_confidential", "core" } };
    for (const auto& [question, option] : exposed)
        answers.answers.insert(QLatin1String(question), Answer::ofOption(QLatin1String(option)));
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_basisscan;
    const AssessmentResult result = assess(*m_risk, answers, options);
    QVERIFY(result.risk);
    QCOMPARE(result.risk->points, 16.0);
    QCOMPARE(result.risk->riskClass, 3);
    QVERIFY(result.risk->overrides.isEmpty());
}

void TestContentRiskClass::teamsWithOnlyBusinessContactsStillHandleDataLeaks()
{
    // Business contacts and staff records are personal data: a 20-person office that keeps only
    // business contacts still needs a data-leak procedure and processor agreements (GDPR art. 33
    // and 28). Only a freelancer with nothing but business contacts is left out.
    AnswerSet office = load(QStringLiteral("risicoklasse-architect.yaml"));
    office.answers.insert(QStringLiteral("r4_personal_data"), Answer::ofOption(QStringLiteral("none")));
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_basisscan;
    const AssessmentResult team = assess(*m_risk, office, options);
    for (const char* id : { "m_data_leak_procedure", "m_processor_agreements" }) {
        QVERIFY2(measure(team, QLatin1String(id)), id);
        QVERIFY2(measure(team, QLatin1String(id))->status != MeasureStatus::NotApplicable, id);
    }
    AnswerSet freelancer = load(QStringLiteral("risicoklasse-zzp.yaml"));
    freelancer.answers.insert(QStringLiteral("r4_personal_data"), Answer::ofOption(QStringLiteral("none")));
    const AssessmentResult alone = assess(*m_risk, freelancer, options);
    for (const char* id : { "m_data_leak_procedure", "m_processor_agreements" }) {
        const MeasureResult* m = measure(alone, QLatin1String(id));
        QVERIFY2(!m || m->status == MeasureStatus::NotApplicable, id);
    }
}

QTEST_GUILESS_MAIN(TestContentRiskClass)
#include "TestContentRiskClass.moc"
