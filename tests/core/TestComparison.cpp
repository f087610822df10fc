// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Comparison.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QTest>

using namespace zelfscan;

/** Comparing last year's result with this year's lists the right changes. */
class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsChanges();
};

void TestComparison::listsChanges()
{
    QuestionnaireCatalog catalog;
    QVERIFY(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires")).isEmpty());
    const Questionnaire& q = *catalog.find(QStringLiteral("every_feature"));
    AnswerSet lastYear;
    lastYear.questionnaireId = q.id;
    lastYear.profile.size = QStringLiteral("1");
    lastYear.answers.insert(QStringLiteral("backup"), Answer::ofOption(QStringLiteral("no")));
    lastYear.answers.insert(QStringLiteral("mfa_mail"), Answer::ofOption(QStringLiteral("no")));
    lastYear.answers.insert(QStringLiteral("mfa_bank"), Answer::ofOption(QStringLiteral("yes")));
    AnswerSet now = lastYear;
    now.answers.insert(QStringLiteral("backup"), Answer::ofOption(QStringLiteral("yes"))); // fixed
    now.answers.insert(QStringLiteral("mfa_bank"), Answer::ofOption(QStringLiteral("unknown"))); // new doubt

    const Comparison c = compareResults(assess(q, lastYear), assess(q, now));
    QCOMPARE(c.sections.first().sectionId, QStringLiteral("basics"));
    QCOMPARE(c.sections.first().before, std::optional<double>(33.3));
    QCOMPARE(c.sections.first().after, std::optional<double>(50)); // 6/12
    QVERIFY(c.sections.first().delta() > 0);
    QVERIFY(!c.sections.at(1).delta()); // staff: no score either time
    QCOMPARE(c.stepsDone, QStringList { QStringLiteral("backup") });
    QCOMPARE(c.newGaps, QStringList { QStringLiteral("find-out-mfa_bank") });
    QCOMPARE(c.stillOpen, QStringList { QStringLiteral("shared_step") });
    QVERIFY(!c.classBefore && !c.classAfter);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "TestComparison.moc"
