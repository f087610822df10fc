// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryPlan.h"
#include "core/plan/AlertPlan.h"
#include "core/plan/StepKinship.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/**
 * The vulnerability alerts in the action plan: each step to do becomes a plan entry whose status
 * is the decision in the advisory store, and a status chosen in the plan is kept there.
 */
class TestAlertPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stepsBecomeEntries();
    void statusComesFromTheStoreOwnerFromThePlan();
    void decisionChosenInThePlanIsKeptInTheStore();

private:
    std::optional<AdvisoryPlan> load();

    QTemporaryDir m_dir;
    QString m_store;
    const QString m_csaf = QStringLiteral(TEST_DATA_DIR "/csaf");
};

void TestAlertPlan::init()
{
    m_store = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    AdvisoryStore store(m_store);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const AdvisoryImportReport report = store.import({ m_csaf + QStringLiteral("/provider") });
    QVERIFY2(report.error.isEmpty() && report.added > 0, qPrintable(report.error));
}

std::optional<AdvisoryPlan> TestAlertPlan::load()
{
    QString error;
    auto plan = loadAdvisoryPlan(m_csaf + QStringLiteral("/inventory.yaml"), m_store, &error);
    if (!plan)
        qWarning("%s", qPrintable(error));
    return plan;
}

void TestAlertPlan::stepsBecomeEntries()
{
    const std::optional<AdvisoryPlan> alerts = load();
    QVERIFY(alerts && !alerts->steps.isEmpty());
    const AdvisoryStep& step = alerts->steps.first();
    const PlanEntry entry = planEntryOf(step, {});
    QCOMPARE(entry.questionnaireId, alertsPlanId());
    QCOMPARE(entry.step.id, step.assetId + u'/' + step.advisoryId);
    QCOMPARE(entry.key, planKey(alertsPlanId(), entry.step.id));
    QCOMPARE(entry.step.title.text(Language::dutch()), step.title.text(Language::dutch()));
    QCOMPARE(entry.step.how.text(Language::dutch()), step.how.text(Language::dutch()));
    QCOMPARE(entry.planning.status, PlanStatus::Open);
    if (!step.url.isEmpty())
        QCOMPARE(entry.step.links.first().url, step.url);
}

void TestAlertPlan::statusComesFromTheStoreOwnerFromThePlan()
{
    AdvisoryStep step = load()->steps.first();
    PlanBook book;
    StepPlanning planned;
    planned.status = PlanStatus::Planned;
    planned.owner = QStringLiteral("IT-leverancier");
    planned.due = QDate(2027, 1, 15);
    book.insert(planKey(alertsPlanId(), planStepId(step)), planned);
    PlanEntry entry = planEntryOf(step, book);
    QCOMPARE(entry.planning.status, PlanStatus::Planned); // open in the store, planned in the plan
    QCOMPARE(entry.planning.owner, QStringLiteral("IT-leverancier"));
    step.status.value = StepStatus::Value::InProgress; // decided in the alerts window
    entry = planEntryOf(step, book);
    QCOMPARE(entry.planning.status, PlanStatus::InProgress);
    QCOMPARE(entry.planning.due, QDate(2027, 1, 15));
    step.status.value = StepStatus::Value::NotRelevant;
    step.status.reason = QStringLiteral("staat niet aan het internet");
    entry = planEntryOf(step, book);
    QCOMPARE(entry.planning.status, PlanStatus::NotRelevant);
    QCOMPARE(entry.planning.reason, QStringLiteral("staat niet aan het internet"));
}

void TestAlertPlan::decisionChosenInThePlanIsKeptInTheStore()
{
    QCOMPARE(decisionFor(PlanStatus::Planned), StepStatus::Value::Open);
    QCOMPARE(decisionFor(PlanStatus::InProgress), StepStatus::Value::InProgress);
    const qsizetype before = load()->steps.size();
    const AdvisoryStep step = load()->steps.first();
    AdvisoryStore store(m_store);
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY2(recordDecision(store, step, decisionFor(PlanStatus::InProgress), {}, &error), qPrintable(error));
    std::optional<AdvisoryPlan> after = load();
    QCOMPARE(after->steps.size(), before);
    QCOMPARE(planEntryOf(after->steps.first(), {}).planning.status, PlanStatus::InProgress);
    // Done leaves the steps to do, as it does in the alerts window.
    QVERIFY2(recordDecision(store, step, decisionFor(PlanStatus::Done), {}, &error), qPrintable(error));
    QCOMPARE(load()->steps.size(), before - 1);
}

QTEST_GUILESS_MAIN(TestAlertPlan)
#include "TestAlertPlan.moc"
