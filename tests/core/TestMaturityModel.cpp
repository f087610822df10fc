// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/MaturityModel.h"

#include <QTest>

using namespace zelfscan;

/** Maturity against a target: the level from the intake, its overrides, an area's light. */
class TestMaturityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelFromPoints();
    void overridesMoveTheLevel();
    void areaAgainstItsTarget();
};

static TargetModel model()
{
    TargetModel result;
    result.intakeSectionId = QStringLiteral("intake");
    for (const auto& [id, from] : { std::pair { "low", 0.0 }, { "medium", 4.0 }, { "high", 8.0 } }) {
        TargetLevel level;
        level.id = QString::fromLatin1(id);
        level.minPoints = from;
        result.levels.append(level);
    }
    return result;
}

void TestMaturityModel::levelFromPoints()
{
    const TargetModel levels = model();
    QCOMPARE(models::levelForPoints(levels, 0)->id, QStringLiteral("low"));
    QCOMPARE(models::levelForPoints(levels, 7.5)->id, QStringLiteral("medium"));
    QCOMPARE(models::levelForPoints(levels, 20)->id, QStringLiteral("high"));
    QVERIFY(!models::levelForPoints(levels, -1));
}

void TestMaturityModel::overridesMoveTheLevel()
{
    TargetModel levels = model();
    BandOverride safety;
    safety.when = Expression::parse(QStringLiteral("safety == 'yes'"));
    safety.atLeast = 3;
    levels.overrides.append(safety);
    const auto resolve = [](const QString& name) {
        return name == QLatin1String("safety") ? QVariant(QStringLiteral("yes")) : QVariant();
    };
    QList<AppliedOverride> applied;
    const TargetLevel* level = models::overrideLevel(levels, &levels.levels.at(0), resolve, &applied);
    QCOMPARE(level->id, QStringLiteral("high"));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().fromClass, 1);
    QCOMPARE(applied.first().toClass, 3);
    QVERIFY(!models::overrideLevel(levels, nullptr, resolve, &applied));
}

void TestMaturityModel::areaAgainstItsTarget()
{
    SectionResult area;
    area.target = 2;
    models::judgeArea(area, 5, 2); // mean 2.5
    QCOMPARE(*area.maturity, 2.5);
    QCOMPARE(area.light, Light::Green);
    area.topGap = true;
    models::judgeArea(area, 5, 2);
    QCOMPARE(area.light, Light::Orange);
    area.topGap = false;
    area.criticalGap = true; // a critical item below its own, higher target
    models::judgeArea(area, 5, 2);
    QCOMPARE(area.light, Light::Orange);
    area.criticalGap = false;
    models::judgeArea(area, 1, 2); // mean 0.5: 1.5 below the target
    QCOMPARE(area.light, Light::Red);
    SectionResult noTarget;
    models::judgeArea(noTarget, 3, 2);
    QCOMPARE(*noTarget.maturity, 1.5);
    QCOMPARE(noTarget.light, Light::None);
}

QTEST_GUILESS_MAIN(TestMaturityModel)
#include "TestMaturityModel.moc"
