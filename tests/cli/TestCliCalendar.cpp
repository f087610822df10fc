// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/Assessment.h"
#include "core/engine/Engine.h"
#include "core/plan/PlanStore.h"
#include "core/plan/StepKinship.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "tests/util/CliRunner.h"
#include "tests/util/ExampleAnswers.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/**
 * `zelfscan-cli report --out plan.ics`: the planned steps as a calendar file, read back with
 * python3-icalendar as a calendar program would (skipped when it is not installed).
 */
class TestCliCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plannedStepsBecomeEvents();
    void planFileAddsToAnAnswerFile();
    void plannedAlertsAreEventsToo();
    void missingPlanFileIsAnError();
    void nothingPlannedWritesNoFile();

private:
    /** The bakery's Basisscan with its first three steps planned and the second one done. */
    Assessment plannedBakery() const;
    QJsonObject readCalendar(const QString& path);

    QuestionnaireCatalog m_catalog;
    AssessmentResult m_result;
};

void TestCliCalendar::initTestCase()
{
    QVERIFY(!hasErrors(m_catalog.loadDirectory(QStringLiteral(QUESTIONNAIRES_DIR))));
    const AnswerSet answers
        = testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-bakery.yaml"));
    m_result = assess(*m_catalog.find(QStringLiteral("basisscan")), answers);
    QVERIFY(m_result.steps.size() >= 3);
}

Assessment TestCliCalendar::plannedBakery() const
{
    Assessment assessment;
    assessment.answers = testutil::loadExampleAnswers(m_catalog, QStringLiteral("basisscan-bakery.yaml"));
    const QStringList owners { QStringLiteral("ik"), QStringLiteral("IT-leverancier"),
        QStringLiteral("Zoë de Vries; één, twee \\ drie") };
    for (int i = 0; i < 3; ++i) {
        StepPlanning planning;
        planning.status = i == 1 ? PlanStatus::Done : PlanStatus::Planned;
        planning.owner = owners.at(i);
        planning.due = QDate(2027, 1, 10 + i);
        assessment.plan.insert(planKey(QStringLiteral("basisscan"), m_result.steps.at(i).id), planning);
    }
    assessment.doneSteps.insert(m_result.steps.at(1).id);
    return assessment;
}

QJsonObject TestCliCalendar::readCalendar(const QString& path)
{
    QProcess process;
    // Debian's python3-icalendar is for /usr/bin/python3, which a python3 earlier in PATH may not see.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStringLiteral("python3");
    process.start(python, { QStringLiteral(TEST_TOOLS_DIR "/ics_dump.py"), path });
    if (!process.waitForFinished(60000))
        return {};
    if (process.exitCode() == 77)
        return { { QStringLiteral("skip"), true } };
    if (process.exitCode() != 0)
        qWarning("%s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestCliCalendar::plannedStepsBecomeEvents()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("bakkerij.zelfscan"));
    QString error;
    QVERIFY2(saveAssessmentFile(plannedBakery(), saved, &error), qPrintable(error));
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const testutil::CliRun run = testutil::runCli({ QStringLiteral("report"), QStringLiteral("--assessment"),
        saved, QStringLiteral("--lang"), Language::dutch().code(), QStringLiteral("--out"), ics });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("(2 planned steps with a due date)")), qPrintable(run.out));

    const QJsonObject calendar = readCalendar(ics);
    if (calendar.value(QStringLiteral("skip")).toBool())
        QSKIP("python3-icalendar is not installed (apt-get install python3-icalendar)");
    QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    QVERIFY(calendar.value(QStringLiteral("longest_line")).toInt() <= 75);
    QCOMPARE(calendar.value(QStringLiteral("bare_lf")).toInt(), 0);
    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 2); // the done step is not in the calendar
    for (const auto& [row, stepIndex, owner] :
        { std::tuple { 0, 0, "ik" }, std::tuple { 1, 2, "Zoë de Vries; één, twee \\ drie" } }) {
        const NextStep& step = m_result.steps.at(stepIndex);
        const QJsonObject event = events.at(row).toObject();
        QCOMPARE(event.value(QStringLiteral("uid")).toString(),
            QStringLiteral("basisscan-%1@plan.zelfscan").arg(step.id));
        QCOMPARE(event.value(QStringLiteral("summary")).toString(), step.title.text(Language::dutch()));
        const QString description = event.value(QStringLiteral("description")).toString();
        QVERIFY2(description.startsWith(step.how.text(Language::dutch())), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("Wie: ") + QString::fromUtf8(owner)));
        QCOMPARE(event.value(QStringLiteral("start")).toString(),
            QDate(2027, 1, 10 + stepIndex).toString(Qt::ISODate));
        QCOMPARE(event.value(QStringLiteral("end")).toString(),
            QDate(2027, 1, 11 + stepIndex).toString(Qt::ISODate));
        QVERIFY(event.value(QStringLiteral("start_is_date")).toBool());
        if (!step.links.isEmpty()) {
            QCOMPARE(event.value(QStringLiteral("url")).toString(), step.links.first().url);
            QVERIFY(description.contains(step.links.first().url));
        }
    }
}

