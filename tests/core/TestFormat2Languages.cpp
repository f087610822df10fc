// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultFormat.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QTest>

using namespace zelfscan;

/**
 * The example format 2 questionnaire in its third language: its own texts in German, Zelfscan's
 * words in English (they have no German yet), the numbers the same as in every language.
 */
class TestFormat2Languages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusInGerman();
};

void TestFormat2Languages::statusInGerman()
{
    QuestionnaireLoadResult loaded
        = loadQuestionnaireFile(QStringLiteral(TEST_DATA_DIR "/format2/mkb-voorbeeld.yaml"));
    QVERIFY(loaded.questionnaire);
    const Questionnaire& questionnaire = *loaded.questionnaire;
    QVERIFY(questionnaire.languages.contains(QStringLiteral("de")));
    const AnswerLoadResult answers
        = loadAnswerFile(QStringLiteral(TEST_DATA_DIR "/format2/answers/mkb-gemengd.yaml"),
            [&](const QString& id) { return id == questionnaire.id ? &questionnaire : nullptr; });
    QVERIFY(answers.answers);
    const AssessmentResult result = assess(questionnaire, *answers.answers);
    const Language german = *Language::parse(QStringLiteral("de"));
    const QString text = resultToText(result, questionnaire, german);
    QVERIFY2(text.contains(QStringLiteral("Status: Grundlagen umgesetzt (8 points, from -9 to 17)")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Updates werden automatisch installiert: Nicht umgesetzt (-6)")));
    QVERIFY(text.contains(QStringLiteral("Schalte automatische Updates ein")));
    const QJsonObject json = resultToJson(result, questionnaire, german);
    QCOMPARE(json.value(QStringLiteral("status")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Grundlagen umgesetzt"));
    QCOMPARE(
        json.value(QStringLiteral("status")).toObject().value(QStringLiteral("percent")).toDouble(), 65.4);
}

QTEST_GUILESS_MAIN(TestFormat2Languages)
#include "TestFormat2Languages.moc"
