// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QTest>

using namespace zelfscan;

/** Scoring, visibility, risk class, target levels, next steps and "what if", on the test fixtures. */
class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bestAnswersScoreFullWithoutSteps();
    void worstAnswersScoreZeroWithStepPerGap();
    void notApplicableSectionIsNull();
    void dontKnowGivesFindOutStep();
    void conditionsHideAndShow();
    void hiddenAnswersAreIgnored();
    void unansweredQuestionsAreMissing();
    void topGapCapsSection();
    void explainsLostPoints();
    void sharedStepsAreAdvisedOnce();
    void stepsAreOrdered();
    void riskClassFromPointsAndOverrides_data();
    void riskClassFromPointsAndOverrides();
    void driversAreLargestFirst();
    void measuresUseEvidenceAnswers();
    void targetLevelsFromIntake();
    void otGapsAreBelowTarget();
    void whatIfClosesGaps();
    void isDeterministic();
    void findOutStepUsesItsTitle();
    void howVariantsAndLinks();
    void hiddenEvidenceDoesNotApply();
    void notApplicableAnswerDoesNotApply();
    void measuresAnsweredDirectly();
    void measuresApplyOnlyWhereTheirConditionHolds();
    void lowerClassStepsComeFirst();
    void criticalItemsHaveAMinimumTarget();
    void everythingInOrderOnlyWhenNothingIsOpen();

private:
    AnswerSet answers(const QString& questionnaireId, const QString& size,
        std::initializer_list<std::pair<const char*, Answer>> list) const;

    QuestionnaireCatalog m_catalog;
    QuestionnaireCatalog m_rules; ///< tests/data/rules: the rules added after the first format
    const Questionnaire* m_scan = nullptr;
    const Questionnaire* m_risk = nullptr;
    const Questionnaire* m_ot = nullptr;
};

static Answer opt(const char* id)
{
    return Answer::ofOption(QString::fromLatin1(id));
}

AnswerSet TestEngine::answers(const QString& questionnaireId, const QString& size,
    std::initializer_list<std::pair<const char*, Answer>> list) const
{
    AnswerSet set;
    set.questionnaireId = questionnaireId;
    set.profile.size = size;
    set.profile.sector = QStringLiteral("ict");
    for (const auto& [id, answer] : list)
        set.answers.insert(QString::fromLatin1(id), answer);
    return set;
}

void TestEngine::initTestCase()
{
    QVERIFY(m_catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    m_scan = m_catalog.find(QStringLiteral("every_feature"));
    m_risk = m_catalog.find(QStringLiteral("risk_feature"));
    m_ot = m_catalog.find(QStringLiteral("ot_feature"));
    QVERIFY(m_scan && m_risk && m_ot);
    QVERIFY(m_rules.loadDirectory(QStringLiteral(TEST_DATA_DIR "/rules")).isEmpty());
    QVERIFY(m_rules.crossCheck().isEmpty());
}

void TestEngine::bestAnswersScoreFullWithoutSteps()
{
    const AnswerSet best = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("yes") }, { "mfa_mail", opt("yes") }, { "mfa_bank", opt("yes") },
            { "staff_count", Answer::ofNumber(25) },
            { "channels", Answer::ofOptions({ QStringLiteral("training"), QStringLiteral("posters") }) },
            { "role", opt("owner") }, { "sector_only", opt("yes") } });
    const AssessmentResult result = assess(*m_scan, best);
    QCOMPARE(result.section(QStringLiteral("basics"))->score, std::optional<double>(100));
    QCOMPARE(result.section(QStringLiteral("staff"))->score, std::optional<double>(100));
    QCOMPARE(result.section(QStringLiteral("basics"))->light, Light::Green);
    QCOMPARE(result.overall, std::optional<double>(100));
    QVERIFY(result.missing.isEmpty());
    QVERIFY(result.steps.isEmpty());
}

