// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/ProfileAnswers.h"
#include "core/questionnaire/QuestionnaireBinary.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QTest>

using namespace zelfscan;

namespace {

/** A questionnaire whose question "staff" asks the intake's size again; @p options replaces its options. */
QByteArray questionnaireWith(const QByteArray& options)
{
    return QByteArrayLiteral("format: 1\n"
                             "id: t\n"
                             "version: \"1\"\n"
                             "kind: scan\n"
                             "languages: [nl, en]\n"
                             "title: {nl: T, en: T}\n"
                             "source: {nl: Gebaseerd op X, en: Based on X}\n"
                             "sections:\n"
                             "  - id: a\n"
                             "    title: {nl: A, en: A}\n"
                             "    questions:\n"
                             "      - id: staff\n"
                             "        type: single\n"
                             "        text: {nl: \"Hoeveel?\", en: \"How many?\"}\n"
                             "        options:\n")
        + options;
}

const QByteArray sizedOptions
    = "          - {id: alone, label: {nl: Alleen, en: Alone}, score: 0, profile_size: [\"1\"]}\n"
      "          - {id: few, label: {nl: Enkelen, en: A few}, score: 1, profile_size: [\"2-9\", \"10-49\"]}\n"
      "          - {id: many, label: {nl: Velen, en: Many}, score: 2}\n";

QString messages(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/** A question that asks what the intake asked is answered from the intake (profile_size). */
class TestProfileAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndKeepsProfileSizes();
    void refusesWrongProfileSizes_data();
    void refusesWrongProfileSizes();
    void answersFromTheIntakeOnly();
    void theBundledRiskClassTakesTheIntakesSize();
};

void TestProfileAnswers::readsAndKeepsProfileSizes()
{
    const QuestionnaireLoadResult result
        = loadQuestionnaire(questionnaireWith(sizedOptions), QStringLiteral("t.yaml"));
    QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics)));
    const Question* staff = result.questionnaire->question(QStringLiteral("staff"));
    QCOMPARE(
        staff->options.at(1).profileSizes, QStringList({ QStringLiteral("2-9"), QStringLiteral("10-49") }));
    QVERIFY(staff->options.at(2).profileSizes.isEmpty());
    // The start-up cache keeps them.
    const std::optional<Questionnaire> copy
        = questionnaireFromBinary(questionnaireToBinary(*result.questionnaire));
    QVERIFY(copy);
    QCOMPARE(copy->question(QStringLiteral("staff"))->options.at(1).profileSizes,
        staff->options.at(1).profileSizes);
}

void TestProfileAnswers::refusesWrongProfileSizes_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown size")
        << QByteArray("          - {id: x, label: {nl: X, en: X}, score: 0, profile_size: [\"3-5\"]}\n")
        << "t.yaml:16:69: error: profile_size of option 'x' of question 'staff' names an unknown size '3-5' "
           "(allowed: 1, 2-9, 10-49, 50-249, 250+)";
    QTest::newRow("one size, two options")
        << QByteArray("          - {id: x, label: {nl: X, en: X}, score: 0, profile_size: [\"1\"]}\n"
                      "          - {id: y, label: {nl: Y, en: Y}, score: 1, profile_size: [\"1\"]}\n")
        << "t.yaml:17:69: error: size '1' is given to more than one option (option 'y' of question 'staff')";
    QTest::newRow("not a list")
        << QByteArray("          - {id: x, label: {nl: X, en: X}, score: 0, profile_size: \"1\"}\n")
        << "t.yaml:16:68: error: profile_size of option 'x' of question 'staff' must be a list";
}

void TestProfileAnswers::refusesWrongProfileSizes()
{
    QFETCH(QByteArray, options);
    QFETCH(QString, message);
    const QuestionnaireLoadResult result
        = loadQuestionnaire(questionnaireWith(options), QStringLiteral("t.yaml"));
    QVERIFY(!result.ok());
    QVERIFY2(messages(result.diagnostics).contains(message), qPrintable(messages(result.diagnostics)));
}

void TestProfileAnswers::answersFromTheIntakeOnly()
{
    const QuestionnaireLoadResult result
        = loadQuestionnaire(questionnaireWith(sizedOptions), QStringLiteral("t.yaml"));
    QVERIFY(result.ok());
    const Questionnaire& q = *result.questionnaire;

    AnswerSet answers;
    answers.profile.size = QStringLiteral("10-49");
    QCOMPARE(answerFromProfile(q, &answers), QStringList { QStringLiteral("staff") });
    QCOMPARE(answers.answers.value(QStringLiteral("staff")), Answer::ofOption(QStringLiteral("few")));

    // The user's own answer is never replaced.
    answers.answers.insert(QStringLiteral("staff"), Answer::ofOption(QStringLiteral("many")));
    QVERIFY(answerFromProfile(q, &answers).isEmpty());
    QCOMPARE(answers.answers.value(QStringLiteral("staff")), Answer::ofOption(QStringLiteral("many")));

    // No size, or one no option names: nothing is answered.
    AnswerSet none;
    QVERIFY(answerFromProfile(q, &none).isEmpty());
    none.profile.size = QStringLiteral("250+");
    QVERIFY(answerFromProfile(q, &none).isEmpty());
    QVERIFY(none.answers.isEmpty());
}

void TestProfileAnswers::theBundledRiskClassTakesTheIntakesSize()
{
    const QuestionnaireLoadResult result
        = loadQuestionnaireFile(QStringLiteral(QUESTIONNAIRES_DIR "/risicoklasse.yaml"));
    QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics)));
    const QMap<QString, QString> expected { { QStringLiteral("1"), QStringLiteral("alone") },
        { QStringLiteral("2-9"), QStringLiteral("small") },
        { QStringLiteral("10-49"), QStringLiteral("medium") },
        { QStringLiteral("50-249"), QStringLiteral("large") },
        { QStringLiteral("250+"), QStringLiteral("large") } };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        AnswerSet answers;
        answers.profile.size = it.key();
        QCOMPARE(
            answerFromProfile(*result.questionnaire, &answers), QStringList { QStringLiteral("r1_staff") });
        QCOMPARE(answers.answers.value(QStringLiteral("r1_staff")).option, it.value());
    }
}

QTEST_GUILESS_MAIN(TestProfileAnswers)
#include "TestProfileAnswers.moc"
