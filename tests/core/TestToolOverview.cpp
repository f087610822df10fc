// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"
#include "core/assessment/Assessment.h"
#include "core/dashboard/SystemsSummary.h"
#include "core/dashboard/ToolOverview.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** The start page's rules: where each tool stands, the plan across tools and its ticks. */
class TestToolOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notStartedWithoutData();
    void inProgressCountsVisibleQuestions();
    void finishedRunGivesScoreAndFirstOpenStep();
    void historyCountsWhenTheToolIsRestarted();
    void ticksSkipStepsAndStayInThePlan();
    void planFollowsToolOrderAndPriority();
    void ticksCarryOverToANewRun();
    void systemsWithoutFilesAreEmpty();
    void systemsCountsAssets();
    void systemsCountsOpenAlerts();

private:
    const Questionnaire& basisscan() const { return *m_catalog.find(QStringLiteral("basisscan")); }
    /** Every visible question answered @p option, the first one @p first. */
    Assessment answered(
        const Questionnaire& q, const QString& option, const QString& first, int limit = -1) const;

    QuestionnaireCatalog m_catalog;
};

void TestToolOverview::initTestCase()
{
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    QVERIFY(m_catalog.find(QStringLiteral("basisscan")));
}

Assessment TestToolOverview::answered(
    const Questionnaire& q, const QString& option, const QString& first, int limit) const
{
    Assessment a;
    a.answers.questionnaireId = q.id;
    a.answers.profile = { QStringLiteral("retail"), QStringLiteral("10-49") };
    a.answers.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    a.answers.modified = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    int given = 0;
    for (const Section& section : q.sections) {
        for (const Question& question : section.questions) {
            if (limit >= 0 && given >= limit)
                return a;
            const QString id = given == 0 ? first : option;
            const bool offered = std::any_of(question.options.cbegin(), question.options.cend(),
                [&id](const AnswerOption& o) { return o.id == id; });
            if (offered && isQuestionVisible(q, question, a.answers)) {
                a.answers.answers.insert(question.id, Answer::ofOption(id));
                ++given;
            }
        }
    }
    return a;
}

void TestToolOverview::notStartedWithoutData()
{
    const ToolState state = toolState({ &basisscan(), nullptr, nullptr, {} });
    QCOMPARE(state.stage, ToolStage::NotStarted);
    QCOMPARE(state.questionnaireId, QStringLiteral("basisscan"));
    QVERIFY(!state.lastResult);
    QVERIFY(actionPlan({ state }).isEmpty());
}

void TestToolOverview::inProgressCountsVisibleQuestions()
{
    const Assessment partly = answered(basisscan(), QStringLiteral("yes"), QStringLiteral("no"), 3);
    const ToolState state = toolState({ &basisscan(), &partly, nullptr, {} });
    QCOMPARE(state.stage, ToolStage::InProgress);
    QCOMPARE(state.answered, 3);
    const AssessmentResult result = assess(basisscan(), partly.answers);
    QCOMPARE(state.total, 3 + int(result.missing.size()));
    QVERIFY(!state.lastResult);
}

void TestToolOverview::finishedRunGivesScoreAndFirstOpenStep()
{
    const Assessment done = answered(basisscan(), QStringLiteral("yes"), QStringLiteral("no"));
    const AssessmentResult expected = assess(basisscan(), done.answers);
    QVERIFY(expected.missing.isEmpty());
    QVERIFY(!expected.steps.isEmpty());
    const ToolState state = toolState({ &basisscan(), &done, nullptr, {} });
    QCOMPARE(state.stage, ToolStage::Finished);
    QCOMPARE(state.answered, state.total);
    QVERIFY(state.lastResult);
    QCOMPARE(state.lastResult->overall, expected.overall);
    QCOMPARE(state.finishedOn, done.answers.modified);
    QVERIFY(state.firstOpenStep);
    QCOMPARE(state.firstOpenStep->id, expected.steps.first().id);
    QCOMPARE(state.openSteps, int(expected.steps.size()));
}

void TestToolOverview::historyCountsWhenTheToolIsRestarted()
{
    const Assessment earlier = answered(basisscan(), QStringLiteral("yes"), QStringLiteral("no"));
    Assessment fresh = answered(basisscan(), QStringLiteral("yes"), QStringLiteral("yes"), 1);
    const ToolState state = toolState({ &basisscan(), &fresh, &earlier, {} });
    // Still in progress, yet where the user stood after the last run is kept.
    QCOMPARE(state.stage, ToolStage::InProgress);
    QCOMPARE(state.answered, 1);
    QVERIFY(state.lastResult);
    QCOMPARE(state.finishedOn, earlier.answers.modified);

    const ToolState historyOnly = toolState({ &basisscan(), nullptr, &earlier, {} });
    QCOMPARE(historyOnly.stage, ToolStage::Finished);
}