void TestEngine::worstAnswersScoreZeroWithStepPerGap()
{
    const AnswerSet worst = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("no") }, { "mfa_mail", opt("no") }, { "mfa_bank", opt("no") },
            { "staff_count", Answer::ofNumber(0) },
            { "channels", Answer::ofOptions({ QStringLiteral("none") }) }, { "sector_only", opt("no") } });
    const AssessmentResult result = assess(*m_scan, worst);
    QCOMPARE(result.section(QStringLiteral("basics"))->score, std::optional<double>(0));
    QCOMPARE(result.section(QStringLiteral("staff"))->score, std::optional<double>(0));
    QCOMPARE(result.section(QStringLiteral("basics"))->light, Light::Red);
    QCOMPARE(result.overall, std::optional<double>(0));
    QStringList ids;
    for (const NextStep& step : result.steps)
        ids.append(step.id);
    ids.sort();
    // backup, the shared MFA/posters/sector step, the staff-count step and the training step.
    QCOMPARE(ids,
        (QStringList { QStringLiteral("backup"), QStringLiteral("do_training"), QStringLiteral("shared_step"),
            QStringLiteral("staff_count") }));
}

void TestEngine::notApplicableSectionIsNull()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("na") }, { "mfa_mail", opt("na") }, { "mfa_bank", opt("na") } });
    const AssessmentResult result = assess(*m_scan, set);
    const SectionResult* basics = result.section(QStringLiteral("basics"));
    QVERIFY(!basics->score.has_value());
    QCOMPARE(basics->light, Light::None);
    QCOMPARE(basics->maximum, 0.0);
    QVERIFY(!basics->outcomes.first().applicable);
    QVERIFY(!result.overall.has_value()); // the other section has nothing answered either
}

void TestEngine::dontKnowGivesFindOutStep()
{
    const AnswerSet set
        = answers(QStringLiteral("every_feature"), QStringLiteral("1"), { { "backup", opt("unknown") } });
    const AssessmentResult result = assess(*m_scan, set);
    const NextStep* step = result.step(QStringLiteral("find-out-backup"));
    QVERIFY(step);
    QCOMPARE(step->kind, StepKind::FindOut);
    QVERIFY(step->top);
    QCOMPARE(step->title.text(Language::dutch()), QStringLiteral("Zoek uit of je back-ups maakt"));
    QCOMPARE(step->how.text(Language::english()), QStringLiteral("Ask your supplier."));
    QVERIFY(!result.step(QStringLiteral("backup"))); // not told to fix what may be fine
    QCOMPARE(result.section(QStringLiteral("basics"))->score,
        std::optional<double>(0)); // counts as a gap in the maximum

    // The same titles by id alone, as the staff window names the steps in shared results.
    QCOMPARE(stepTitle(*m_scan, step->id), step->title);
    QCOMPARE(stepTitle(*m_scan, QStringLiteral("shared_step")),
        m_scan->step(QStringLiteral("shared_step"))->title);
    QVERIFY(stepTitle(*m_scan, QStringLiteral("find-out-no_such_question")).isEmpty());
    QVERIFY(stepTitle(*m_scan, QStringLiteral("no_such_step")).isEmpty());
}