void TestCliCalendar::planFileAddsToAnAnswerFile()
{
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    PlanBook book;
    StepPlanning planning;
    planning.status = PlanStatus::InProgress;
    planning.due = QDate(2027, 4, 1);
    book.insert(planKey(QStringLiteral("basisscan"), m_result.steps.first().id), planning);
    QString error;
    QVERIFY2(PlanStore(planPath).save(book, &error), qPrintable(error));
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const testutil::CliRun run = testutil::runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-bakery.yaml"), QStringLiteral("--plan"), planPath,
        QStringLiteral("--out"), ics });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("(1 planned step with a due date)")), qPrintable(run.out));
}

void TestCliCalendar::plannedAlertsAreEventsToo()
{
    QTemporaryDir dir;
    const QString csaf = QStringLiteral(TEST_DATA_DIR "/csaf");
    const QString db = dir.filePath(QStringLiteral("advisories.sqlite"));
    const testutil::CliRun imported = testutil::runCli({ QStringLiteral("advisories"),
        QStringLiteral("import"), QStringLiteral("--db"), db, csaf + QStringLiteral("/provider") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // The left-padder library of the web shop, planned in the app's plan like any step.
    PlanBook book;
    StepPlanning planning;
    planning.status = PlanStatus::Planned;
    planning.owner = QStringLiteral("webbouwer");
    planning.due = QDate(2027, 3, 1);
    book.insert(planKey(QStringLiteral("alerts"), QStringLiteral("webshop-lib/EXA-2024-0004")), planning);
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(PlanStore(planPath).save(book, &error), qPrintable(error));
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const testutil::CliRun run = testutil::runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-bakery.yaml"), QStringLiteral("--plan"), planPath,
        QStringLiteral("--inventory"), csaf + QStringLiteral("/inventory.yaml"),
        QStringLiteral("--advisories"), db, QStringLiteral("--out"), ics });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("(1 planned step with a due date)")), qPrintable(run.out));
    const QJsonObject calendar = readCalendar(ics);
    if (calendar.value(QStringLiteral("skip")).toBool())
        QSKIP("python3-icalendar is not installed (apt-get install python3-icalendar)");
    const QJsonObject event = calendar.value(QStringLiteral("events")).toArray().first().toObject();
    QVERIFY2(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("left-padder")),
        qPrintable(event.value(QStringLiteral("summary")).toString()));
    QCOMPARE(event.value(QStringLiteral("start")).toString(), QStringLiteral("2027-03-01"));
    QVERIFY(event.value(QStringLiteral("description")).toString().contains(QStringLiteral("Wie: webbouwer")));
}

void TestCliCalendar::missingPlanFileIsAnError()
{
    QTemporaryDir dir;
    const testutil::CliRun run = testutil::runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-bakery.yaml"), QStringLiteral("--plan"),
        dir.filePath(QStringLiteral("none.json")), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("p.ics")) });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p.ics"))));
}

void TestCliCalendar::nothingPlannedWritesNoFile()
{
    // RFC 5545 wants at least one item: an answer file has no plan, so there is nothing to write.
    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const testutil::CliRun run = testutil::runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-bakery.yaml"), QStringLiteral("--out"), ics });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no step is planned")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(ics));
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "TestCliCalendar.moc"
