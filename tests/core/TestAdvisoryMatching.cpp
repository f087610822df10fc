// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/CsafReader.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"

#include <QTest>

using namespace zelfscan;
using namespace zelfscan::advisories;

/**
 * The example inventory against the project's own advisories: what a security adviser would
 * agree with, including no match for a fixed version and "check by hand" for unreadable ranges.
 */
class TestAdvisoryMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesByModelAndLenientRange();
    void fixedVersionDoesNotMatch();
    void matchesCpe22AgainstCpe23();
    void matchesNormalisedNamesAndRangeForms_data();
    void matchesNormalisedNamesAndRangeForms();
    void unreadableRangesNeedAPerson();
    void matchesRelationshipPlatformByModel();
    void matchesPurlUnderInvestigation();
    void noVersionOnRecordNeedsAPerson();
    void unrelatedAssetsStayQuiet();
    void fullNamesOnly();
    void fixOfOneTrainDoesNotCloseAnother();
    void modelNumbers_data();
    void modelNumbers();
    void adviceCoversEveryFlaw();
    void identifierForms();

private:
    MatchResult matchAll(const Inventory& inventory) const;
    static MatchResult matchIn(const QString& folder, const QString& advisory);

    const Match* find(const QString& asset, const QString& advisory) const;

    Inventory m_inventory;
    QList<CsafDocument> m_documents;
    MatchResult m_result;
};

namespace {
const QString csafDir = QStringLiteral(TEST_DATA_DIR "/csaf");

/** The systems of matches or check-by-hand items, sorted. */
template<typename Item> QStringList assetsOf(const QList<Item>& items)
{
    QStringList ids;
    for (const Item& item : items)
        ids << item.assetId;
    ids.sort();
    return ids;
}
} // namespace

MatchResult TestAdvisoryMatching::matchAll(const Inventory& inventory) const
{
    const Matcher matcher(inventory);
    MatchResult all;
    for (const CsafDocument& document : m_documents) {
        const MatchResult one = matcher.match(document);
        all.matches += one.matches;
        all.checkByHand += one.checkByHand;
    }
    return all;
}

/** tests/data/csaf/@p folder/@p advisory against that folder's inventory.yaml. */
MatchResult TestAdvisoryMatching::matchIn(const QString& folder, const QString& advisory)
{
    const QString dir = csafDir + QLatin1Char('/') + folder + QLatin1Char('/');
    const InventoryLoadResult inventory = loadInventoryFile(dir + QStringLiteral("inventory.yaml"));
    const CsafReadResult read = readCsafFile(dir + advisory);
    if (!inventory.inventory || !read.document)
        qFatal("cannot read %s or its inventory", qPrintable(dir + advisory));
    return Matcher(*inventory.inventory).match(*read.document);
}

const Match* TestAdvisoryMatching::find(const QString& asset, const QString& advisory) const
{
    for (const Match& match : m_result.matches) {
        if (match.assetId == asset && match.advisoryId == advisory)
            return &match;
    }
    return nullptr;
}

void TestAdvisoryMatching::initTestCase()
{
    const InventoryLoadResult inventory = loadInventoryFile(csafDir + QStringLiteral("/inventory.yaml"));
    QVERIFY(inventory.inventory);
    m_inventory = *inventory.inventory;
    for (const QString& file : findCsafFiles({ csafDir + QStringLiteral("/provider") }, nullptr)) {
        const CsafReadResult read = readCsafFile(file);
        QVERIFY2(read.document, qPrintable(file));
        m_documents.append(*read.document);
    }
    m_result = matchAll(m_inventory);
}

void TestAdvisoryMatching::matchesByModelAndLenientRange()
{
    const Match* match = find(QStringLiteral("plc-hal2"), QStringLiteral("EXA-2024-0001"));
    QVERIFY(match);
    QCOMPARE(match->vulnerabilities,
        (QStringList { QStringLiteral("CVE-2024-90001"), QStringLiteral("CVE-2024-90002") }));
    QCOMPARE(match->status, QStringLiteral("known_affected"));
    QCOMPARE(match->confidence, 0.95);
    QVERIFY2(match->reason.contains(QLatin1String("model number 6MF2803-1AA00 matches")),
        qPrintable(match->reason));
    QVERIFY2(match->reason.contains(QLatin1String("CPCI85 V04.90 is within versions <CPCI85 V05")),
        qPrintable(match->reason));
    QCOMPARE(match->remediation.category, QStringLiteral("vendor_fix"));
    QCOMPARE(match->remediation.url, QStringLiteral("https://vendor.example.test/download/cpci85"));
    QCOMPARE(match->cvss, 9.8);
    QCOMPARE(match->fixedIn, QStringLiteral("CPCI85 V05.00"));
    QCOMPARE(
        match->details.first().exploitStatus, QStringLiteral("Exploitation in the wild has been reported"));
}