void TestEngine::conditionsHideAndShow()
{
    const AnswerSet zzp = answers(QStringLiteral("every_feature"), QStringLiteral("1"), {});
    const Section* staff = m_scan->section(QStringLiteral("staff"));
    QVERIFY(!isSectionVisible(*m_scan, *staff, zzp));
    QVERIFY(!isQuestionVisible(*m_scan, *m_scan->question(QStringLiteral("staff_count")), zzp));

    AnswerSet firm = answers(
        QStringLiteral("every_feature"), QStringLiteral("10-49"), { { "staff_count", Answer::ofNumber(5) } });
    const Question& role = *m_scan->question(QStringLiteral("role"));
    QVERIFY(isSectionVisible(*m_scan, *staff, firm));
    QVERIFY(!isQuestionVisible(*m_scan, role, firm)); // needs 10 or more
    firm.answers.insert(QStringLiteral("staff_count"), Answer::ofNumber(10));
    QVERIFY(isQuestionVisible(*m_scan, role, firm));
    firm.answers.insert(QStringLiteral("channels"), Answer::ofOptions({ QStringLiteral("none") }));
    QVERIFY(!isQuestionVisible(*m_scan, role, firm));

    // sector_only: shown for sector ict, or once role is answered.
    const Question& sectorOnly = *m_scan->question(QStringLiteral("sector_only"));
    firm.profile.sector = QStringLiteral("handel");
    QVERIFY(!isQuestionVisible(*m_scan, sectorOnly, firm));
    firm.profile.sector = QStringLiteral("ict");
    QVERIFY(isQuestionVisible(*m_scan, sectorOnly, firm));
}

void TestEngine::hiddenAnswersAreIgnored()
{
    // A zzp'er's stale answers to staff questions must not count.
    const AnswerSet zzp = answers(QStringLiteral("every_feature"), QStringLiteral("1"),
        { { "backup", opt("yes") }, { "mfa_mail", opt("yes") }, { "mfa_bank", opt("yes") },
            { "staff_count", Answer::ofNumber(0) } });
    const AssessmentResult result = assess(*m_scan, zzp);
    QVERIFY(!result.section(QStringLiteral("staff"))->visible);
    QVERIFY(!result.section(QStringLiteral("staff"))->score.has_value());
    QCOMPARE(result.overall, std::optional<double>(100));
    QVERIFY(result.steps.isEmpty());
}

void TestEngine::unansweredQuestionsAreMissing()
{
    const AnswerSet set
        = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"), { { "backup", opt("yes") } });
    const AssessmentResult result = assess(*m_scan, set);
    QCOMPARE(result.missing,
        (QStringList { QStringLiteral("mfa_mail"), QStringLiteral("mfa_bank"), QStringLiteral("staff_count"),
            QStringLiteral("channels"), QStringLiteral("sector_only") }));
    QCOMPARE(result.section(QStringLiteral("basics"))->score,
        std::optional<double>(100)); // only what was answered
}

void TestEngine::topGapCapsSection()
{
    // backup (TOP, weight 3) partly: 3/6; the others yes: 2/2 and 4/4 -> 9/12 = 75, capped at 50.
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("1"),
        { { "backup", opt("partly") }, { "mfa_mail", opt("yes") }, { "mfa_bank", opt("yes") } });
    const AssessmentResult result = assess(*m_scan, set);
    const SectionResult* basics = result.section(QStringLiteral("basics"));
    QVERIFY(basics->topGap);
    QVERIFY(basics->capped);
    QCOMPARE(basics->score, std::optional<double>(50));
    QCOMPARE(basics->points, 9.0);
    QCOMPARE(basics->maximum, 12.0);
}

void TestEngine::explainsLostPoints()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("1"),
        { { "backup", opt("yes") }, { "mfa_mail", opt("partly") }, { "mfa_bank", opt("no") } });
    const AssessmentResult result = assess(*m_scan, set);
    const SectionResult* basics = result.section(QStringLiteral("basics"));
    QCOMPARE(basics->outcomes.size(), 3);
    QCOMPARE(basics->outcomes.at(0).lostPoints, 0.0);
    QCOMPARE(basics->outcomes.at(1).lostPoints, 1.0);
    QCOMPARE(basics->outcomes.at(2).lostPoints, 4.0); // weight 2
    QCOMPARE(basics->score, std::optional<double>(58.3)); // 7 of 12
}

void TestEngine::sharedStepsAreAdvisedOnce()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("1"),
        { { "backup", opt("yes") }, { "mfa_mail", opt("no") }, { "mfa_bank", opt("partly") } });
    const AssessmentResult result = assess(*m_scan, set);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.first().id, QStringLiteral("shared_step"));
    QCOMPARE(result.steps.first().questionIds,
        (QStringList { QStringLiteral("mfa_mail"), QStringLiteral("mfa_bank") }));
    QCOMPARE(result.steps.first().lostPoints, 4.0);
}

