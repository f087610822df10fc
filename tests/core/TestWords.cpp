// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ResultFormat.h"
#include "core/text/Words.h"

#include <QTest>

using namespace zelfscan;

namespace {

// The context core's result format uses, so its translations apply here.
class Words
{
    ZELFSCAN_WORDS(ResultFormat)
};

} // namespace

/**
 * Core's own texts: English sources translated per language from the .qm zelfscan_core embeds,
 * whatever translator the application has installed.
 */
class TestWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translatesPerLanguage();
    void fallsBackToEnglish();
    void keepsTextsForEveryLanguageOfAQuestionnaire();
    void fillsInTheCount();
    void answersInWords();
};

void TestWords::translatesPerLanguage()
{
    QCOMPARE(Words::tr("Good").in(Language::dutch()), QStringLiteral("Goed"));
    QCOMPARE(Words::tr("Good").in(*Language::parse(QStringLiteral("nl-BE"))), QStringLiteral("Goed"));
    QCOMPARE(Words::tr("Good").in(Language::english()), QStringLiteral("Good"));
    QCOMPARE(lightLabel(Light::Red, Language::dutch()), QStringLiteral("Onvoldoende"));
    QCOMPARE(lightLabel(Light::Red, Language::english()), QStringLiteral("Insufficient"));
}

void TestWords::fallsBackToEnglish()
{
    QCOMPARE(Words::tr("Good").in(*Language::parse(QStringLiteral("de"))), QStringLiteral("Good"));
    QCOMPARE(Words::tr("A text no one translated").in(Language::dutch()),
        QStringLiteral("A text no one translated"));
}

void TestWords::keepsTextsForEveryLanguageOfAQuestionnaire()
{
    const LocalizedText text
        = Words::tr("Good").in(QStringList { QStringLiteral("nl"), QStringLiteral("de") });
    QCOMPARE(text.exact(QStringLiteral("nl")), QStringLiteral("Goed"));
    QCOMPARE(text.exact(QStringLiteral("de")), QStringLiteral("Good"));
    QCOMPARE(text.exact(QStringLiteral("en")), QStringLiteral("Good"));
}

void TestWords::fillsInTheCount()
{
    QCOMPARE(
        Words::tr("%n open step(s)", nullptr, 3).in(Language::english()), QStringLiteral("3 open step(s)"));
}

void TestWords::answersInWords()
{
    const auto text = [](const QString& nl, const QString& en) {
        LocalizedText t;
        t.set(QStringLiteral("nl"), nl);
        t.set(QStringLiteral("en"), en);
        return t;
    };
    Question question;
    question.id = QStringLiteral("q");
    const auto option = [](const QString& id, const LocalizedText& label) {
        AnswerOption o;
        o.id = id;
        o.label = label;
        return o;
    };
    question.options.append(option(QStringLiteral("no"), text(QStringLiteral("Nee"), QStringLiteral("No"))));
    question.options.append(
        option(QStringLiteral("mail"), text(QStringLiteral("E-mail"), QStringLiteral("Email"))));
    QCOMPARE(answerLabel(question, Answer::ofOption(QStringLiteral("no")), Language::dutch()),
        QStringLiteral("Nee"));
    QCOMPARE(answerLabel(question, Answer::ofOptions({ QStringLiteral("no"), QStringLiteral("mail") }),
                 Language::english()),
        QStringLiteral("No, Email"));
    // An option the questionnaire no longer has is shown by its id rather than left out.
    QCOMPARE(answerLabel(question, Answer::ofOption(QStringLiteral("gone")), Language::dutch()),
        QStringLiteral("gone"));
    question.unit = text(QStringLiteral("uur"), QStringLiteral("hours"));
    QCOMPARE(answerLabel(question, Answer::ofNumber(2.5), Language::dutch()), QStringLiteral("2,5 uur"));
    QCOMPARE(answerLabel(question, Answer::ofNumber(2.5), Language::english()), QStringLiteral("2.5 hours"));
}

QTEST_GUILESS_MAIN(TestWords)
#include "TestWords.moc"
