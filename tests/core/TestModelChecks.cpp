// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireLoader.h"
#include "tests/util/QuestionnaireText.h"

#include <QTest>

using namespace zelfscan;

// A format 2 document: two questions worth +3 or -3, so the totals are -6, -3, 0, 3 and 6.
// The bands (and whatever else a case adds) start on line 29.
static QString question(const char* id)
{
    return testutil::scaleQuestion(QLatin1String(id));
}

static QByteArray document(const QString& models, const char* format = "2", const char* extraRoot = "")
{
    const QString text = QStringLiteral("format: %1\n"
                                        "id: t\n"
                                        "version: \"1\"\n"
                                        "languages: [nl, en]\n"
                                        "title: {nl: T, en: T}\n"
                                        "source: {nl: Gebaseerd op X, en: Based on X}\n"
                                        "scales:\n"
                                        "  s:\n"
                                        "    - {id: met, label: {nl: Ja, en: \"Yes\"}, score: 3}\n"
                                        "    - {id: not_met, label: {nl: Nee, en: \"No\"}, score: -3}\n"
                                        "sections:\n"
                                        "  - id: a\n"
                                        "    title: {nl: A, en: A}\n"
                                        "    questions:\n")
                             .arg(QLatin1String(format))
        + question("q1") + question("q2") + QString::fromLatin1(extraRoot) + QStringLiteral("models:\n")
        + models;
    return text.toUtf8();
}

static QString band(const char* id, int from)
{
    return QStringLiteral("      - {id: %1, min_points: %2, title: {nl: B, en: B}}\n")
        .arg(QLatin1String(id))
        .arg(from);
}

static const QString pointsHead = QStringLiteral("  sections: {}\n  points:\n    bands:\n"); // lines 26-28

/** What validate says about scoring models: bands, overrides, format 2 rules, dead options. */
class TestModelChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAWellFormedModel();
    void reportsModelProblems_data();
    void reportsModelProblems();
    void warnsAboutDeadOptions();
    void overrideMakesABandReachable();
};

static QStringList messages(const QByteArray& bytes)
{
    QStringList list;
    for (const Diagnostic& diagnostic : loadQuestionnaire(bytes, QStringLiteral("t.yaml")).diagnostics)
        list.append(diagnostic.toString());
    return list;
}

void TestModelChecks::acceptsAWellFormedModel()
{
    const QuestionnaireLoadResult result = loadQuestionnaire(
        document(pointsHead + band("low", -6) + band("high", 0)
            + QStringLiteral("    overrides:\n"
                             "      - {top_gap: true, at_most: low, reason: {nl: R, en: R}}\n")),
        QStringLiteral("t.yaml"));
    QVERIFY2(
        result.diagnostics.isEmpty(), qPrintable(messages(document(pointsHead)).join(QLatin1Char('\n'))));
    QVERIFY(result.questionnaire);
    const Questionnaire& questionnaire = *result.questionnaire;
    QCOMPARE(questionnaire.format, 2);
    QCOMPARE(questionnaire.kind, QuestionnaireKind::Scan);
    QVERIFY(questionnaire.sectionScores);
    QVERIFY(questionnaire.riskModel && !questionnaire.riskModel->exposure);
    QCOMPARE(questionnaire.riskModel->classes.at(1).id, QStringLiteral("high"));
    QCOMPARE(*questionnaire.riskModel->overrides.first().atMost, 1);
    QCOMPARE(questionnaire.question(QStringLiteral("q1"))->minScore(), -3.0);
}