void TestEngine::stepsAreOrdered()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("no") }, { "mfa_mail", opt("no") }, { "mfa_bank", opt("yes") },
            { "staff_count", Answer::ofNumber(3) },
            { "channels", Answer::ofOptions({ QStringLiteral("posters") }) }, { "role", opt("nobody") },
            { "sector_only", opt("yes") } });
    const AssessmentResult result = assess(*m_scan, set);
    QStringList ids;
    for (const NextStep& step : result.steps) {
        ids.append(step.id);
        QCOMPARE(step.priority, int(ids.size()));
    }
    // TOP first; then high impact; then medium impact, low effort before medium; low impact last.
    QCOMPARE(ids,
        (QStringList { QStringLiteral("backup"), QStringLiteral("shared_step"), QStringLiteral("do_training"),
            QStringLiteral("staff_count") }));
}

void TestEngine::riskClassFromPointsAndOverrides_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("online");
    QTest::addColumn<double>("points");
    QTest::addColumn<int>("pointsClass");
    QTest::addColumn<int>("riskClass");
    QTest::newRow("nothing") << "2-9"
                             << "none"
                             << "none" << 0.0 << 1 << 1;
    QTest::newRow("some data") << "2-9"
                               << "some"
                               << "none" << 3.0 << 1 << 1;
    QTest::newRow("webshop") << "2-9"
                             << "none"
                             << "shop" << 4.0 << 2 << 2;
    QTest::newRow("both") << "2-9"
                          << "some"
                          << "shop" << 7.0 << 2 << 2;
    QTest::newRow("special data raises to 3") << "2-9"
                                              << "special"
                                              << "none" << 6.0 << 2 << 3;
    QTest::newRow("zzp without shop capped at 1") << "1"
                                                  << "some"
                                                  << "none" << 3.0 << 1 << 1;
    QTest::newRow("at_least then at_most, in file order") << "1"
                                                          << "special"
                                                          << "none" << 6.0 << 2 << 1;
    QTest::newRow("points alone") << "10-49"
                                  << "special"
                                  << "shop" << 10.0 << 3 << 3;
}

void TestEngine::riskClassFromPointsAndOverrides()
{
    QFETCH(QString, size);
    QFETCH(QString, data);
    QFETCH(QString, online);
    QFETCH(double, points);
    QFETCH(int, pointsClass);
    QFETCH(int, riskClass);
    AnswerSet set = answers(QStringLiteral("risk_feature"), size, {});
    set.answers.insert(QStringLiteral("data"), Answer::ofOption(data));
    set.answers.insert(QStringLiteral("online"), Answer::ofOption(online));
    const AssessmentResult result = assess(*m_risk, set);
    QVERIFY(result.risk);
    QCOMPARE(result.risk->points, points);
    QCOMPARE(result.risk->pointsClass, pointsClass);
    QCOMPARE(result.risk->riskClass, riskClass);
    QCOMPARE(result.risk->overrides.isEmpty(), pointsClass == riskClass);
    QVERIFY(
        result.sections.first().outcomes.isEmpty()); // intake answers are exposure, not scored as maturity
}

void TestEngine::driversAreLargestFirst()
{
    const AnswerSet set = answers(QStringLiteral("risk_feature"), QStringLiteral("10-49"),
        { { "data", opt("some") }, { "online", opt("shop") } });
    const RiskResult risk = *assess(*m_risk, set).risk;
    QCOMPARE(risk.drivers.size(), 2);
    QCOMPARE(risk.drivers.at(0).questionId, QStringLiteral("online"));
    QCOMPARE(risk.drivers.at(0).points, 4.0);
    QCOMPARE(risk.drivers.at(1).questionId, QStringLiteral("data"));
}