void TestAdvisoryMatching::fixedVersionDoesNotMatch()
{
    for (const char* asset : { "plc-hal3", "nas-kantoor", "sicam-oud", "hmi-sp1" }) {
        QVERIFY2(!find(QLatin1String(asset), QStringLiteral("EXA-2024-0001")), asset);
        QVERIFY2(!find(QLatin1String(asset), QStringLiteral("EXA-2024-0002")), asset);
        for (const CheckByHand& check : m_result.checkByHand)
            QVERIFY2(check.assetId != QLatin1String(asset), asset);
    }
}

void TestAdvisoryMatching::matchesCpe22AgainstCpe23()
{
    const Match* match = find(QStringLiteral("nas"), QStringLiteral("EXA-2024-0002"));
    QVERIFY(match);
    QCOMPARE(match->confidence, 1.0);
    QVERIFY2(match->reason.startsWith(QLatin1String("CPE cpe:2.3:o:synology:diskstation_manager")),
        qPrintable(match->reason));
    QCOMPARE(match->vulnerabilities, QStringList { QStringLiteral("CVE-2024-90010") });
    QCOMPARE(match->fixedIn, QStringLiteral("7.2.1-69057"));
}

void TestAdvisoryMatching::matchesNormalisedNamesAndRangeForms_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("remediation");
    QTest::newRow("no separator, vendor with legal form, name case") << "sicam"
                                                                     << "V8.10 is within"
                                                                     << "mitigation";
    QTest::newRow("all versions before a service pack") << "hmi"
                                                        << "V7.4 is within"
                                                        << "mitigation";
    QTest::newRow("all versions") << "gateway"
                                  << "all versions"
                                  << "no_fix_planned";
}

void TestAdvisoryMatching::matchesNormalisedNamesAndRangeForms()
{
    QFETCH(QString, asset);
    QFETCH(QString, reason);
    QFETCH(QString, remediation);
    const Match* match = find(asset, QStringLiteral("EXA-2024-0001"));
    QVERIFY(match);
    QVERIFY2(match->reason.contains(reason), qPrintable(match->reason));
    QCOMPARE(match->remediation.category, remediation);
    QVERIFY(match->confidence >= 0.8);
    QCOMPARE(match->vulnerabilities, QStringList { QStringLiteral("CVE-2024-90001") });
}

void TestAdvisoryMatching::unreadableRangesNeedAPerson()
{
    QStringList assets;
    for (const CheckByHand& check : m_result.checkByHand) {
        if (check.advisoryId == QLatin1String("EXA-2024-0001"))
            assets << check.assetId + QLatin1Char(':') + check.reason;
    }
    QVERIFY2(assets.contains(
                 QStringLiteral("mystery:the advisory does not state the versions ('vers:unknown/*')")),
        qPrintable(assets.join(QLatin1Char('\n'))));
    QVERIFY2(
        assets.contains(QStringLiteral("switch:the version range 'see the vendor's notes' cannot be read")),
        qPrintable(assets.join(QLatin1Char('\n'))));
    QVERIFY(!find(QStringLiteral("mystery"), QStringLiteral("EXA-2024-0001")));
    // The app shows the reason in the user's language; the English text is the CLI's.
    for (const CheckByHand& check : m_result.checkByHand) {
        if (check.assetId != QLatin1String("switch"))
            continue;
        QCOMPARE(check.why.text(Language::english()), check.reason);
        QCOMPARE(check.why.text(Language::dutch()),
            QStringLiteral("de versies 'see the vendor's notes' zijn niet te lezen"));
    }
}

void TestAdvisoryMatching::matchesRelationshipPlatformByModel()
{
    const Match* match = find(QStringLiteral("cpu1516"), QStringLiteral("EXA-2024-0003"));
    QVERIFY(match);
    QVERIFY2(
        match->reason.contains(QLatin1String("model number 6ES7516-3AN02-0AB0 matches (the platform of")),
        qPrintable(match->reason));
    QVERIFY2(match->reason.contains(QLatin1String("V2.9.2 is within versions <V2.9.7")),
        qPrintable(match->reason));
    // A mitigation is more use than "none available".
    QCOMPARE(match->remediation.category, QStringLiteral("mitigation"));
    QCOMPARE(match->cvss, 7.5);
}

