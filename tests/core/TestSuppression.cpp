// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/Suppression.h"

#include <QTest>

using namespace zelfscan;

/**
 * Small-cell suppression of a table of counts: complements hidden, and no hidden cell recomputable
 * from the totals.
 */
class TestSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suppressionHidesComplements();
    void suppressionAuditFindsBridges();
    void suppressedEntriesCountAtLeastOne();
};

void TestSuppression::suppressionHidesComplements()
{
    SuppressionTable table({ 3, 3 });
    const int counts[3][3] = { { 20, 2, 30 }, { 25, 25, 25 }, { 30, 30, 30 } };
    for (int s = 0; s < 3; ++s)
        for (int z = 0; z < 3; ++z)
            table.add({ s, z }, counts[s][z]);
    table.computeMargins();
    QCOMPARE(table.count(table.index({ 3, 3 })), 217);
    QCOMPARE(table.count(table.index({ 0, 3 })), 52);
    table.suppress(5);
    QVERIFY(table.isHidden(table.index({ 0, 1 })));
    // Row 0 and column 1 each need a second hidden cell: the smallest ones.
    QVERIFY(table.isHidden(table.index({ 0, 0 })));
    QVERIFY(table.isHidden(table.index({ 1, 1 })));
    QVERIFY(!table.isHidden(table.index({ 3, 3 })));
    QVERIFY(!table.isHidden(table.index({ 2, 2 })));
    QVERIFY(table.determinedHiddenEntries().isEmpty());
    // Every line with a hidden entry has at least two, holding k or more results together.
    for (int s = 0; s <= 3; ++s) {
        int hidden = 0;
        for (int z = 0; z < 3; ++z)
            hidden += table.isHidden(table.index({ s, z })) ? 1 : 0;
        QVERIFY(hidden != 1);
    }
}

void TestSuppression::suppressionAuditFindsBridges()
{
    // Two hidden rectangles joined by one hidden cell: every line has two or more hidden
    // entries, yet the joining cell follows from the totals.
    SuppressionTable table({ 4, 4 });
    for (int s = 0; s < 4; ++s)
        for (int z = 0; z < 4; ++z)
            table.add({ s, z }, 10 + s * 4 + z);
    table.computeMargins();
    for (const auto& [s, z] : QList<std::pair<int, int>> {
             { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 2 }, { 2, 3 }, { 3, 2 }, { 3, 3 }, { 1, 2 } })
        table.hide(table.index({ s, z }));
    QCOMPARE(table.determinedHiddenEntries(), QList<int>({ table.index({ 1, 2 }) }));
    table.suppress(5);
    QVERIFY(table.determinedHiddenEntries().isEmpty());
}

void TestSuppression::suppressedEntriesCountAtLeastOne()
{
    // Five sectors with one large business each and the size's total of five: every sector is
    // suppressed, and the total met "two or more hidden, k together". But a listed suppressed
    // group holds at least one result, so five of them in a total of five are each exactly one.
    SuppressionTable table({ 5, 2 });
    for (int s = 0; s < 5; ++s) {
        table.add({ s, 0 }, 1);
        table.add({ s, 1 }, 20 + s);
    }
    table.computeMargins();
    table.suppress(5);
    const int total = table.index({ 5, 0 });
    QCOMPARE(table.count(total), 5);
    QVERIFY(table.isHidden(total));
    // Wherever a line's total is shown, its suppressed entries with results could each still hold k.
    for (int z = 0; z <= 2; ++z) {
        if (table.isHidden(table.index({ 5, z })))
            continue;
        long long sum = 0;
        int hidden = 0;
        for (int s = 0; s < 5; ++s) {
            const int entry = table.index({ s, z });
            if (table.isHidden(entry) && table.count(entry) > 0) {
                ++hidden;
                sum += table.count(entry);
            }
        }
        QVERIFY(hidden == 0 || (hidden >= 2 && sum - (hidden - 1) >= 5));
    }
}

QTEST_GUILESS_MAIN(TestSuppression)
#include "TestSuppression.moc"
