// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/BandOverrides.h"

#include <QTest>

using namespace zelfscan;

/** One override rule for every model: conditions, TOP gaps, sections, file order. */
class TestBandOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeastRaisesAtMostLowers();
    void topGapHoldsOnlyWithAnUnmetTopItem();
    void sectionOverridesOnlyTheirSection();
    void laterRulesSeeEarlierChanges();
};

static BandOverride rule(const char* when, std::optional<int> atLeast, std::optional<int> atMost)
{
    BandOverride result;
    if (when) {
        QString message;
        int offset = 0;
        result.when = Expression::parse(QString::fromLatin1(when), &message, &offset);
    }
    result.atLeast = atLeast;
    result.atMost = atMost;
    return result;
}

static Expression::Resolver answers(const QString& backup)
{
    return [backup](const QString& name) {
        return name == QLatin1String("backup") ? QVariant(backup) : QVariant();
    };
}

void TestBandOverrides::atLeastRaisesAtMostLowers()
{
    const QList<BandOverride> rules { rule("backup == 'none'", 3, std::nullopt),
        rule("backup == 'cloud'", std::nullopt, 1) };
    QList<AppliedOverride> applied;
    QCOMPARE(models::applyOverrides(1, rules, answers(QStringLiteral("none")), {}, &applied), 3);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().index, 0);
    QCOMPARE(applied.first().fromClass, 1);
    QCOMPARE(applied.first().toClass, 3);
    applied.clear();
    QCOMPARE(models::applyOverrides(2, rules, answers(QStringLiteral("cloud")), {}, &applied), 1);
    QCOMPARE(applied.first().index, 1);
    applied.clear();
    // A rule that holds but does not move the band is not reported.
    QCOMPARE(models::applyOverrides(4, rules, answers(QStringLiteral("none")), {}, &applied), 4);
    QVERIFY(applied.isEmpty());
}

void TestBandOverrides::topGapHoldsOnlyWithAnUnmetTopItem()
{
    BandOverride top = rule(nullptr, std::nullopt, 2);
    top.topGap = true;
    QList<AppliedOverride> applied;
    QCOMPARE(models::applyOverrides(3, { top }, answers({}), { false, {} }, &applied), 3);
    QCOMPARE(models::applyOverrides(3, { top }, answers({}), { true, {} }, &applied), 2);
    // With a condition too, both must hold.
    top.when = rule("backup == 'none'", std::nullopt, std::nullopt).when;
    applied.clear();
    QCOMPARE(models::applyOverrides(3, { top }, answers(QStringLiteral("cloud")), { true, {} }, &applied), 3);
    QCOMPARE(models::applyOverrides(3, { top }, answers(QStringLiteral("none")), { true, {} }, &applied), 2);
}

void TestBandOverrides::sectionOverridesOnlyTheirSection()
{
    BandOverride onlyBackup = rule(nullptr, std::nullopt, 1);
    onlyBackup.sectionId = QStringLiteral("backup");
    QList<AppliedOverride> applied;
    QCOMPARE(
        models::applyOverrides(3, { onlyBackup }, answers({}), { false, QStringLiteral("mail") }, &applied),
        3);
    QCOMPARE(
        models::applyOverrides(3, { onlyBackup }, answers({}), { false, QStringLiteral("backup") }, &applied),
        1);
}

void TestBandOverrides::laterRulesSeeEarlierChanges()
{
    const QList<BandOverride> rules { rule("backup == 'none'", 4, std::nullopt),
        rule("backup == 'none'", std::nullopt, 2) };
    QList<AppliedOverride> applied;
    QCOMPARE(models::applyOverrides(1, rules, answers(QStringLiteral("none")), {}, &applied), 2);
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.at(1).fromClass, 4);
    QCOMPARE(applied.at(1).toClass, 2);
}

QTEST_GUILESS_MAIN(TestBandOverrides)
#include "TestBandOverrides.moc"
