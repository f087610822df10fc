// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Recheck.h"
#include "core/text/Words.h"

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
    void agesCountInSingularAndPlural_data();
    void agesCountInSingularAndPlural();
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
    QTest::newRow("english, one month") << QDate(2025, 12, 2) << QDate(2026, 1, 5) << QStringLiteral("en")
                                        << QStringLiteral("Result of 2 December 2025, 1 month old");
    QTest::newRow("english, two years") << QDate(2024, 11, 1) << QDate(2026, 11, 20) << QStringLiteral("en")
                                        << QStringLiteral("Result of 1 November 2024, 2 years old");
}

void TestRecheck::agesCountInSingularAndPlural_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    const QString years = QStringLiteral("%n year(s) old");
    const QString months = QStringLiteral("%n month(s) old");
    QTest::newRow("1 year") << years << 1 << QStringLiteral("en") << QStringLiteral("1 year old");
    QTest::newRow("2 years") << years << 2 << QStringLiteral("en") << QStringLiteral("2 years old");
    QTest::newRow("1 month") << months << 1 << QStringLiteral("en") << QStringLiteral("1 month old");
    QTest::newRow("5 months") << months << 5 << QStringLiteral("en") << QStringLiteral("5 months old");
    QTest::newRow("1 jaar") << years << 1 << QStringLiteral("nl") << QStringLiteral("1 jaar oud");
    QTest::newRow("1 maand") << months << 1 << QStringLiteral("nl") << QStringLiteral("1 maand oud");
    QTest::newRow("5 maanden") << months << 5 << QStringLiteral("nl") << QStringLiteral("5 maanden oud");
}

/**
 * Straight from core's translations: staleText() counts in months below two years, so it never
 * writes one year, but the English file must still say "1 year", not "1 years".
 */
void TestRecheck::agesCountInSingularAndPlural()
{
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, language);
    QFETCH(QString, text);
    const QByteArray sourceText = source.toLatin1();
    QCOMPARE(Phrase("Recheck", sourceText.constData(), nullptr, n).in(*Language::parse(language)), text);
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