void TestModelChecks::reportsModelProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("gap below the first band")
        << document(pointsHead + band("low", -3) + band("high", 0))
        << "t.yaml:29:9: error: a points total from -6 to below -3 falls in no band";
    QTest::newRow("overlapping bands")
        << document(pointsHead + band("low", -6) + band("high", -6))
        << "t.yaml:30:9: error: thresholds out of order: band 'high' starts at -6, not above 'low' (-6)";
    QTest::newRow("unreachable band")
        << document(pointsHead + band("low", -6) + band("mid", 1) + band("high", 2))
        << "t.yaml:30:9: error: band 'mid' can never be reached";
    QTest::newRow("unknown band in an override")
        << document(pointsHead + band("low", -6)
               + QStringLiteral("    overrides:\n      - {when: \"q1 == 'met'\", at_least: best, reason: "
                                "{nl: R, en: R}}\n"))
        << "t.yaml:31:41: error: override 1 names 'best', which is not one of low";
    QTest::newRow("override without a condition")
        << document(pointsHead + band("low", -6)
               + QStringLiteral("    overrides:\n      - {at_least: low, reason: {nl: R, en: R}}\n"))
        << "t.yaml:31:9: error: override 1 needs a condition: when or top_gap: true";
    QTest::newRow("unknown section counted")
        << document(QStringLiteral("  points:\n    sections: [a, zz]\n    bands:\n") + band("low", -6))
        << "t.yaml:27:15: error: models.points counts section 'zz', which does not exist";
    QTest::newRow("light override on an unknown section")
        << document(
               QStringLiteral("  sections:\n    overrides:\n      - {section: zz, top_gap: true, at_most: "
                              "orange, reason: {nl: R, en: R}}\n"))
        << "t.yaml:28:9: error: override 1 names section 'zz', which does not exist";
    QTest::newRow("models in format 1") << document(pointsHead + band("low", -6),
        "1") << "t.yaml:26:3: error: models needs format: 2 (format 1 names its scoring with kind)";
    QTest::newRow("kind and models") << document(pointsHead + band("low", -6), "2", "kind: scan\n")
                                     << "t.yaml:25:7: error: write either kind or models, not both";
    QTest::newRow("score below -1000")
        << QByteArray(document(pointsHead + band("low", -6)).replace("score: -3", "score: -1001"))
        << "t.yaml:10:56: error: score of option 'not_met' of scale 's' must be between -1000 and 1000";
    QTest::newRow("format 3") << document(pointsHead + band("low", -6),
        "3") << "t.yaml:1:9: error: format 3 is not supported; this Zelfscan reads format 1 or 2";
}

void TestModelChecks::reportsModelProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QStringList found = messages(bytes);
    const bool matched = std::any_of(
        found.begin(), found.end(), [&](const QString& message) { return message.startsWith(expected); });
    QVERIFY2(matched,
        qPrintable(
            QStringLiteral("expected\n  %1\ngot\n  %2").arg(expected, found.join(QStringLiteral("\n  ")))));
}

void TestModelChecks::warnsAboutDeadOptions()
{
    // Only section b is counted and nothing scores sections: the questions of a count nowhere.
    QByteArray withB
        = document(QStringLiteral("  points:\n    sections: [b]\n    bands:\n") + band("low", -3));
    const QByteArray sectionB
        = QByteArray("  - id: b\n    title: {nl: B, en: B}\n    questions:\n") + question("q3").toUtf8();
    withB.replace("models:\n", QByteArray(sectionB + "models:\n"));
    const QStringList found = messages(withB);
    QVERIFY2(found.size() == 2, qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(found.at(0).contains(QStringLiteral("warning: the scores of question 'q1' count in no model")));
    QVERIFY(found.at(1).contains(QStringLiteral("'q2' count in no model")));

    QByteArray bestStep = document(pointsHead + band("low", -6));
    bestStep.replace("score: 3}",
        "score: 3, step: {id: best, title: {nl: S, en: S}, how: {nl: H, en: H}, why: {nl: W, en: W}, "
        "effort: low, impact: low}}");
    const QStringList stepWarnings = messages(bestStep);
    QVERIFY2(stepWarnings.size() == 2, qPrintable(stepWarnings.join(QLatin1Char('\n'))));
    QVERIFY(stepWarnings.first().contains(QStringLiteral(
        "option 'met' of question 'q1' has a step that is never advised: it is the best answer")));
}

void TestModelChecks::overrideMakesABandReachable()
{
    const QStringList found
        = messages(document(pointsHead + band("low", -6) + band("mid", 1) + band("high", 2)
            + QStringLiteral(
                "    overrides:\n      - {when: \"q1 == 'met' and q2 == 'met'\", at_most: mid, reason: {nl: "
                "R, en: R}}\n")));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestModelChecks)
#include "TestModelChecks.moc"
