// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/Expression.h"

#include <QTest>

using namespace zelfscan;

class TestExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void rejectsBadSyntax_data();
    void rejectsBadSyntax();
    void emptyExpressionIsTrue();
    void listsNamesAndComparisons();
    void refusesDeepNesting();
};

static QVariant lookup(const QString& name)
{
    if (name == QLatin1String("profile.size"))
        return QStringLiteral("10-49");
    if (name == QLatin1String("r4"))
        return QStringLiteral("special");
    if (name == QLatin1String("staff"))
        return 12.0;
    if (name == QLatin1String("channels"))
        return QStringList { QStringLiteral("webshop"), QStringLiteral("mail") };
    return {}; // unanswered
}

void TestExpression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equal string") << "profile.size == '10-49'" << true;
    QTest::newRow("double quotes") << "profile.size == \"10-49\"" << true;
    QTest::newRow("not equal") << "profile.size != '1'" << true;
    QTest::newRow("in list") << "r4 in ['few', 'special']" << true;
    QTest::newRow("not in list") << "r4 in ['few', 'many']" << false;
    QTest::newRow("number compare") << "staff >= 10" << true;
    QTest::newRow("number compare false") << "staff < 10" << false;
    QTest::newRow("member of multiple") << "'webshop' in channels" << true;
    QTest::newRow("not member of multiple") << "'shop' in channels" << false;
    QTest::newRow("and") << "staff > 1 and r4 == 'special'" << true;
    QTest::newRow("or") << "staff > 100 or r4 == 'special'" << true;
    QTest::newRow("not") << "not (staff > 100)" << true;
    QTest::newRow("precedence: and binds tighter") << "r4 == 'x' and staff > 1 or staff > 5" << true;
    QTest::newRow("unanswered compares false") << "missing == 'yes'" << false;
    QTest::newRow("unanswered not-equal is false too") << "missing != 'yes'" << false;
    QTest::newRow("answered()") << "answered(r4)" << true;
    QTest::newRow("not answered()") << "not answered(missing)" << true;
    QTest::newRow("keyword prefix is a name") << "order == 'x'" << false;
    QTest::newRow("boolean literal") << "true" << true;
    QTest::newRow("string ordering is never true") << "r4 < 'z'" << false;
}

void TestExpression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QString error;
    const Expression expression = Expression::parse(text, &error);
    QVERIFY2(expression.isValid(), qPrintable(error));
    QCOMPARE(expression.evaluate(lookup), expected);
}

void TestExpression::rejectsBadSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");
    QTest::newRow("unclosed string") << "a == 'x"
                                     << "string is not closed" << 5;
    QTest::newRow("missing paren") << "(a == 'x'"
                                   << "missing ')'" << 9;
    QTest::newRow("missing bracket") << "a in ['x', 'y'"
                                     << "missing ']'" << 14;
    QTest::newRow("dangling operator") << "a =="
                                       << "condition ends where a value was expected" << 4;
    QTest::newRow("keyword as value") << "a == and"
                                      << "'and' where a value was expected" << 5;
    QTest::newRow("trailing garbage") << "a == 'x' 'y'"
                                      << "unexpected ''y''" << 9;
    QTest::newRow("stray symbol") << "a == $"
                                  << "unexpected '$'" << 5;
}

void TestExpression::rejectsBadSyntax()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, offset);
    QString error;
    int errorOffset = -1;
    const Expression expression = Expression::parse(text, &error, &errorOffset);
    QVERIFY(!expression.isValid());
    QCOMPARE(error, message);
    QCOMPARE(errorOffset, offset);
}

void TestExpression::emptyExpressionIsTrue()
{
    QVERIFY(Expression().evaluate(lookup));
}

void TestExpression::listsNamesAndComparisons()
{
    const Expression expression
        = Expression::parse(QStringLiteral("r4 in ['few', 'many'] and profile.size != '1' or answered(q9)"));
    QCOMPARE(expression.names(),
        (QStringList { QStringLiteral("r4"), QStringLiteral("profile.size"), QStringLiteral("q9") }));
    const auto comparisons = expression.comparisons();
    QCOMPARE(comparisons.size(), 2);
    QCOMPARE(comparisons.at(0).name, QStringLiteral("r4"));
    QCOMPARE(comparisons.at(0).literals, (QStringList { QStringLiteral("few"), QStringLiteral("many") }));
    QCOMPARE(comparisons.at(1).literals, QStringList { QStringLiteral("1") });
}

void TestExpression::refusesDeepNesting()
{
    const QString deep
        = QString(200, QLatin1Char('(')) + QStringLiteral("a == 'x'") + QString(200, QLatin1Char(')'));
    QString error;
    QVERIFY(!Expression::parse(deep, &error).isValid());
    QCOMPARE(error, QStringLiteral("condition is nested too deeply"));
    const QString deepNot = QString(100, QLatin1Char(' ')).replace(QLatin1String(" "), QLatin1String("not "))
        + QStringLiteral("a");
    QVERIFY(!Expression::parse(deepNot, &error).isValid());
}

QTEST_GUILESS_MAIN(TestExpression)
#include "TestExpression.moc"