void TestEngine::measuresUseEvidenceAnswers()
{
    const AnswerSet risk = answers(QStringLiteral("risk_feature"), QStringLiteral("10-49"),
        { { "data", opt("some") }, { "online", opt("shop") } });
    // Class 2: m_backup, m_mfa, m_own (class 1 and 2), not m_pentest (class 3).
    const AssessmentResult alone = assess(*m_risk, risk);
    QCOMPARE(alone.risk->measures.size(), 3);
    QCOMPARE(alone.risk->measures.at(0).status, MeasureStatus::Unknown); // no Basisscan given
    QCOMPARE(alone.risk->measures.at(2).measureId, QStringLiteral("m_own"));
    QCOMPARE(alone.risk->measures.at(2).status, MeasureStatus::Missing); // own answer: webshop

    const AnswerSet scan = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("yes") }, { "mfa_mail", opt("yes") }, { "mfa_bank", opt("no") } });
    AssessmentOptions options;
    options.evidenceAnswers = &scan;
    options.evidenceQuestionnaire = m_scan;
    const AssessmentResult both = assess(*m_risk, risk, options);
    QCOMPARE(both.risk->measures.at(0).status, MeasureStatus::InPlace);
    QCOMPARE(
        both.risk->measures.at(1).status, MeasureStatus::Missing); // one of two evidence answers is a gap
    const NextStep* own = both.step(QStringLiteral("measure-m_own"));
    QVERIFY(own);
    QVERIFY(own->requiredByClass);
    QCOMPARE(both.steps.first().requiredByClass, true); // missing measures come first
    QVERIFY(!both.step(QStringLiteral("backup_step"))); // in place, so not advised
}

void TestEngine::targetLevelsFromIntake()
{
    const AnswerSet none = answers(QStringLiteral("ot_feature"), QStringLiteral("10-49"), {});
    const AssessmentResult noIntake = assess(*m_ot, none);
    QVERIFY(!noIntake.target);
    QVERIFY(!isQuestionVisible(
        *m_ot, *m_ot->question(QStringLiteral("wireless")), none)); // level unknown: basics only

    const AnswerSet low
        = answers(QStringLiteral("ot_feature"), QStringLiteral("10-49"), { { "impact", opt("nothing") } });
    QCOMPARE(assess(*m_ot, low).target->levelId, QStringLiteral("low"));
    QVERIFY(!isQuestionVisible(*m_ot, *m_ot->question(QStringLiteral("wireless")), low));

    const AnswerSet high
        = answers(QStringLiteral("ot_feature"), QStringLiteral("10-49"), { { "impact", opt("safety") } });
    const AssessmentResult result = assess(*m_ot, high);
    QCOMPARE(result.target->levelId, QStringLiteral("high"));
    QCOMPARE(result.target->points, 4.0);
    QVERIFY(isQuestionVisible(*m_ot, *m_ot->question(QStringLiteral("wireless")), high));
    QCOMPARE(result.section(QStringLiteral("network"))->target, std::optional<double>(3));
    QCOMPARE(result.section(QStringLiteral("backup"))->target, std::optional<double>(2));
    QVERIFY(!result.section(QStringLiteral("intake"))->target);
}

