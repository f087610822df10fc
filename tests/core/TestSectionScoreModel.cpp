// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/SectionScoreModel.h"

#include <QTest>

using namespace zelfscan;

/** Per-section percentages and lights, with negative minima, the TOP cap and light overrides. */
class TestSectionScoreModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentWithoutNegativePoints();
    void percentFromANegativeMinimum();
    void topGapCapsTheScore();
    void lightOverrides();
    void overallIsTheMeanOfScoredSections();
};

static SectionResult tally(double points, double minimum, double maximum, bool topGap = false)
{
    SectionResult result;
    result.sectionId = QStringLiteral("s");
    result.points = points;
    result.minimum = minimum;
    result.maximum = maximum;
    result.topGap = topGap;
    return result;
}

void TestSectionScoreModel::percentWithoutNegativePoints()
{
    Questionnaire questionnaire;
    SectionResult result = tally(3, 0, 4);
    models::scoreSection(result, Section {}, questionnaire);
    QCOMPARE(*result.score, 75.0);
    QCOMPARE(result.light, Light::Orange);
    SectionResult empty = tally(0, 0, 0);
    models::scoreSection(empty, Section {}, questionnaire);
    QVERIFY(!empty.score);
    QCOMPARE(empty.light, Light::None);
}

void TestSectionScoreModel::percentFromANegativeMinimum()
{
    Questionnaire questionnaire;
    // A TOP item at -3 and a normal one at +1: (-2 - -3) / (4 - -3) = 1/7.
    SectionResult result = tally(-2, -3, 4);
    models::scoreSection(result, Section {}, questionnaire);
    QCOMPARE(*result.score, 14.3);
    QCOMPARE(result.light, Light::Red);
    SectionResult worst = tally(-3, -3, 4);
    models::scoreSection(worst, Section {}, questionnaire);
    QCOMPARE(*worst.score, 0.0);
}

void TestSectionScoreModel::topGapCapsTheScore()
{
    Questionnaire questionnaire;
    questionnaire.scoring.topCap = 50;
    SectionResult result = tally(9, 0, 10, true);
    models::scoreSection(result, Section {}, questionnaire);
    QCOMPARE(*result.score, 50.0);
    QVERIFY(result.capped);
}

void TestSectionScoreModel::lightOverrides()
{
    BandOverride top;
    top.topGap = true;
    top.atMost = int(Light::Orange);
    QList<SectionResult> sections { tally(9, 0, 10, true), tally(9, 0, 10, false), tally(0, 0, 0, true) };
    for (SectionResult& section : sections)
        models::scoreSection(section, Section {}, Questionnaire {});
    models::overrideLights(sections, { top }, [](const QString&) { return QVariant(); });
    QCOMPARE(sections.at(0).light, Light::Orange);
    QCOMPARE(sections.at(0).overrides.size(), 1);
    QCOMPARE(sections.at(0).overrides.first().fromClass, int(Light::Green));
    QCOMPARE(sections.at(1).light, Light::Green);
    QCOMPARE(sections.at(2).light, Light::None); // no score, no light to move
}

void TestSectionScoreModel::overallIsTheMeanOfScoredSections()
{
    QList<SectionResult> sections { tally(1, 0, 2), tally(4, -3, 4), tally(0, 0, 0) };
    for (SectionResult& section : sections)
        models::scoreSection(section, Section {}, Questionnaire {});
    QCOMPARE(*models::overallScore(sections), 75.0); // (50 + 100) / 2; the third has no score
    QVERIFY(!models::overallScore({}));
}

QTEST_GUILESS_MAIN(TestSectionScoreModel)
#include "TestSectionScoreModel.moc"
