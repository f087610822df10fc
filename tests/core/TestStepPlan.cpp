// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlanStore.h"
#include "core/plan/StepKinship.h"
#include "core/plan/StepPlan.h"
#include "tests/util/PlanFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** How the plan is kept: statuses, the JSON form, newest-wins merging, the user's plan file, alike steps. */
class TestStepPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNamesRoundTrip();
    void jsonRoundTrip();
    void damagedEntriesAreLeftOutAndNamed();
    void mergeKeepsTheNewerDecision();
    void storeSavesAndLoads();
    void storeWithoutFileIsEmpty();
    void damagedStoreFileIsNamedAndKept();
    void alikeStepsShareOneKey();
    void otherStepsKeepTheirOwnKey();
};

namespace {

using testutil::makePlanning;

} // namespace

void TestStepPlan::statusNamesRoundTrip()
{
    for (PlanStatus status : { PlanStatus::Open, PlanStatus::Planned, PlanStatus::InProgress,
             PlanStatus::Done, PlanStatus::NotRelevant })
        QCOMPARE(planStatusFromName(planStatusName(status)), status);
    QCOMPARE(planStatusName(PlanStatus::InProgress), QStringLiteral("in_progress"));
    QVERIFY(!planStatusFromName(QStringLiteral("finished")));
}

void TestStepPlan::jsonRoundTrip()
{
    PlanBook book;
    book.insert(QStringLiteral("basisscan/p4_mfa"),
        makePlanning(PlanStatus::Planned, QStringLiteral("IT-leverancier"), QDate(2027, 1, 15),
            QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC)));
    StepPlanning skip = makePlanning(PlanStatus::NotRelevant, QString(), QDate(), QDateTime());
    skip.reason = QStringLiteral("We hebben geen wifi");
    book.insert(QStringLiteral("basisscan/p2_wifi"), skip);
    const QJsonObject json = planBookToJson(book);
    QCOMPARE(
        json.value(QStringLiteral("basisscan/p4_mfa")).toObject().value(QStringLiteral("due")).toString(),
        QStringLiteral("2027-01-15"));
    QStringList problems;
    QCOMPARE(planBookFromJson(json, &problems), book);
    QVERIFY(problems.isEmpty());
}

void TestStepPlan::damagedEntriesAreLeftOutAndNamed()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "basisscan/a": {"status": "planned", "due": "2027-13-40"},
        "basisscan/b": {"status": "someday"},
        "basisscan/c": "planned",
        "basisscan/d": {"status": "in_progress", "owner": "ik"}
    })")
                                 .object();
    QStringList problems;
    const PlanBook book = planBookFromJson(json, &problems);
    QCOMPARE(book.keys(), QStringList { QStringLiteral("basisscan/d") });
    QCOMPARE(book.value(QStringLiteral("basisscan/d")).owner, QStringLiteral("ik"));
    QCOMPARE(problems.size(), 3);
}

