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

QTEST_GUILESS_MAIN(TestWords)
#include "TestWords.moc"
