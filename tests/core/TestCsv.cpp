// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Csv.h"
#include "tests/util/Csv.h"

#include <QtTest>

using namespace zelfscan;

/** The one rule for CSV fields: quoting, and text a spreadsheet would run as a formula. */
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Maak back-ups") << QStringLiteral("Maak back-ups");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        // Dutch Excel splits at ';' even in a file separated by ','.
        QTest::newRow("semicolon") << QStringLiteral("a; b") << QStringLiteral("\"a; b\"");
        QTest::newRow("quote") << QStringLiteral("de \"beheerder\"")
                               << QStringLiteral("\"de \"\"beheerder\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("accents") << QStringLiteral("één café") << QStringLiteral("één café");
    }
    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csv::field(text), field);
    }

    void keepsFormulasFromRunning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+31 20") << QStringLiteral("'+31 20");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void keepsFormulasFromRunning()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csv::field(text), field);
        // What a reader gets back after undoing the guard is the text itself.
        const testutil::CsvTable table = testutil::parseCsv(field + QStringLiteral("\r\n"), QLatin1Char(','));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(csv::withoutFormulaGuard(table.rows.first().first()), text);
    }

    void leavesOtherApostrophesAlone()
    {
        QCOMPARE(
            csv::withoutFormulaGuard(QStringLiteral("'s-Hertogenbosch")), QStringLiteral("'s-Hertogenbosch"));
        QCOMPARE(csv::withoutFormulaGuard(QStringLiteral("'")), QStringLiteral("'"));
    }

    void linesParseBack()
    {
        const QStringList fields { QStringLiteral("a;b"), QStringLiteral("=1+1"), QStringLiteral("x\"y"),
            QString(), QStringLiteral("z") };
        for (const QChar separator : { QLatin1Char(','), QLatin1Char(';') }) {
            const QByteArray bytes = csv::document({ csv::line(fields, separator) });
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.endsWith("\r\n"));
            const testutil::CsvTable table = testutil::parseCsv(QString::fromUtf8(bytes.mid(3)), separator);
            QVERIFY(!table.incomplete);
            QCOMPARE(table.rows.size(), 1);
            QStringList back = table.rows.first();
            for (QString& value : back)
                value = csv::withoutFormulaGuard(value);
            QCOMPARE(back, fields);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