void TestAdvisoryMatching::matchesPurlUnderInvestigation()
{
    const Match* match = find(QStringLiteral("webshop-lib"), QStringLiteral("EXA-2024-0004"));
    QVERIFY(match);
    QCOMPARE(match->status, QStringLiteral("under_investigation"));
    QCOMPARE(match->confidence, 1.0);
    QCOMPARE(match->vulnerabilities, QStringList { QStringLiteral("EXA-BUG-77") });
    QCOMPARE(match->remediation.category, QStringLiteral("workaround"));
    QCOMPARE(match->cvss, -1.0);
}

void TestAdvisoryMatching::noVersionOnRecordNeedsAPerson()
{
    Inventory inventory;
    Asset asset;
    asset.id = QStringLiteral("hmi-unknown");
    asset.vendor = QStringLiteral("Siemens");
    asset.product = QStringLiteral("Example HMI Panel");
    inventory.assets << asset;
    const MatchResult result = matchAll(inventory);
    QVERIFY(result.matches.isEmpty());
    QCOMPARE(result.checkByHand.size(), 1);
    QVERIFY2(
        result.checkByHand.first().reason.startsWith(QLatin1String("no version of hmi-unknown is on record")),
        qPrintable(result.checkByHand.first().reason));
}

void TestAdvisoryMatching::unrelatedAssetsStayQuiet()
{
    for (const char* asset : { "laptop", "router" }) {
        for (const Match& match : m_result.matches)
            QVERIFY2(match.assetId != QLatin1String(asset), asset);
    }
    // One match per asset and advisory.
    QSet<QString> pairs;
    for (const Match& match : m_result.matches) {
        const QString pair = match.assetId + QLatin1Char(' ') + match.advisoryId;
        QVERIFY2(!pairs.contains(pair), qPrintable(pair));
        pairs.insert(pair);
    }
    QCOMPARE(m_result.matches.size(), 7);
}

void TestAdvisoryMatching::fullNamesOnly()
{
    const CsafReadResult read = readCsafFile(csafDir + QStringLiteral("/fullnames/exa-2024-0006.json"));
    QVERIFY(read.document);
    const MatchResult result = Matcher(m_inventory).match(*read.document);
    // A version inside the name cannot be told from a model number: a person decides.
    QStringList checks;
    for (const CheckByHand& check : result.checkByHand)
        checks << check.assetId + QLatin1Char(':') + check.reason;
    QVERIFY2(checks.contains(QStringLiteral("nas:the advisory gives no version apart from the product name "
                                            "'Synology DiskStation Manager 7.1'")),
        qPrintable(checks.join(QLatin1Char('\n'))));
    QStringList matched;
    for (const Match& match : result.matches)
        matched << match.assetId;
    QCOMPARE(matched, QStringList { QStringLiteral("gateway") });
    QVERIFY(result.matches.first().confidence < 0.8);
}

void TestAdvisoryMatching::fixOfOneTrainDoesNotCloseAnother()
{
    // Affected: before 1.9.8, and 2.0.0 up to 2.3.0; first fixed: 1.9.8 and 2.3.0. Router X 2.1.0
    // is at or after 1.9.8, but that fix is of the 1.x train (CSAF 3.2.3.9): the range that
    // holds 2.1.0 decides. It was reported as fixed, with no alert and nothing to check.
    const MatchResult result = matchIn(QStringLiteral("trains"), QStringLiteral("exa-2024-0013.json"));
    QCOMPARE(
        assetsOf(result.matches), (QStringList { QStringLiteral("router-1x"), QStringLiteral("router-2x") }));
    for (const Match& match : result.matches) {
        if (match.assetId == QLatin1String("router-2x"))
            QCOMPARE(match.fixedIn, QStringLiteral("2.3.0"));
    }
    QVERIFY(result.checkByHand.isEmpty());
    // First affected 1.0, fixed 2.0: the affected versions run until the fix, so 2.1.0 and 2.3.0
    // are not alerted ("at or after 1.0" reached past the fix), 1.9.5 is.
    const MatchResult untilTheFix = matchIn(QStringLiteral("trains"), QStringLiteral("exa-2024-0025.json"));
    QCOMPARE(assetsOf(untilTheFix.matches), QStringList { QStringLiteral("router-1x") });
    QVERIFY(untilTheFix.checkByHand.isEmpty());
}