void TestEngine::otGapsAreBelowTarget()
{
    // Level medium (target 2): m2 meets the target, so it is no gap even though m3 is better.
    const AnswerSet medium = answers(QStringLiteral("ot_feature"), QStringLiteral("10-49"),
        { { "impact", opt("stop") }, { "segmentation", opt("m2") }, { "wireless", opt("m3") },
            { "plc_backup", opt("m1") } });
    const AssessmentResult result = assess(*m_ot, medium);
    const SectionResult* network = result.section(QStringLiteral("network"));
    QCOMPARE(network->maturity, std::optional<double>(2.25)); // (2*3 + 3*1) / 4
    QVERIFY(!network->topGap);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.first().questionIds, QStringList { QStringLiteral("plc_backup") });
    QCOMPARE(result.section(QStringLiteral("backup"))->maturity, std::optional<double>(1));
    // Lights judge an area against its target: at or above green, within one level orange, else red.
    QCOMPARE(network->light, Light::Green); // 2.25 against 2, though only 75%
    QCOMPARE(result.section(QStringLiteral("backup"))->light, Light::Orange); // 1 against 2
    const AnswerSet high = answers(QStringLiteral("ot_feature"), QStringLiteral("10-49"),
        { { "impact", opt("safety") }, { "segmentation", opt("m0") }, { "wireless", opt("m1") },
            { "plc_backup", opt("m3") } });
    const AssessmentResult highResult = assess(*m_ot, high);
    QCOMPARE(highResult.section(QStringLiteral("network"))->light, Light::Red); // 0.25 against 3
    QCOMPARE(highResult.section(QStringLiteral("backup"))->light, Light::Green);
}

void TestEngine::whatIfClosesGaps()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("1"),
        { { "backup", opt("no") }, { "mfa_mail", opt("no") }, { "mfa_bank", opt("yes") } });
    const AssessmentResult before = assess(*m_scan, set);
    QCOMPARE(before.section(QStringLiteral("basics"))->score, std::optional<double>(33.3)); // 4/12
    AssessmentOptions options;
    options.doneSteps = { QStringLiteral("backup") };
    const AssessmentResult after = assess(*m_scan, set, options);
    QCOMPARE(after.section(QStringLiteral("basics"))->score,
        std::optional<double>(83.3)); // 10/12, no TOP gap left
    QVERIFY(!after.step(QStringLiteral("backup")));
    QVERIFY(after.step(QStringLiteral("shared_step")));
    QCOMPARE(after.steps.first().priority, 1);
    options.doneSteps.insert(QStringLiteral("shared_step"));
    QCOMPARE(assess(*m_scan, set, options).overall, std::optional<double>(100));
}

void TestEngine::isDeterministic()
{
    const AnswerSet set = answers(QStringLiteral("every_feature"), QStringLiteral("10-49"),
        { { "backup", opt("no") }, { "mfa_mail", opt("unknown") }, { "mfa_bank", opt("partly") },
            { "staff_count", Answer::ofNumber(3) }, { "channels", Answer::ofOptions({}) },
            { "sector_only", opt("no") } });
    const AssessmentResult first = assess(*m_scan, set);
    for (int i = 0; i < 5; ++i) {
        const AssessmentResult again = assess(*m_scan, set);
        QCOMPARE(again.steps.size(), first.steps.size());
        for (int s = 0; s < first.steps.size(); ++s)
            QCOMPARE(again.steps.at(s).id, first.steps.at(s).id);
        QCOMPARE(again.overall, first.overall);
    }
}

QTEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"

void TestEngine::findOutStepUsesItsTitle()
{
    const Questionnaire& scan = *m_rules.find(QStringLiteral("rules_scan"));
    const AnswerSet set = answers(scan.id, QStringLiteral("10-49"), { { "q_shared", opt("unknown") } });
    const AssessmentResult result = assess(scan, set);
    const NextStep* step = result.step(QStringLiteral("find-out-q_shared"));
    QVERIFY(step);
    QCOMPARE(step->title.text(Language::dutch()), QStringLiteral("Zoek uit of je back-ups maakt"));
    QCOMPARE(step->how.text(Language::english()), QStringLiteral("Check the settings."));
    QCOMPARE(step->links.size(), 1); // the fix's guide helps to find out too
}

