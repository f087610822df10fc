// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/FirstSteps.h"
#include "tests/util/PlanFixtures.h"

#include <QTest>

using namespace zelfscan;

/** The first three steps for this business's maturity, the engine's order after them. */
class TestFirstSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maturityFromTheResult();
    void startingBusinessGetsQuickBigStepsFirst();
    void matureBusinessGetsDeeperStepsFirst();
    void growingBusinessKeepsTheEngineOrder();
    void topAndRequiredStepsKeepTheirPlace();
    void threePinnedStepsSayThat();
    void pinnedStepsNameOnlyWhatPinnedThem();
    void noStepsNoReason();
    void startsWithTheFirstStepNotTicked();
};

namespace {

using testutil::makeStep;

AssessmentResult result(std::optional<double> overall, Light light = Light::Green)
{
    AssessmentResult r;
    r.overall = overall;
    SectionResult section;
    section.light = light;
    r.sections.append(section);
    // The engine's order: most points lost first.
    r.steps = { makeStep(QStringLiteral("deep"), Effort::High, Impact::High),
        makeStep(QStringLiteral("medium"), Effort::Medium, Impact::Medium),
        makeStep(QStringLiteral("small"), Effort::Low, Impact::Low),
        makeStep(QStringLiteral("quick"), Effort::Low, Impact::High),
        makeStep(QStringLiteral("slow"), Effort::High, Impact::Low) };
    return r;
}

QStringList ids(const QList<NextStep>& steps)
{
    return testutil::fieldOf(steps, &NextStep::id);
}

} // namespace

void TestFirstSteps::maturityFromTheResult()
{
    QCOMPARE(maturityOf(result(30)), Maturity::Starting);
    QCOMPARE(maturityOf(result(60)), Maturity::Growing);
    QCOMPARE(maturityOf(result(80)), Maturity::Mature);
    QCOMPARE(maturityOf(result(80, Light::Red)), Maturity::Growing);
    QCOMPARE(maturityOf(result(std::nullopt)), Maturity::Growing);
}

void TestFirstSteps::startingBusinessGetsQuickBigStepsFirst()
{
    const FirstSteps first = firstStepsFor(result(30), Language::dutch());
    QCOMPARE(ids(first.steps),
        (QStringList { QStringLiteral("quick"), QStringLiteral("deep"), QStringLiteral("medium"),
            QStringLiteral("small"), QStringLiteral("slow") }));
    QCOMPARE(first.why,
        QStringLiteral(
            "Omdat je op de meeste onderdelen nog laag scoort, eerst stappen die weinig moeite kosten "
            "en veel opleveren."));
}

void TestFirstSteps::matureBusinessGetsDeeperStepsFirst()
{
    const FirstSteps first = firstStepsFor(result(80), Language::english());
    QCOMPARE(ids(first.steps),
        (QStringList { QStringLiteral("deep"), QStringLiteral("quick"), QStringLiteral("medium"),
            QStringLiteral("small"), QStringLiteral("slow") }));
    QCOMPARE(first.why,
        QStringLiteral(
            "Because your basics are in good shape, first the steps with the most effect, even when they "
            "take more work."));
}

void TestFirstSteps::growingBusinessKeepsTheEngineOrder()
{
    const AssessmentResult r = result(60);
    const FirstSteps first = firstStepsFor(r, Language::dutch());
    QCOMPARE(ids(first.steps), ids(r.steps));
    QCOMPARE(first.why, QStringLiteral("Eerst de stappen die je score het meest verbeteren."));
}

void TestFirstSteps::topAndRequiredStepsKeepTheirPlace()
{
    AssessmentResult r = result(30);
    r.steps.prepend(makeStep(QStringLiteral("top"), Effort::High, Impact::Medium, true));
    r.steps[2].requiredByClass = true; // "medium", third
    const FirstSteps first = firstStepsFor(r, Language::dutch());
    QCOMPARE(ids(first.steps),
        (QStringList { QStringLiteral("top"), QStringLiteral("quick"), QStringLiteral("medium"),
            QStringLiteral("deep"), QStringLiteral("small"), QStringLiteral("slow") }));
    QCOMPARE(first.why,
        QStringLiteral(
            "TOP-punten en wat je risicoklasse vraagt gaan voor; daarna, omdat je op de meeste onderdelen "
            "nog laag scoort, stappen die weinig moeite kosten en veel opleveren."));
}

void TestFirstSteps::threePinnedStepsSayThat()
{
    AssessmentResult r = result(30);
    for (int i = 0; i < 3; ++i)
        r.steps[i].top = true;
    const FirstSteps first = firstStepsFor(r, Language::dutch());
    QCOMPARE(ids(first.steps), ids(r.steps));
    QCOMPARE(first.why, QStringLiteral("De eerste drie zijn TOP-punten; die gaan altijd voor."));
    // The risk class is named only when its measures are among them.
    r.steps[1].top = false;
    r.steps[1].requiredByClass = true;
    QCOMPARE(firstStepsFor(r, Language::dutch()).why,
        QStringLiteral("De eerste drie zijn TOP-punten of maatregelen die je risicoklasse vraagt; die gaan "
                       "altijd voor."));
    for (int i = 0; i < 3; ++i) {
        r.steps[i].top = false;
        r.steps[i].requiredByClass = true;
    }
    QCOMPARE(firstStepsFor(r, Language::english()).why,
        QStringLiteral("The first three are measures your risk class requires; those always come first."));
}

void TestFirstSteps::pinnedStepsNameOnlyWhatPinnedThem()
{
    // A Basisscan has TOP points and no risk class: the reason does not speak of one.
    AssessmentResult r = result(30);
    r.steps.prepend(makeStep(QStringLiteral("top"), Effort::High, Impact::Medium, true));
    QCOMPARE(firstStepsFor(r, Language::dutch()).why,
        QStringLiteral(
            "TOP-punten gaan voor; daarna, omdat je op de meeste onderdelen nog laag scoort, stappen "
            "die weinig moeite kosten en veel opleveren."));
    r.steps[0].top = false;
    r.steps[0].requiredByClass = true;
    QCOMPARE(firstStepsFor(r, Language::english()).why,
        QStringLiteral(
            "What your risk class requires comes first; after that, because you still score low on "
            "most parts, steps that take little effort and achieve a lot."));
    AssessmentResult growing = result(60);
    growing.steps[0].top = true;
    QCOMPARE(firstStepsFor(growing, Language::dutch()).why,
        QStringLiteral("TOP-punten gaan voor; daarna de stappen die je score het meest verbeteren."));
}

void TestFirstSteps::noStepsNoReason()
{
    AssessmentResult r;
    r.overall = 100;
    const FirstSteps first = firstStepsFor(r, Language::dutch());
    QVERIFY(first.steps.isEmpty());
    QVERIFY(first.why.isEmpty());
}

void TestFirstSteps::startsWithTheFirstStepNotTicked()
{
    const AssessmentResult r = result(30); // starting: quick, deep, medium, small, slow
    QCOMPARE(firstOpenStep(r, {})->id, QStringLiteral("quick"));
    QCOMPARE(
        firstOpenStep(r, { QStringLiteral("quick"), QStringLiteral("deep") })->id, QStringLiteral("medium"));
    QSet<QString> all;
    for (const NextStep& s : r.steps)
        all.insert(s.id);
    QVERIFY(!firstOpenStep(r, all));
}

QTEST_GUILESS_MAIN(TestFirstSteps)
#include "TestFirstSteps.moc"