void TestAdvisoryMatching::modelNumbers_data()
{
    QTest::addColumn<QString>("advisory");
    QTest::addColumn<QStringList>("matched");
    // CSAF 3.1.3.3.3 allows "?" and "*" in model numbers; they matched only themselves.
    const QStringList orderNumber3AN02
        = { QStringLiteral("cpu"), QStringLiteral("cpu-firmware"), QStringLiteral("plc-wildcard") };
    QTest::newRow("wildcards") << "exa-2024-0015.json"
                               << QStringList { QStringLiteral("cpu"), QStringLiteral("cpu-firmware"),
                                      QStringLiteral("drive"), QStringLiteral("plc-wildcard") };
    // Order number ...3AN02 is affected, ...3AN01 not; the unaffected sibling matched the asset on
    // its product name as firmly as the affected one on its order number, and closed the flaw.
    QTest::newRow("sibling order number") << "exa-2024-0016.json" << orderNumber3AN02;
    // Firmware installed on the asset's hardware is affected, on other hardware not: the other
    // relationship's platform contradicts the asset's order number and cannot close the flaw.
    QTest::newRow("other hardware variant") << "exa-2024-0017.json" << orderNumber3AN02;
}

void TestAdvisoryMatching::modelNumbers()
{
    QFETCH(QString, advisory);
    QFETCH(QStringList, matched);
    QCOMPARE(assetsOf(matchIn(QStringLiteral("models"), advisory).matches), matched);
}

void TestAdvisoryMatching::adviceCoversEveryFlaw()
{
    const auto matchOf = [](const QString& file) {
        QList<Match> router; // the router on 1.5; the list's other one is on 2.2
        for (const Match& match : matchIn(QStringLiteral("remediations"), file).matches) {
            if (match.assetId == QLatin1String("router"))
                router << match;
        }
        return router;
    };
    // Fixed in 2.0 and in 3.0: "update to 2.0" left the second flaw open.
    const QList<Match> fixedTwice = matchOf(QStringLiteral("exa-2024-0019.json"));
    QCOMPARE(fixedTwice.size(), 1);
    QCOMPARE(fixedTwice.first().vulnerabilities.size(), 2);
    QCOMPARE(fixedTwice.first().fixedIn, QStringLiteral("3.0"));
    QCOMPARE(fixedTwice.first().remediation.category, QStringLiteral("vendor_fix"));
    // One flaw has no fix planned: the advice is to replace or isolate, not an update to 2.0.
    const QList<Match> oneWithoutFix = matchOf(QStringLiteral("exa-2024-0018.json"));
    QCOMPARE(oneWithoutFix.size(), 1);
    QCOMPARE(oneWithoutFix.first().remediation.category, QStringLiteral("no_fix_planned"));
    // "recommended" versions have the fix (CSAF 3.2.3.9): all versions are affected but 2.2.
    const QList<Match> recommended = matchOf(QStringLiteral("exa-2024-0024.json"));
    QCOMPARE(recommended.size(), 1);
    QCOMPARE(recommended.first().fixedIn, QStringLiteral("2.2"));
    QCOMPARE(assetsOf(matchIn(QStringLiteral("remediations"), QStringLiteral("exa-2024-0024.json")).matches),
        QStringList { QStringLiteral("router") }); // not the one on 2.2
}

void TestAdvisoryMatching::identifierForms()
{
    const auto matchOf = [](const QString& file) { return matchIn(QStringLiteral("forms"), file); };
    // "microsoft:exchange_*" is no asset's CPE key; it was never looked up. Its update is ANY.
    QCOMPARE(assetsOf(matchOf(QStringLiteral("exa-2024-0020.json")).matches),
        (QStringList {
            QStringLiteral("exchange-cu12"), QStringLiteral("exchange-cu14"), QStringLiteral("mail") }));
    // The CPE names 7.1.1; the NAS runs build 42962 of it.
    QCOMPARE(assetsOf(matchOf(QStringLiteral("exa-2024-0021.json")).matches),
        QStringList { QStringLiteral("nas") });
    // "<CPCI85 V05": V04.90 compared as newer than a version starting with a word, silently.
    const MatchResult designation = matchOf(QStringLiteral("exa-2024-0022.json"));
    QCOMPARE(assetsOf(designation.matches), QStringList { QStringLiteral("plc-full") });
    QCOMPARE(assetsOf(designation.checkByHand), QStringList { QStringLiteral("plc-short") });
    // The CPE update is part of the version: CU12 is affected, CU14 fixed. Both read as "2019",
    // so the fixed CU14 closed the flaw for a server on CU12. Without an update level on record
    // a person checks.
    const MatchResult updates = matchOf(QStringLiteral("exa-2024-0023.json"));
    QCOMPARE(assetsOf(updates.matches), QStringList { QStringLiteral("exchange-cu12") });
    QCOMPARE(assetsOf(updates.checkByHand), QStringList { QStringLiteral("mail") });
}

QTEST_GUILESS_MAIN(TestAdvisoryMatching)
#include "TestAdvisoryMatching.moc"
