// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Progress.h"

#include <QTest>

using namespace zelfscan;

/** The sentence that leads a result after a re-check: what improved, then what went down. */
class TestProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void issuesExample();
    void namesTheTwoLargestGains();
    void singularAndEnglish();
    void declinesAreSaidToo();
    void nothingChangedSaysNothing();
    void roundingHidesNoChange();

private:
    Questionnaire m_questionnaire;
};

namespace {

Comparison comparison(int done, const QList<Comparison::SectionChange>& sections)
{
    Comparison c;
    for (int i = 0; i < done; ++i)
        c.stepsDone.append(QStringLiteral("s%1").arg(i));
    c.sections = sections;
    return c;
}

} // namespace

void TestProgress::initTestCase()
{
    for (const auto& [id, nl, en] : { std::tuple { "access", "Beperk toegang", "Limit access" },
             std::tuple { "backup", "Maak back-ups", "Make back-ups" },
             std::tuple { "update", "Houd software up-to-date", "Keep software up to date" } }) {
        Section section;
        section.id = QLatin1String(id);
        section.title.set(QStringLiteral("nl"), QString::fromUtf8(nl));
        section.title.set(QStringLiteral("en"), QString::fromUtf8(en));
        m_questionnaire.sections.append(section);
    }
}

void TestProgress::issuesExample()
{
    const Comparison c
        = comparison(3, { { QStringLiteral("access"), 29.2, 71.0 }, { QStringLiteral("backup"), 80, 80 } });
    QCOMPARE(progressSentence(c, m_questionnaire, Language::dutch()),
        QStringLiteral("3 stappen gedaan, Beperk toegang van 29\u00A0% naar 71\u00A0%."));
}

void TestProgress::namesTheTwoLargestGains()
{
    const Comparison c = comparison(2,
        { { QStringLiteral("access"), 40, 50 }, { QStringLiteral("backup"), 20, 60 },
            { QStringLiteral("update"), 30, 55 } });
    QCOMPARE(progressSentence(c, m_questionnaire, Language::dutch()),
        QStringLiteral(
            "2 stappen gedaan, Maak back-ups van 20\u00A0% naar 60\u00A0% en Houd software up-to-date van "
            "30\u00A0% naar 55\u00A0%."));
}

void TestProgress::singularAndEnglish()
{
    const Comparison c = comparison(1, { { QStringLiteral("access"), 29, 71 } });
    QCOMPARE(progressSentence(c, m_questionnaire, Language::dutch()),
        QStringLiteral("1 stap gedaan, Beperk toegang van 29\u00A0% naar 71\u00A0%."));
    QCOMPARE(progressSentence(c, m_questionnaire, Language::english()),
        QStringLiteral("1 step done, Limit access from 29% to 71%."));
    QCOMPARE(progressSentence(comparison(4, {}), m_questionnaire, Language::dutch()),
        QStringLiteral("4 stappen gedaan."));
}

void TestProgress::declinesAreSaidToo()
{
    const Comparison worse = comparison(
        0, { { QStringLiteral("access"), 71, 29 }, { QStringLiteral("backup"), std::nullopt, 50 } });
    QCOMPARE(progressSentence(worse, m_questionnaire, Language::dutch()),
        QStringLiteral("Lager dan de vorige keer: Beperk toegang van 71\u00A0% naar 29\u00A0%."));
    const Comparison mixed
        = comparison(2, { { QStringLiteral("access"), 29, 71 }, { QStringLiteral("backup"), 56, 44 } });
    QCOMPARE(progressSentence(mixed, m_questionnaire, Language::english()),
        QStringLiteral(
            "2 steps done, Limit access from 29% to 71%. Lower than last time: Make back-ups from 56% "
            "to 44%."));
}

void TestProgress::nothingChangedSaysNothing()
{
    const Comparison same = comparison(
        0, { { QStringLiteral("access"), 71, 71 }, { QStringLiteral("backup"), std::nullopt, 50 } });
    QVERIFY(progressSentence(same, m_questionnaire, Language::dutch()).isEmpty());
}

void TestProgress::roundingHidesNoChange()
{
    const Comparison tiny = comparison(0, { { QStringLiteral("access"), 70.6, 71.2 } });
    QVERIFY(progressSentence(tiny, m_questionnaire, Language::dutch()).isEmpty());
}

QTEST_GUILESS_MAIN(TestProgress)
#include "TestProgress.moc"
