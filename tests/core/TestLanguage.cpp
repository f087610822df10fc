// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/LocalizedText.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/text/Language.h"

#include <QtTest>

using namespace zelfscan;

/** The language type: which codes it takes, how it writes them, and where texts fall back to. */
class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("nl");
        QTest::newRow("posix") << QStringLiteral("nl_NL.UTF-8") << QStringLiteral("nl-NL");
        QTest::newRow("region") << QStringLiteral("PT-br") << QStringLiteral("pt-BR");
        QTest::newRow("de") << QStringLiteral(" de ") << QStringLiteral("de");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("word") << QStringLiteral("Dutch") << QString();
        QTest::newRow("path") << QStringLiteral("../nl") << QString();
        QTest::newRow("one letter") << QStringLiteral("C") << QString();
    }

    void parsesCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const std::optional<Language> language = Language::parse(input);
        QCOMPARE(language.has_value(), !code.isEmpty());
        if (language)
            QCOMPARE(language->code(), code);
    }

    void knowsDutchAndEnglish()
    {
        QVERIFY(Language::parse(QStringLiteral("nl-BE"))->isDutch());
        QVERIFY(Language().isDutch()); // Zelfscan's first language
        QVERIFY(Language::english().isEnglish());
        QVERIFY(!Language::parse(QStringLiteral("de"))->isDutch());
        QCOMPARE(Language::dutch().locale().toString(91.5, 'f', 1), QStringLiteral("91,5"));
        QCOMPARE(Language::english().locale().toString(91.5, 'f', 1), QStringLiteral("91.5"));
        QCOMPARE(Language::parse(QStringLiteral("de"))->nativeName(), QStringLiteral("Deutsch"));
        QCOMPARE(Language::dutch().nativeName(), QStringLiteral("Nederlands"));
        QCOMPARE(Language::english().nativeName(), QStringLiteral("English"));
    }

    void catalogOffersDeclaredLanguages()
    {
        QuestionnaireCatalog catalog;
        QCOMPARE(catalog.languages(), QStringList({ QStringLiteral("nl"), QStringLiteral("en") }));
        QVERIFY(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/languages/questionnaires")).isEmpty());
        QVERIFY(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
        QCOMPARE(catalog.languages(),
            QStringList({ QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("de") }));
    }

    void fallsBackToEnglishThenDutch()
    {
        QCOMPARE(Language::parse(QStringLiteral("de-AT"))->fallbacks(),
            QStringList({ QStringLiteral("de-AT"), QStringLiteral("de"), QStringLiteral("en"),
                QStringLiteral("nl") }));
        LocalizedText text;
        text.set(QStringLiteral("nl"), QStringLiteral("Goed"));
        QCOMPARE(text.text(*Language::parse(QStringLiteral("fr"))), QStringLiteral("Goed"));
        text.set(QStringLiteral("en"), QStringLiteral("Good"));
        QCOMPARE(text.text(*Language::parse(QStringLiteral("fr"))), QStringLiteral("Good"));
        text.set(QStringLiteral("de"), QStringLiteral("Gut"));
        QCOMPARE(text.text(*Language::parse(QStringLiteral("de-CH"))), QStringLiteral("Gut"));
        QCOMPARE(text.text(Language::dutch()), QStringLiteral("Goed"));
        QCOMPARE(text.exact(QStringLiteral("fr")), QString());
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
