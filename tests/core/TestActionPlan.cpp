// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/ActionPlan.h"
#include "tests/util/PlanFixtures.h"

#include <QTest>

using namespace zelfscan;

/** The action plan across tools: order, merging of alike steps, ticks as done, the calendar's part. */
class TestActionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsToolOrderAndPriority();
    void alikeStepsAppearOnceWithBothSources();
    void ticksInAnyToolMeanDone();
    void plannedStatusOwnerAndDateComeFromTheBook();
    void calendarTakesDatedOpenStepsOnly();
    void planOfResultTakesThatRunsSteps();
};

namespace {

ToolState tool(const QString& id, const QStringList& stepIds, const QSet<QString>& done = {})
{
    ToolState state;
    state.questionnaireId = id;
    state.stage = ToolStage::Finished;
    AssessmentResult result;
    result.questionnaireId = id;
    for (const QString& s : stepIds)
        result.steps.append(testutil::makeStep(s));
    state.lastResult = result;
    state.doneSteps = done;
    return state;
}

QStringList keys(const QList<PlanEntry>& plan)
{
    return testutil::fieldOf(plan, &PlanEntry::key);
}

} // namespace

void TestActionPlan::followsToolOrderAndPriority()
{
    ToolState notStarted;
    notStarted.questionnaireId = QStringLiteral("procesautomatisering");
    const QList<PlanEntry> plan = buildActionPlan(
        { tool(QStringLiteral("basisscan"), { QStringLiteral("p1_inventory"), QStringLiteral("p2_wifi") }),
            notStarted, tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_pentest") }) },
        {});
    QCOMPARE(keys(plan),
        (QStringList { QStringLiteral("basisscan/p1_inventory"), QStringLiteral("basisscan/p2_wifi"),
            QStringLiteral("risicoklasse/s_pentest") }));
    QCOMPARE(plan.first().planning.status, PlanStatus::Open);
}

void TestActionPlan::alikeStepsAppearOnceWithBothSources()
{
    const QList<PlanEntry> plan = buildActionPlan(
        { tool(QStringLiteral("basisscan"), { QStringLiteral("p4_mfa"), QStringLiteral("p2_wifi") }),
            tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_pentest"), QStringLiteral("s_mfa") }) },
        {});
    QCOMPARE(keys(plan),
        (QStringList { QStringLiteral("basisscan/p4_mfa"), QStringLiteral("basisscan/p2_wifi"),
            QStringLiteral("risicoklasse/s_pentest") }));
    const PlanEntry& mfa = plan.first();
    QCOMPARE(mfa.questionnaireId, QStringLiteral("basisscan"));
    QCOMPARE(mfa.sources.size(), 2);
    QCOMPARE(mfa.sources.at(1), std::make_pair(QStringLiteral("risicoklasse"), QStringLiteral("s_mfa")));

    // Advised by the risk class alone, it is still planned under the shared key.
    const QList<PlanEntry> riskOnly
        = buildActionPlan({ tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_mfa") }) }, {});
    QCOMPARE(riskOnly.first().key, QStringLiteral("basisscan/p4_mfa"));
    QCOMPARE(riskOnly.first().questionnaireId, QStringLiteral("risicoklasse"));
}

void TestActionPlan::ticksInAnyToolMeanDone()
{
    const QList<PlanEntry> plan = buildActionPlan(
        { tool(QStringLiteral("basisscan"), { QStringLiteral("p4_mfa"), QStringLiteral("p2_wifi") }),
            tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_mfa") }, { QStringLiteral("s_mfa") }) },
        {});
    QCOMPARE(plan.at(0).planning.status, PlanStatus::Done);
    QCOMPARE(plan.at(1).planning.status, PlanStatus::Open);
}

void TestActionPlan::plannedStatusOwnerAndDateComeFromTheBook()
{
    const StepPlanning planned
        = testutil::makePlanning(PlanStatus::Planned, QStringLiteral("IT-leverancier"), QDate(2027, 3, 1));
    const QList<PlanEntry> plan
        = buildActionPlan({ tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_mfa") }) },
            { { QStringLiteral("basisscan/p4_mfa"), planned } });
    QCOMPARE(plan.first().planning, planned);
}

void TestActionPlan::calendarTakesDatedOpenStepsOnly()
{
    PlanBook book;
    const QDate due(2027, 3, 1);
    for (const auto& [key, status, dated] :
        { std::tuple { "basisscan/p1_inventory", PlanStatus::Planned, true },
            std::tuple { "basisscan/p2_wifi", PlanStatus::Planned, false },
            std::tuple { "basisscan/p4_mfa", PlanStatus::Done, true },
            std::tuple { "basisscan/p5_firewall", PlanStatus::NotRelevant, true },
            std::tuple { "basisscan/p2_https", PlanStatus::InProgress, true } }) {
        book.insert(QLatin1String(key), testutil::makePlanning(status, QString(), dated ? due : QDate()));
    }
    const QList<PlanEntry> plan = buildActionPlan(
        { tool(QStringLiteral("basisscan"),
            { QStringLiteral("p1_inventory"), QStringLiteral("p2_wifi"), QStringLiteral("p4_mfa"),
                QStringLiteral("p5_firewall"), QStringLiteral("p2_https") }) },
        book);
    QCOMPARE(keys(calendarEntries(plan)),
        (QStringList { QStringLiteral("basisscan/p1_inventory"), QStringLiteral("basisscan/p2_https") }));
}

void TestActionPlan::planOfResultTakesThatRunsSteps()
{
    const PlanBook book { { QStringLiteral("basisscan/p4_mfa"), {} },
        { QStringLiteral("basisscan/p2_wifi"), {} }, { QStringLiteral("risicoklasse/s_pentest"), {} } };
    const AssessmentResult risk
        = *tool(QStringLiteral("risicoklasse"), { QStringLiteral("s_mfa"), QStringLiteral("s_pentest") })
               .lastResult;
    QCOMPARE(planOfResult(book, risk).keys(),
        (QStringList { QStringLiteral("basisscan/p4_mfa"), QStringLiteral("risicoklasse/s_pentest") }));
}

QTEST_GUILESS_MAIN(TestActionPlan)
#include "TestActionPlan.moc"
