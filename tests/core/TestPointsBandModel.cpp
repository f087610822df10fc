// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StepCollector_p.h"
#include "core/engine/models/PointsBandModel.h"

#include <QTest>

using namespace zelfscan;

/** A points total with bands: the tally, the band, overrides and drivers for a status and a class. */
class TestPointsBandModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tallyLeavesOutNotApplicableAndOtherSections();
    void statusBandPercentAndLostDrivers();
    void unmetTopItemKeepsTheBestBandOutOfReach();
    void exposureDriversAddedTheMost();
    void measuresCumulativeOrNot();
};

static QuestionOutcome outcome(
    const char* id, double points, double minimum, double maximum, bool top = false)
{
    QuestionOutcome result;
    result.questionId = QString::fromLatin1(id);
    result.optionId = points < maximum ? QStringLiteral("not_met") : QStringLiteral("met");
    result.answered = true;
    result.points = points;
    result.minimum = minimum;
    result.maximum = maximum;
    result.lostPoints = maximum - points;
    result.gap = points < maximum;
    result.top = top;
    return result;
}

static SectionResult section(const char* id, QList<QuestionOutcome> outcomes)
{
    SectionResult result;
    result.sectionId = QString::fromLatin1(id);
    result.outcomes = std::move(outcomes);
    return result;
}

static PointsModel statusModel()
{
    PointsModel model;
    model.exposure = false;
    int number = 0;
    for (const auto& [id, from] :
        { std::pair { "insufficient", -9.0 }, { "basic", 3.0 }, { "good", 12.0 } }) {
        RiskClassDefinition band;
        band.number = ++number;
        band.id = QString::fromLatin1(id);
        band.minPoints = from;
        model.classes.append(band);
    }
    return model;
}

static const Expression::Resolver nothing = [](const QString&) { return QVariant(); };

void TestPointsBandModel::tallyLeavesOutNotApplicableAndOtherSections()
{
    QuestionOutcome notApplicable = outcome("na", 0, -3, 3, true);
    notApplicable.applicable = false;
    PointsModel model = statusModel();
    model.sectionIds = { QStringLiteral("a") };
    const QList<SectionResult> sections { section("a", { outcome("x", 3, -3, 3, true), notApplicable }),
        section("b", { outcome("y", 0, 0, 1) }) };
    const models::PointsTally tally = models::tallyOutcomes(model, sections);
    QCOMPARE(tally.points, 3.0);
    QCOMPARE(tally.minimum, -3.0);
    QCOMPARE(tally.maximum, 3.0);
    QVERIFY(!tally.topGap);
    QVERIFY(tally.answers.isEmpty()); // a met item never explains a worse result
}

void TestPointsBandModel::statusBandPercentAndLostDrivers()
{
    const PointsModel model = statusModel();
    const QList<SectionResult> sections { section("a",
        { outcome("met", 1, 0, 1), outcome("small", 0, 0, 1), outcome("top", -3, -3, 3, true),
            outcome("top_met", 3, -3, 3, true), outcome("top2", 3, -3, 3, true), outcome("also", 0, 0, 1),
            outcome("third", 0, 0, 1), outcome("more", 1, 0, 1), outcome("most", 1, 0, 1) }) };
    // 1 + 0 - 3 + 3 + 3 + 0 + 0 + 1 + 1 = 6, from -9 to 15
    const PointsResult result = models::classify(model, models::tallyOutcomes(model, sections), nothing);
    QCOMPARE(result.points, 6.0);
    QCOMPARE(result.minimum, -9.0);
    QCOMPARE(result.maximum, 15.0);
    QCOMPARE(*result.percent, 62.5); // 100 x 15 / 24
    QCOMPARE(result.pointsClass, 2);
    QCOMPARE(result.riskClass, 2);
    QCOMPARE(result.drivers.size(), 3);
    QCOMPARE(result.drivers.at(0).questionId, QStringLiteral("top"));
    QCOMPARE(result.drivers.at(0).lostPoints, 6.0);
    QCOMPARE(result.drivers.at(1).questionId, QStringLiteral("small")); // ties in file order
    QCOMPARE(result.drivers.at(2).questionId, QStringLiteral("also"));
}

void TestPointsBandModel::unmetTopItemKeepsTheBestBandOutOfReach()
{
    PointsModel model = statusModel();
    BandOverride top;
    top.topGap = true;
    top.atMost = 2;
    model.overrides.append(top);
    QList<QuestionOutcome> outcomes;
    for (int i = 0; i < 15; ++i)
        outcomes.append(outcome("n", 1, 0, 1));
    outcomes.append(outcome("t", -3, -3, 3, true));
    const PointsResult held
        = models::classify(model, models::tallyOutcomes(model, { section("a", outcomes) }), nothing);
    QCOMPARE(held.points, 12.0);
    QCOMPARE(held.pointsClass, 3);
    QCOMPARE(held.riskClass, 2);
    QCOMPARE(held.overrides.size(), 1);
    outcomes.last() = outcome("t", 3, -3, 3, true);
    const PointsResult free
        = models::classify(model, models::tallyOutcomes(model, { section("a", outcomes) }), nothing);
    QCOMPARE(free.riskClass, 3);
    QVERIFY(free.overrides.isEmpty());
}

void TestPointsBandModel::exposureDriversAddedTheMost()
{
    PointsModel model = statusModel();
    model.exposure = true;
    models::PointsTally tally;
    tally.points = 7;
    tally.answers = { { QStringLiteral("zero"), {}, 0, 0 }, { QStringLiteral("two"), {}, 2, 0 },
        { QStringLiteral("five"), {}, 5, 0 } };
    const PointsResult result = models::classify(model, tally, nothing);
    QCOMPARE(result.riskClass, 2);
    QVERIFY(!result.percent); // exposure has no percentage
    QCOMPARE(result.drivers.size(), 2); // an answer that added nothing raised nothing
    QCOMPARE(result.drivers.at(0).questionId, QStringLiteral("five"));
}

void TestPointsBandModel::measuresCumulativeOrNot()
{
    Questionnaire questionnaire;
    questionnaire.riskModel = statusModel();
    for (const auto& [id, band] : { std::pair { "m_basic", 2 }, { "m_good", 3 } }) {
        Measure measure;
        measure.id = QString::fromLatin1(id);
        measure.riskClass = band;
        questionnaire.riskModel->measures.append(measure);
    }
    const auto measuresAt = [&](bool cumulative) {
        questionnaire.riskModel->cumulative = cumulative;
        PointsResult result;
        result.riskClass = 3;
        engine::StepCollector steps(questionnaire, nothing);
        models::judgeMeasures(result, steps, questionnaire, AnswerSet {}, AssessmentOptions {}, nothing);
        QStringList ids;
        for (const MeasureResult& measure : result.measures)
            ids.append(measure.measureId);
        return ids;
    };
    QCOMPARE(measuresAt(true), QStringList({ QStringLiteral("m_basic"), QStringLiteral("m_good") }));
    QCOMPARE(measuresAt(false), QStringList({ QStringLiteral("m_good") }));
}

QTEST_GUILESS_MAIN(TestPointsBandModel)
#include "TestPointsBandModel.moc"