void TestToolOverview::ticksSkipStepsAndStayInThePlan()
{
    Assessment done = answered(basisscan(), QStringLiteral("yes"), QStringLiteral("no"));
    const AssessmentResult expected = assess(basisscan(), done.answers);
    done.doneSteps.insert(expected.steps.first().id);
    const ToolState state = toolState({ &basisscan(), &done, nullptr, {} });
    QCOMPARE(state.openSteps, int(expected.steps.size()) - 1);
    if (expected.steps.size() > 1)
        QCOMPARE(state.firstOpenStep->id, expected.steps.at(1).id);
    else
        QVERIFY(!state.firstOpenStep);
    // The result is as answered: a tick is shown, never scored.
    QCOMPARE(state.lastResult->overall, expected.overall);
    const QList<PlanItem> plan = actionPlan({ state });
    QCOMPARE(plan.size(), expected.steps.size());
    QCOMPARE(plan.first().step.id, expected.steps.first().id);
    QVERIFY(plan.first().done);
}

void TestToolOverview::planFollowsToolOrderAndPriority()
{
    const Assessment a = answered(basisscan(), QStringLiteral("no"), QStringLiteral("no"));
    ToolState first = toolState({ &basisscan(), &a, nullptr, {} });
    ToolState second = first;
    second.questionnaireId = QStringLiteral("other");
    const QList<PlanItem> plan = actionPlan({ first, second });
    QCOMPARE(plan.size(), 2 * first.lastResult->steps.size());
    QCOMPARE(plan.first().questionnaireId, QStringLiteral("basisscan"));
    QCOMPARE(plan.last().questionnaireId, QStringLiteral("other"));
    for (int i = 1; i < first.lastResult->steps.size(); ++i)
        QVERIFY(plan.at(i - 1).step.priority <= plan.at(i).step.priority);
}

void TestToolOverview::ticksCarryOverToANewRun()
{
    Assessment earlier;
    earlier.doneSteps = { QStringLiteral("backup") };
    Assessment current;
    current.doneSteps = { QStringLiteral("mfa") };
    QCOMPARE(carriedOverTicks(nullptr, nullptr), QSet<QString>());
    QCOMPARE(carriedOverTicks(nullptr, &earlier), earlier.doneSteps);
    QCOMPARE(carriedOverTicks(&current, &earlier),
        (QSet<QString> { QStringLiteral("backup"), QStringLiteral("mfa") }));
}

void TestToolOverview::systemsWithoutFilesAreEmpty()
{
    QTemporaryDir dir;
    const SystemsSummary summary = summariseSystems(
        dir.filePath(QStringLiteral("inventory.yaml")), dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(!summary.hasInventory);
    QCOMPARE(summary.systems, 0);
    QVERIFY(summary.problem.isEmpty());
}

void TestToolOverview::systemsCountsAssets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("assets:\n"
               "  - id: plc1\n    name: Besturing hal 2\n    kind: machine\n    vendor: Siemens\n"
               "    product: SIMATIC S7-1500\n    version: '2.9'\n"
               "  - id: nas\n    kind: device\n    vendor: Synology\n    product: DSM\n    version: '7.1'\n");
    file.close();
    const SystemsSummary summary = summariseSystems(path, dir.filePath(QStringLiteral("none.sqlite")));
    QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
    QVERIFY(summary.hasInventory);
    QCOMPARE(summary.systems, 2);
    QCOMPARE(summary.openSteps, 0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("assets: [ [ ");
    file.close();
    QVERIFY(!summariseSystems(path, QString()).problem.isEmpty());
}

void TestToolOverview::systemsCountsOpenAlerts()
{
    QTemporaryDir dir;
    const QString csaf = QStringLiteral(TEST_DATA_DIR "/csaf");
    const QString database = dir.filePath(QStringLiteral("advisories.sqlite"));
    {
        advisories::AdvisoryStore store(database);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.import({ csaf + QStringLiteral("/provider") }).added > 0);
    }
    const QString inventory = csaf + QStringLiteral("/inventory.yaml");
    const SystemsSummary before = summariseSystems(inventory, database);
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    QCOMPARE(before.systems, int(advisories::loadInventoryFile(inventory).inventory->assets.size()));
    QVERIFY(before.advisories > 0);
    QVERIFY(before.openSteps > 0);

    // A decision taken in the advisories window counts: done is no longer open.
    advisories::AdvisoryStore store(database);
    QString error;
    QVERIFY(store.open(&error));
    const advisories::Inventory assets = *advisories::loadInventoryFile(inventory).inventory;
    const advisories::Matcher matcher(assets);
    QList<advisories::Match> matches;
    const std::optional<QList<advisories::CsafDocument>> documents = store.documents(&error);
    QVERIFY(documents);
    for (const advisories::CsafDocument& document : *documents)
        matches.append(matcher.match(document).matches);
    const QList<advisories::AdvisoryStep> steps
        = advisories::advisorySteps(matches, assets, *store.statuses(&error));
    const auto open = std::find_if(steps.cbegin(), steps.cend(),
        [](const advisories::AdvisoryStep& step) { return !step.underInvestigation; });
    QVERIFY(open != steps.cend());
    advisories::StepStatus done;
    done.value = advisories::StepStatus::Value::Done;
    done.remediationKey = open->remediationKey;
    for (const QString& vulnerability : open->vulnerabilities)
        QVERIFY(store.setStatus(open->assetId, vulnerability, done, &error));
    QCOMPARE(summariseSystems(inventory, database).openSteps, before.openSteps - 1);
}

QTEST_GUILESS_MAIN(TestToolOverview)
#include "TestToolOverview.moc"
