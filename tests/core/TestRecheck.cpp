// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Recheck.h"

#include <QTest>

using namespace zelfscan;

/** When a tool is offered again, and how a stale result is described; fixed dates, no clock. */
class TestRecheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsPerTool();
    void dueAfterThePeriod_data();
    void dueAfterThePeriod();
    void staleText_data();
    void staleText();
    void invalidDateIsNeverDue();
};

void TestRecheck::defaultsPerTool()
{
    QCOMPARE(defaultRecheckMonths(QStringLiteral("basisscan")), 3);
    QCOMPARE(defaultRecheckMonths(QStringLiteral("risicoklasse")), 12);
    QCOMPARE(defaultRecheckMonths(QStringLiteral("procesautomatisering")), 12);
}

void TestRecheck::dueAfterThePeriod_data()
{
    QTest::addColumn<QDate>("finished");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("due");
    QTest::addColumn<int>("age");
    QTest::newRow("a day before") << QDate(2026, 3, 14) << 3 << QDate(2026, 6, 13) << false << 2;
    QTest::newRow("on the day") << QDate(2026, 3, 14) << 3 << QDate(2026, 6, 14) << true << 3;
    QTest::newRow("eight months") << QDate(2026, 3, 14) << 3 << QDate(2026, 11, 20) << true << 8;
    QTest::newRow("a year, not yet") << QDate(2026, 3, 14) << 12 << QDate(2026, 11, 20) << false << 8;
    QTest::newRow("month end") << QDate(2026, 11, 30) << 3 << QDate(2027, 2, 28) << true << 2;
    QTest::newRow("same day") << QDate(2026, 3, 14) << 3 << QDate(2026, 3, 14) << false << 0;
}

void TestRecheck::dueAfterThePeriod()
{
    QFETCH(QDate, finished);
    QFETCH(int, months);
    QFETCH(QDate, today);
    QFETCH(bool, due);
    QFETCH(int, age);
    const RecheckState state = recheckState(finished, months, today);
    QCOMPARE(state.due, due);
    QCOMPARE(state.ageMonths, age);
    QCOMPARE(state.dueOn, finished.addMonths(months));
}

void TestRecheck::staleText_data()
{
    QTest::addColumn<QDate>("finished");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("issue's example") << QDate(2026, 3, 14) << QDate(2026, 11, 20) << QStringLiteral("nl")
                                     << QStringLiteral("Resultaat van 14 maart, 8 maanden oud");
    QTest::newRow("english") << QDate(2026, 3, 14) << QDate(2026, 11, 20) << QStringLiteral("en")
                             << QStringLiteral("Result of 14 March, 8 months old");
    QTest::newRow("last year") << QDate(2025, 12, 2) << QDate(2026, 1, 5) << QStringLiteral("nl")
                               << QStringLiteral("Resultaat van 2 december 2025, 1 maand oud");
    QTest::newRow("fresh") << QDate(2026, 11, 2) << QDate(2026, 11, 20) << QStringLiteral("nl")
                           << QStringLiteral("Resultaat van 2 november, minder dan een maand oud");
    QTest::newRow("years") << QDate(2023, 5, 1) << QDate(2026, 11, 20) << QStringLiteral("nl")
                           << QStringLiteral("Resultaat van 1 mei 2023, 3 jaar oud");
}

void TestRecheck::staleText()
{
    QFETCH(QDate, finished);
    QFETCH(QDate, today);
    QFETCH(QString, language);
    QFETCH(QString, text);
    QCOMPARE(zelfscan::staleText(recheckState(finished, 3, today), today, *Language::parse(language)), text);
}

void TestRecheck::invalidDateIsNeverDue()
{
    QVERIFY(!recheckState(QDate(), 3, QDate(2026, 11, 20)).due);
}

QTEST_GUILESS_MAIN(TestRecheck)
#include "TestRecheck.moc"