void TestEngine::howVariantsAndLinks()
{
    const Questionnaire& scan = *m_rules.find(QStringLiteral("rules_scan"));
    const AssessmentResult office
        = assess(scan, answers(scan.id, QStringLiteral("10-49"), { { "q_shared", opt("no") } }));
    const AssessmentResult alone
        = assess(scan, answers(scan.id, QStringLiteral("1"), { { "q_shared", opt("no") } }));
    QCOMPARE(office.step(QStringLiteral("q_shared"))->how.text(Language::english()),
        QStringLiteral("Have your IT supplier arrange it."));
    QCOMPARE(alone.step(QStringLiteral("q_shared"))->how.text(Language::english()),
        QStringLiteral("Connect a drive yourself."));
    const QList<StepLink> links = alone.step(QStringLiteral("q_shared"))->links;
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().url, QStringLiteral("https://www.example.org/back-ups"));
    QCOMPARE(links.first().title.text(Language::dutch()), QStringLiteral("Gids"));
}

static const MeasureResult* measure(const AssessmentResult& result, const char* id)
{
    for (const MeasureResult& m : result.risk->measures) {
        if (m.measureId == QLatin1String(id))
            return &m;
    }
    return nullptr;
}

void TestEngine::hiddenEvidenceDoesNotApply()
{
    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_rules.find(QStringLiteral("rules_scan"));
    // A freelancer has no staff: the accounts measure does not apply, with or without scan answers.
    const AnswerSet alone = answers(risk.id, QStringLiteral("1"), { { "r_shop", opt("none") } });
    AssessmentResult result = assess(risk, alone, options);
    QCOMPARE(measure(result, "m_staff")->status, MeasureStatus::NotApplicable);
    QVERIFY(!result.step(QStringLiteral("s_staff")));
    QCOMPARE(measure(result, "m_backup")->status, MeasureStatus::Unknown);
    const AnswerSet scanAnswers
        = answers(QStringLiteral("rules_scan"), QStringLiteral("1"), { { "q_shared", opt("yes") } });
    options.evidenceAnswers = &scanAnswers;
    result = assess(risk, alone, options);
    QCOMPARE(measure(result, "m_staff")->status, MeasureStatus::NotApplicable);
    QCOMPARE(measure(result, "m_backup")->status, MeasureStatus::InPlace);

    // With staff the question is asked, so an unanswered one leaves the measure unknown.
    options.evidenceAnswers = nullptr;
    result = assess(risk, answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("none") } }), options);
    QCOMPARE(measure(result, "m_staff")->status, MeasureStatus::Unknown);
    QVERIFY(result.step(QStringLiteral("s_staff")));
}

void TestEngine::notApplicableAnswerDoesNotApply()
{
    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_rules.find(QStringLiteral("rules_scan"));
    const AnswerSet scanAnswers
        = answers(QStringLiteral("rules_scan"), QStringLiteral("10-49"), { { "q_shared", opt("na") } });
    options.evidenceAnswers = &scanAnswers;
    const AssessmentResult result
        = assess(risk, answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("none") } }), options);
    QCOMPARE(measure(result, "m_backup")->status, MeasureStatus::NotApplicable);
    QVERIFY(!result.step(QStringLiteral("s_backup")));
}

void TestEngine::measuresAnsweredDirectly()
{
    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    AnswerSet set = answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("none") } });
    AssessmentResult result = assess(risk, set);
    QCOMPARE(measure(result, "m_direct")->status, MeasureStatus::Unknown);
    QVERIFY(!result.step(QStringLiteral("s_direct"))->requiredByClass);

    set.measureAnswers.insert(QStringLiteral("m_direct"), false);
    result = assess(risk, set);
    QCOMPARE(measure(result, "m_direct")->status, MeasureStatus::Missing);
    QVERIFY(measure(result, "m_direct")->answeredDirectly);
    QVERIFY(result.step(QStringLiteral("s_direct"))->requiredByClass);

    set.measureAnswers.insert(QStringLiteral("m_direct"), true);
    result = assess(risk, set);
    QCOMPARE(measure(result, "m_direct")->status, MeasureStatus::InPlace);
    QVERIFY(!result.step(QStringLiteral("s_direct")));

    // Evidence that is known wins over the user's own word.
    AssessmentOptions options;
    options.evidenceQuestionnaire = m_rules.find(QStringLiteral("rules_scan"));
    const AnswerSet scanAnswers
        = answers(QStringLiteral("rules_scan"), QStringLiteral("10-49"), { { "q_shared", opt("no") } });
    options.evidenceAnswers = &scanAnswers;
    set.measureAnswers.insert(QStringLiteral("m_backup"), true);
    result = assess(risk, set, options);
    QCOMPARE(measure(result, "m_backup")->status, MeasureStatus::Missing);
    QVERIFY(!measure(result, "m_backup")->answeredDirectly);
}