void TestStepPlan::mergeKeepsTheNewerDecision()
{
    const QDateTime early(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const QDateTime late(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    PlanBook mine { { QStringLiteral("k1"),
                        makePlanning(PlanStatus::Planned, QStringLiteral("ik"), {}, late) },
        { QStringLiteral("k2"), makePlanning(PlanStatus::Planned, QStringLiteral("ik"), {}, early) } };
    const PlanBook incoming { { QStringLiteral("k1"),
                                  makePlanning(PlanStatus::Open, QStringLiteral("Piet"), {}, early) },
        { QStringLiteral("k2"), makePlanning(PlanStatus::Done, QStringLiteral("Piet"), {}, late) },
        { QStringLiteral("k3"), makePlanning(PlanStatus::InProgress, QString(), {}, QDateTime()) } };
    mergeNewer(mine, incoming);
    QCOMPARE(mine.value(QStringLiteral("k1")).owner, QStringLiteral("ik"));
    QCOMPARE(mine.value(QStringLiteral("k2")).status, PlanStatus::Done);
    QCOMPARE(mine.value(QStringLiteral("k3")).status, PlanStatus::InProgress);
}

void TestStepPlan::storeSavesAndLoads()
{
    QTemporaryDir dir;
    const PlanStore store(dir.filePath(QStringLiteral("sub/plan.json")));
    const PlanBook book { { QStringLiteral("basisscan/p4_mfa"),
        makePlanning(PlanStatus::Planned, QStringLiteral("Jansen & Zn."), QDate(2027, 2, 1), {}) } };
    QString error;
    QVERIFY2(store.save(book, &error), qPrintable(error));
    QStringList problems;
    QCOMPARE(store.load(&problems), book);
    QVERIFY(problems.isEmpty());
}

void TestStepPlan::storeWithoutFileIsEmpty()
{
    QTemporaryDir dir;
    QStringList problems;
    QVERIFY(PlanStore(dir.filePath(QStringLiteral("plan.json"))).load(&problems).isEmpty());
    QVERIFY(problems.isEmpty());
    QVERIFY(PlanStore::defaultPath().endsWith(QStringLiteral("/plan.json")));
}

void TestStepPlan::damagedStoreFileIsNamedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "zelfscan-plan", "steps": {"x": )");
    file.close();
    QStringList problems;
    QString keptAs;
    QVERIFY(PlanStore(path).load(&problems, &keptAs).isEmpty());
    QCOMPARE(problems.size(), 1);
    // Moved aside, so the next save of the (empty) plan cannot overwrite what the user had.
    QVERIFY(!QFile::exists(path));
    QVERIFY2(keptAs.startsWith(path + QStringLiteral(".unreadable-")), qPrintable(keptAs));
    QFile kept(keptAs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(R"({"format": "zelfscan-plan", "steps": {"x": )"));
    QVERIFY(problems.first().contains(QDir::toNativeSeparators(keptAs)));
    QString error;
    QVERIFY(PlanStore(path).save({}, &error));
    QVERIFY(QFile::exists(keptAs));

    // Twice in one second: the second file gets a name of its own.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    QString keptAgain;
    PlanStore(path).load(nullptr, &keptAgain);
    QVERIFY(keptAgain != keptAs);
    QVERIFY(QFile::exists(keptAs));
    QVERIFY(QFile::exists(keptAgain));
}

void TestStepPlan::alikeStepsShareOneKey()
{
    QCOMPARE(
        planKey(QStringLiteral("risicoklasse"), QStringLiteral("s_mfa")), QStringLiteral("basisscan/p4_mfa"));
    QCOMPARE(
        planKey(QStringLiteral("basisscan"), QStringLiteral("p4_mfa")), QStringLiteral("basisscan/p4_mfa"));
    QCOMPARE(stepsOfPlanKey(QStringLiteral("basisscan/p4_mfa")),
        (QStringList { QStringLiteral("basisscan/p4_mfa"), QStringLiteral("risicoklasse/s_mfa") }));
    QCOMPARE(planKey(QStringLiteral("risicoklasse"), QStringLiteral("s_updates")),
        QStringLiteral("basisscan/p3_auto_os"));
}

void TestStepPlan::otherStepsKeepTheirOwnKey()
{
    // Same words, other scope: the OT check's default passwords are the machines'.
    QCOMPARE(planKey(QStringLiteral("procesautomatisering"), QStringLiteral("acc_default_passwords")),
        QStringLiteral("procesautomatisering/acc_default_passwords"));
    QCOMPARE(planKey(QStringLiteral("risicoklasse"), QStringLiteral("s_pentest")),
        QStringLiteral("risicoklasse/s_pentest"));
    QCOMPARE(stepsOfPlanKey(QStringLiteral("basisscan/p1_inventory")).size(), 1);
    // A step id that only the other tool uses is not mapped from the wrong tool.
    QCOMPARE(
        planKey(QStringLiteral("basisscan"), QStringLiteral("s_mfa")), QStringLiteral("basisscan/s_mfa"));
}

QTEST_GUILESS_MAIN(TestStepPlan)
#include "TestStepPlan.moc"
