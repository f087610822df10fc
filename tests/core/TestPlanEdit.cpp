// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanEdit.h"

#include <QTest>

using namespace zelfscan;

/** The rules of editing one step's planning: what an edit implies, and when it changes nothing. */
class TestPlanEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownerOrDatePlansAnOpenStep();
    void ownerOrDateLeaveOtherStatusesAlone();
    void statusOtherThanNotRelevantDropsTheReason();
    void noChangeKeepsTheTimestamp();
    void tickAndUntick();

private:
    const QDateTime m_before { QDate(2026, 11, 1), QTime(9, 0), Qt::UTC };
    const QDateTime m_now { QDate(2026, 12, 1), QTime(10, 0), Qt::UTC };
};

void TestPlanEdit::ownerOrDatePlansAnOpenStep()
{
    StepPlanning open;
    open.changed = m_before;
    const StepPlanning owned = planedit::setOwner(open, QStringLiteral("  IT-leverancier "), m_now);
    QCOMPARE(owned.owner, QStringLiteral("IT-leverancier"));
    QCOMPARE(owned.status, PlanStatus::Planned);
    QCOMPARE(owned.changed, m_now);
    const StepPlanning dated = planedit::setDue(open, QDate(2027, 1, 20), m_now);
    QCOMPARE(dated.due, QDate(2027, 1, 20));
    QCOMPARE(dated.status, PlanStatus::Planned);
}

void TestPlanEdit::ownerOrDateLeaveOtherStatusesAlone()
{
    StepPlanning busy;
    busy.status = PlanStatus::InProgress;
    QCOMPARE(planedit::setOwner(busy, QStringLiteral("ik"), m_now).status, PlanStatus::InProgress);
    // Removing the date of a planned step does not reopen it: the user chose "planned".
    StepPlanning planned;
    planned.status = PlanStatus::Planned;
    planned.due = QDate(2027, 1, 1);
    const StepPlanning undated = planedit::setDue(planned, QDate(), m_now);
    QVERIFY(!undated.due.isValid());
    QCOMPARE(undated.status, PlanStatus::Planned);
}

void TestPlanEdit::statusOtherThanNotRelevantDropsTheReason()
{
    StepPlanning step = planedit::setStatus({}, PlanStatus::NotRelevant, m_now);
    step = planedit::setReason(step, QStringLiteral(" geen website "), m_now);
    QCOMPARE(step.reason, QStringLiteral("geen website"));
    step = planedit::setStatus(step, PlanStatus::Open, m_now);
    QVERIFY(step.reason.isEmpty());
}

void TestPlanEdit::noChangeKeepsTheTimestamp()
{
    StepPlanning step;
    step.owner = QStringLiteral("Jan");
    step.status = PlanStatus::Planned;
    step.changed = m_before;
    QCOMPARE(planedit::setOwner(step, QStringLiteral("Jan "), m_now), step);
    QCOMPARE(planedit::setStatus(step, PlanStatus::Planned, m_now), step);
    QCOMPARE(planedit::setDue(step, QDate(), m_now), step);
    QCOMPARE(planedit::setTicked(step, false, m_now), step);
}

void TestPlanEdit::tickAndUntick()
{
    StepPlanning step;
    step.owner = QStringLiteral("Jan");
    step.status = PlanStatus::Planned;
    step = planedit::setTicked(step, true, m_now);
    QCOMPARE(step.status, PlanStatus::Done);
    QCOMPARE(step.changed, m_now);
    QCOMPARE(planedit::setTicked(step, false, m_now).status, PlanStatus::Planned);
    QCOMPARE(
        planedit::setTicked(planedit::setTicked({}, true, m_now), false, m_now).status, PlanStatus::Open);
}

QTEST_GUILESS_MAIN(TestPlanEdit)
#include "TestPlanEdit.moc"