void TestEngine::measuresApplyOnlyWhereTheirConditionHolds()
{
    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    const AssessmentResult without
        = assess(risk, answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("none") } }));
    QVERIFY(!measure(without, "m_shop"));
    QVERIFY(!without.step(QStringLiteral("s_shop")));
    const AssessmentResult with
        = assess(risk, answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("shop") } }));
    QCOMPARE(with.risk->riskClass, 2);
    QVERIFY(measure(with, "m_shop"));
    QCOMPARE(with.step(QStringLiteral("s_shop"))->fromClass, 2);
}

void TestEngine::lowerClassStepsComeFirst()
{
    // s_shop (class 2) has high impact and low effort, s_low_impact (class 1) low impact and high
    // effort: what class 1 already needs still comes first.
    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    const AssessmentResult result
        = assess(risk, answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("shop") } }));
    QStringList order;
    for (const NextStep& step : result.steps)
        order.append(step.id);
    QCOMPARE(order,
        QStringList({ QStringLiteral("s_staff"), QStringLiteral("s_backup"), QStringLiteral("s_direct"),
            QStringLiteral("s_low_impact"), QStringLiteral("s_shop") }));
}

void TestEngine::criticalItemsHaveAMinimumTarget()
{
    const Questionnaire& ot = *m_rules.find(QStringLiteral("rules_ot"));
    AnswerSet set = answers(ot.id, QStringLiteral("10-49"),
        { { "k_impact", opt("none") }, { "q_critical", opt("m1") }, { "q_normal", opt("m1") } });
    AssessmentResult result = assess(ot, set);
    QCOMPARE(result.target->levelId, QStringLiteral("low"));
    QVERIFY(result.step(QStringLiteral("q_critical"))); // below its own minimum of 2
    QVERIFY(!result.step(QStringLiteral("q_normal"))); // meets the low target of 1
    QVERIFY(!result.everythingInOrder());

    set.answers.insert(QStringLiteral("k_impact"), opt("safety"));
    result = assess(ot, set);
    QCOMPARE(result.target->levelId, QStringLiteral("medium"));
    QVERIFY(result.step(QStringLiteral("q_normal")));
}

void TestEngine::everythingInOrderOnlyWhenNothingIsOpen()
{
    const Questionnaire& ot = *m_rules.find(QStringLiteral("rules_ot"));
    AnswerSet set = answers(
        ot.id, QStringLiteral("10-49"), { { "k_impact", opt("none") }, { "q_critical", opt("m2") } });
    AssessmentResult result = assess(ot, set);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(!result.everythingInOrder()); // q_normal is not answered yet
    set.answers.insert(QStringLiteral("q_normal"), opt("m1"));
    QVERIFY(assess(ot, set).everythingInOrder());

    const Questionnaire& risk = *m_rules.find(QStringLiteral("rules_risk"));
    AnswerSet riskSet = answers(risk.id, QStringLiteral("10-49"), { { "r_shop", opt("none") } });
    for (const char* id : { "m_staff", "m_backup", "m_direct", "m_low_impact" })
        riskSet.measureAnswers.insert(QString::fromLatin1(id), true);
    QVERIFY(assess(risk, riskSet).everythingInOrder());
}
