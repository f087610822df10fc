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
    void howEndsThePublishersSentenceOnce_data();
    void howEndsThePublishersSentenceOnce();
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
    QVERIFY2(how.contains(QLatin1String(
                 "or later version. Meer informatie: https://vendor.example.test/download/cpci85")),
        qPrintable(how));
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

void TestAdvisorySteps::howEndsThePublishersSentenceOnce_data()
{
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("dutch");
    QTest::addColumn<QString>("english");
    const QString url = QStringLiteral("https://vendor.example.test/fix");
    QTest::newRow("no full stop") << QStringLiteral("Update to 2.1 or later version") << url
                                  << QStringLiteral("Advies van de uitgever: Update to 2.1 or later version. "
                                                    "Meer informatie: https://vendor.example.test/fix")
                                  << QStringLiteral("The publisher's advice: Update to 2.1 or later version. "
                                                    "More information: https://vendor.example.test/fix");
    QTest::newRow("full stop") << QStringLiteral("Upgrade to 7.2.1 or above.") << url
                               << QStringLiteral("Advies van de uitgever: Upgrade to 7.2.1 or above. "
                                                 "Meer informatie: https://vendor.example.test/fix")
                               << QStringLiteral("The publisher's advice: Upgrade to 7.2.1 or above. "
                                                 "More information: https://vendor.example.test/fix");
    QTest::newRow("inside brackets, trailing space")
        << QStringLiteral("Upgrade now (see the release notes.) ") << url
        << QStringLiteral("Advies van de uitgever: Upgrade now (see the release notes.) "
                          "Meer informatie: https://vendor.example.test/fix")
        << QStringLiteral("The publisher's advice: Upgrade now (see the release notes.) "
                          "More information: https://vendor.example.test/fix");
    QTest::newRow("exclamation mark") << QStringLiteral("Patch now!") << url
                                      << QStringLiteral("Advies van de uitgever: Patch now! "
                                                        "Meer informatie: https://vendor.example.test/fix")
                                      << QStringLiteral("The publisher's advice: Patch now! "
                                                        "More information: https://vendor.example.test/fix");
    // Without a link the publisher's text is shown as written.
    QTest::newRow("no link") << QStringLiteral("Update to 2.1") << QString()
                             << QStringLiteral("Advies van de uitgever: Update to 2.1")
                             << QStringLiteral("The publisher's advice: Update to 2.1");
}

void TestAdvisorySteps::howEndsThePublishersSentenceOnce()
{
    QFETCH(QString, details);
    QFETCH(QString, url);
    Match match = m_matches.first();
    match.remediation.category = QStringLiteral("vendor_fix");
    match.remediation.details = details;
    match.remediation.url = url;
    const QList<AdvisoryStep> made = advisorySteps({ match }, m_inventory, {});
    QCOMPARE(made.size(), 1);
    QTEST(made.first().how.text(Language::dutch()), "dutch");
    QTEST(made.first().how.text(Language::english()), "english");
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
