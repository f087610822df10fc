// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/CsafReader.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/** Next steps from matches: Zelfscan's wording, the order, and decisions kept across revisions. */
class TestAdvisorySteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesStepsInBothLanguages();
    void ordersByExploitationAndSeverity();
    void noFixMeansReplaceOrIsolate();
    void decisionSurvivesARevisionWithTheSameAdvice();
    void changedAdviceReopens();

private:
    QList<AdvisoryStep> steps(const StatusMap& statuses = {}) const;
    static const AdvisoryStep* find(const QList<AdvisoryStep>& steps, const QString& asset);

    Inventory m_inventory;
    QList<Match> m_matches;
};

void TestAdvisorySteps::initTestCase()
{
    const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");
    const InventoryLoadResult inventory = loadInventoryFile(csafDir + QStringLiteral("/inventory.yaml"));
    QVERIFY(inventory.inventory);
    m_inventory = *inventory.inventory;
    const Matcher matcher(m_inventory);
    for (const QString& file : findCsafFiles({ csafDir + QStringLiteral("/provider") }, nullptr)) {
        const CsafReadResult read = readCsafFile(file);
        QVERIFY(read.document);
        m_matches += matcher.match(*read.document).matches;
    }
}

QList<AdvisoryStep> TestAdvisorySteps::steps(const StatusMap& statuses) const
{
    return advisorySteps(m_matches, m_inventory, statuses);
}

const AdvisoryStep* TestAdvisorySteps::find(const QList<AdvisoryStep>& steps, const QString& asset)
{
    for (const AdvisoryStep& step : steps) {
        if (step.assetId == asset)
            return &step;
    }
    return nullptr;
}

void TestAdvisorySteps::writesStepsInBothLanguages()
{
    const QList<AdvisoryStep> all = steps();
    const AdvisoryStep* plc = find(all, QStringLiteral("plc-hal2"));
    QVERIFY(plc);
    QCOMPARE(
        plc->title.text(Language::dutch()), QStringLiteral("Werk Besturing hal 2 bij naar CPCI85 V05.00"));
    QCOMPARE(plc->title.text(Language::english()), QStringLiteral("Update Besturing hal 2 to CPCI85 V05.00"));
    const QString why = plc->why.text(Language::dutch());
    QVERIFY2(why.contains(QLatin1String("CVE-2024-90001 (CVSS 9,8, kritiek)")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Misbruik is gemeld")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Kans: medium.")), qPrintable(why));
    const QString how = plc->how.text(Language::dutch());
    QVERIFY2(how.contains(QLatin1String("Update to CPCI85 V05.00 or later version")), qPrintable(how));
    QVERIFY2(how.contains(QLatin1String("https://vendor.example.test/download/cpci85")), qPrintable(how));
    QCOMPARE(plc->status.value, StepStatus::Value::Open);
}

void TestAdvisorySteps::ordersByExploitationAndSeverity()
{
    const QList<AdvisoryStep> all = steps();
    QCOMPARE(all.size(), 7);
    QVERIFY(all.first().exploited);
    QVERIFY(all.last().underInvestigation);
    for (qsizetype i = 1; i + 1 < all.size(); ++i) {
        if (all.at(i).exploited == all.at(i - 1).exploited)
            QVERIFY(all.at(i).cvss <= all.at(i - 1).cvss);
    }
}

void TestAdvisorySteps::noFixMeansReplaceOrIsolate()
{
    const QList<AdvisoryStep> all = steps();
    const AdvisoryStep* gateway = find(all, QStringLiteral("gateway"));
    QVERIFY(gateway);
    QCOMPARE(gateway->title.text(Language::dutch()),
        QStringLiteral("Vervang Siemens Legacy Gateway of scheid het van het netwerk"));
    QVERIFY(gateway->how.text(Language::dutch()).contains(QLatin1String("apart netwerkdeel")));
}

void TestAdvisorySteps::decisionSurvivesARevisionWithTheSameAdvice()
{
    const QList<AdvisoryStep> all = steps();
    const AdvisoryStep* nas = find(all, QStringLiteral("nas"));
    QVERIFY(nas);
    StatusMap statuses;
    StepStatus done;
    done.value = StepStatus::Value::Done;
    done.remediationKey = nas->remediationKey;
    statuses.insert({ QStringLiteral("nas"), QStringLiteral("CVE-2024-90010") }, done);
    // The same matches again stand for a newer revision whose advice did not change.
    QCOMPARE(find(steps(statuses), QStringLiteral("nas"))->status.value, StepStatus::Value::Done);
}

void TestAdvisorySteps::changedAdviceReopens()
{
    StatusMap statuses;
    StepStatus relevant;
    relevant.value = StepStatus::Value::NotRelevant;
    relevant.reason = QStringLiteral("staat niet aan het internet");
    relevant.remediationKey = QStringLiteral("advice of an earlier revision");
    statuses.insert({ QStringLiteral("nas"), QStringLiteral("CVE-2024-90010") }, relevant);
    QCOMPARE(find(steps(statuses), QStringLiteral("nas"))->status.value, StepStatus::Value::Open);
}

QTEST_GUILESS_MAIN(TestAdvisorySteps)
#include "TestAdvisorySteps.moc"
