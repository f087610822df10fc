// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Cpe.h"
#include "core/advisories/Names.h"
#include "core/advisories/Version.h"

#include <QTest>

using namespace zelfscan::advisories;

/** Versions, ranges in every form real advisories use, CPE 2.2 / 2.3, purl and name normalising. */
class TestAdvisoryVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesVersions_data();
    void comparesVersions();
    void readsRanges_data();
    void readsRanges();
    void flagsWhatCannotBeRead_data();
    void flagsWhatCannotBeRead();
    void ordersRevisions_data();
    void ordersRevisions();
    void cpe22MatchesCpe23();
    void cpeWildcardsAndMismatches();
    void readsPurls();
    void normalisesNames();
    void matchesModelWildcards();
    void buildsAndComparability();
};

void TestAdvisoryVersions::comparesVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("numeric parts") << "1.10"
                                   << "1.9" << 1;
    QTest::newRow("v prefix ignored") << "V7.4"
                                      << "7.4" << 0;
    QTest::newRow("trailing zero") << "1.0"
                                   << "1.0.0" << 0;
    QTest::newRow("leading zeros") << "V04.90"
                                   << "V4.90" << 0;
    QTest::newRow("service pack after release") << "V7.4 SP1"
                                                << "V7.4" << 1;
    QTest::newRow("service pack before next") << "V7.4 SP1"
                                              << "V7.4.1" << -1;
    QTest::newRow("update word") << "2016 Update 3"
                                 << "2016 Update 2" << 1;
    QTest::newRow("rc before release") << "2.0rc1"
                                       << "2.0" << -1;
    QTest::newRow("beta before rc") << "2.0-beta"
                                    << "2.0-rc1" << -1;
    QTest::newRow("product prefix") << "CPCI85 V04.90"
                                    << "CPCI85 V05" << -1;
    QTest::newRow("build number") << "7.1.1-42962"
                                  << "7.2.1-69057" << -1;
    QTest::newRow("mixed letters") << "A11_U05"
                                   << "A11_U04" << 1;
    QTest::newRow("release words") << "2016 R2"
                                   << "2016" << 1;
    QTest::newRow("huge numbers") << "99999999999999999999999.1"
                                  << "99999999999999999999999.2" << -1;
    // A letter right after the release comes after it (OpenSSL 1.1.1a, 2.4.0a), as in
    // libversion; "a" and "b" before a number are alpha and beta.
    QTest::newRow("letter suffix after release") << "1.1.1a"
                                                 << "1.1.1" << 1;
    QTest::newRow("letter suffixes in order") << "1.1.1a"
                                              << "1.1.1k" << -1;
    QTest::newRow("alpha with number") << "1.0a1"
                                       << "1.0" << -1;
    QTest::newRow("beta with number") << "2.0b2"
                                      << "2.0rc1" << -1;
}

void TestAdvisoryVersions::comparesVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const int c = compareVersions(a, b);
    QCOMPARE((c > 0) - (c < 0), expected);
    const int reverse = compareVersions(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -expected);
}

void TestAdvisoryVersions::readsRanges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("contained");
    QTest::newRow("vers generic inside") << "vers:generic/>=1.0|<2.0"
                                         << "1.5" << true;
    QTest::newRow("vers generic above") << "vers:generic/>=1.0|<2.0"
                                        << "2.0" << false;
    QTest::newRow("vers generic below") << "vers:generic/>=1.0|<2.0"
                                        << "0.9" << false;
    QTest::newRow("vers all star") << "vers:all/*"
                                   << "0.1" << true;
    QTest::newRow("vers single bound") << "vers:npm/<1.3.0"
                                       << "1.2.9" << true;
    QTest::newRow("vers two ranges, gap") << "vers:generic/>=1.0|<1.5|>=2.0|<2.5"
                                          << "1.7" << false;
    QTest::newRow("vers two ranges, second") << "vers:generic/>=1.0|<1.5|>=2.0|<2.5"
                                             << "2.1" << true;
    QTest::newRow("vers unsorted") << "vers:generic/<2.0|>=1.0"
                                   << "1.2" << true;
    QTest::newRow("vers exclusion") << "vers:generic/>=1.0|!=1.2|<2.0"
                                    << "1.2" << false;
    QTest::newRow("vers exact") << "vers:generic/1.2.3"
                                << "1.2.3" << true;
    QTest::newRow("vers percent-encoded") << "vers:generic/<1.0%7Cbeta"
                                          << "0.9" << true;
    QTest::newRow("bare") << "<V3.0.29"
                          << "V3.0.28" << true;
    QTest::newRow("bare at bound") << "<V3.0.29"
                                   << "V3.0.29" << false;
    QTest::newRow("bare with space") << "< 2016 R2"
                                     << "2016" << true;
    QTest::newRow("bare letters") << "< A11_U05"
                                  << "A11_U04" << true;
    QTest::newRow("vers all with bound") << "vers:all/<V2.9.7"
                                         << "V2.9.2" << true;
    QTest::newRow("vers all product prefix") << "vers:all/<CPCI85 V05"
                                             << "CPCI85 V04.90" << true;
    QTest::newRow("vers all product prefix fixed") << "vers:all/<CPCI85 V05"
                                                   << "CPCI85 V05.00" << false;
    QTest::newRow("no separator inside") << "vers:all/>=V7.80<V9.40"
                                         << "V8.10" << true;
    QTest::newRow("no separator below") << "vers:all/>=V7.80<V9.40"
                                        << "V7.10" << false;
    QTest::newRow("no separator above") << "vers:all/>=V7.80<V9.40"
                                        << "V9.40" << false;
    QTest::newRow("all versions before SP") << "All versions < V7.4 SP1"
                                            << "V7.4" << true;
    QTest::newRow("all versions at SP") << "All versions < V7.4 SP1"
                                        << "V7.4 SP1" << false;
    QTest::newRow("all versions") << "all versions"
                                  << "12" << true;
    QTest::newRow("zero less than") << "0 < 8.0.1"
                                    << "8.0.0" << true;
    QTest::newRow("zero less than, above") << "0 < 8.0.1"
                                           << "8.0.1" << false;
    QTest::newRow("before words") << "before 4.2"
                                  << "4.1" << true;
    QTest::newRow("less or equal") << "<=4.2"
                                   << "4.2" << true;
    // In vers a bare version is "="; each part of the list is one constraint.
    QTest::newRow("vers list of versions") << "vers:generic/1.0|1.1|1.2"
                                           << "1.1" << true;
    QTest::newRow("vers list of versions, other") << "vers:generic/1.0|1.1|1.2"
                                                  << "1.3" << false;
    // "and" joins two bounds; it is not part of the first ("V3.0 and" sorted after V3.0).
    QTest::newRow("bounds joined by and, lower bound") << "All versions >= V3.0 and < V3.4"
                                                       << "V3.0" << true;
    QTest::newRow("bounds joined by and, above") << "All versions >= V3.0 and < V3.4"
                                                 << "V3.4" << false;
    QTest::newRow("less-or-equal sign") << "\u2264 2.0"
                                        << "2.0" << true;
    QTest::newRow("openssl letter range") << "vers:generic/>=1.1.1|<1.1.1k"
                                          << "1.1.1a" << true;
}

void TestAdvisoryVersions::readsRanges()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, contained);
    const VersionRange parsed = parseVersionRange(range);
    QVERIFY2(parsed.kind == VersionRange::Kind::All || parsed.kind == VersionRange::Kind::Constraints,
        qPrintable(range));
    QCOMPARE(parsed.contains(version), contained);
}

void TestAdvisoryVersions::flagsWhatCannotBeRead_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("kind");
    QTest::newRow("vers unknown") << "vers:unknown/*" << int(VersionRange::Kind::Unknown);
    QTest::newRow("free text") << "see the vendor's notes" << int(VersionRange::Kind::Unreadable);
    QTest::newRow("comparator without version") << "<" << int(VersionRange::Kind::Unreadable);
    QTest::newRow("words before comparator") << "firmware < 2.0" << int(VersionRange::Kind::Unreadable);
    QTest::newRow("vers without slash") << "vers:generic" << int(VersionRange::Kind::Unreadable);
    // Ranges in words: read as one exact version they matched nothing and hid the alert.
    for (const char* words : { "up to 2.0", "1.0 - 2.0", "2.x", "2.0 and earlier", "V2.0 and later",
             "through 3.2", ">=2.0 only", "2.*" })
        QTest::newRow(words) << QString::fromLatin1(words) << int(VersionRange::Kind::Unreadable);
}

void TestAdvisoryVersions::flagsWhatCannotBeRead()
{
    QFETCH(QString, range);
    QFETCH(int, kind);
    const VersionRange parsed = parseVersionRange(range);
    QCOMPARE(int(parsed.kind), kind);
    // Neither unknown nor unreadable may read as "affected" or as "not affected" by itself.
    QVERIFY(!parsed.contains(QStringLiteral("1.0")));
}

void TestAdvisoryVersions::ordersRevisions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    // CSAF 2.0 section 3.1.11: integers, else semantic versioning.
    QTest::newRow("integers") << "10"
                              << "9" << 1;
    QTest::newRow("draft before final") << "1.0.0-1"
                                        << "1.0.0" << -1;
    QTest::newRow("word pre-release before final") << "1.0.0-draft"
                                                   << "1.0.0" << -1;
    QTest::newRow("build metadata ignored") << "1.0.0+build.5"
                                            << "1.0.0" << 0;
    QTest::newRow("numbers below words") << "1.0.0-1"
                                         << "1.0.0-alpha" << -1;
    QTest::newRow("numeric identifiers") << "1.0.0-rc.10"
                                         << "1.0.0-rc.9" << 1;
    QTest::newRow("more identifiers later") << "1.0.0-alpha.1"
                                            << "1.0.0-alpha" << 1;
    QTest::newRow("patch") << "1.0.1"
                           << "1.0.0" << 1;
}

void TestAdvisoryVersions::ordersRevisions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const int c = compareTrackingVersions(a, b);
    QCOMPARE((c > 0) - (c < 0), expected);
    const int reverse = compareTrackingVersions(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -expected);
}

void TestAdvisoryVersions::cpe22MatchesCpe23()
{
    const auto formatted
        = parseCpe(QStringLiteral("cpe:2.3:o:synology:diskstation_manager:7.1.1:*:*:*:*:*:*:*"));
    const auto uri = parseCpe(QStringLiteral("cpe:/o:synology:diskstation_manager"));
    QVERIFY(formatted && uri);
    QVERIFY(cpeIdentityMatches(*formatted, *uri));
    QCOMPARE(formatted->value(Cpe::Version), QStringLiteral("7.1.1"));
    QVERIFY(uri->isAny(Cpe::Version));
    // Percent-encoding and the packed edition of a 2.2 URI.
    const auto packed = parseCpe(QStringLiteral("cpe:/a:example%21:tool:1.0::~~pro~windows~x64~"));
    QVERIFY(packed);
    QCOMPARE(packed->value(Cpe::Vendor), QStringLiteral("example!"));
    QCOMPARE(packed->value(Cpe::SwEdition), QStringLiteral("pro"));
    QCOMPARE(packed->value(Cpe::TargetSw), QStringLiteral("windows"));
    const auto packed23 = parseCpe(QStringLiteral("cpe:2.3:a:example\\!:tool:1.0:*:*:*:pro:windows:x64:*"));
    QVERIFY(packed23);
    QVERIFY(cpeIdentityMatches(*packed23, *packed));
}

void TestAdvisoryVersions::cpeWildcardsAndMismatches()
{
    const auto asset = parseCpe(QStringLiteral("cpe:2.3:a:microsoft:exchange_server:2019:cu12:*:*:*:*:*:*"));
    QVERIFY(asset);
    QVERIFY(cpeIdentityMatches(
        *asset, *parseCpe(QStringLiteral("cpe:2.3:a:microsoft:exchange_*:*:*:*:*:*:*:*:*"))));
    QVERIFY(!cpeIdentityMatches(
        *asset, *parseCpe(QStringLiteral("cpe:2.3:a:microsoft:sharepoint_server:*:*:*:*:*:*:*:*"))));
    QVERIFY(!cpeIdentityMatches(
        *asset, *parseCpe(QStringLiteral("cpe:2.3:o:microsoft:exchange_server:*:*:*:*:*:*:*:*"))));
    QVERIFY(!cpeIdentityMatches(*asset, *parseCpe(QStringLiteral("cpe:2.3:a:*:*:*:*:*:*:*:*:*:*"))));
    QVERIFY(!parseCpe(QStringLiteral("cpe:2.3:a:too:few")));
    QVERIFY(!parseCpe(QStringLiteral("cpe:2.3:x:vendor:product:1:*:*:*:*:*:*:*")));
    QVERIFY(!parseCpe(QStringLiteral("not a cpe")));
}

void TestAdvisoryVersions::readsPurls()
{
    const auto purl
        = parsePurl(QStringLiteral("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar#src"));
    QVERIFY(purl);
    QCOMPARE(purl->type, QStringLiteral("maven"));
    QCOMPARE(purl->ns, QStringLiteral("org.apache.logging.log4j"));
    QCOMPARE(purl->name, QStringLiteral("log4j-core"));
    QCOMPARE(purl->version, QStringLiteral("2.14.1"));
    const auto scoped = parsePurl(QStringLiteral("pkg:npm/%40angular/core@16.0.0"));
    QVERIFY(scoped);
    QCOMPARE(scoped->ns, QStringLiteral("@angular"));
    // Unencoded, as advisories often write it, and without a version: the "@" is the scope's.
    const auto unencoded = parsePurl(QStringLiteral("pkg:npm/@angular/core"));
    QVERIFY(unencoded);
    QCOMPARE(unencoded->ns, QStringLiteral("@angular"));
    QCOMPARE(unencoded->name, QStringLiteral("core"));
    QVERIFY(unencoded->version.isEmpty());
    const auto unencodedWithVersion = parsePurl(QStringLiteral("pkg:npm/@angular/core@16.0.0"));
    QVERIFY(unencodedWithVersion);
    QCOMPARE(unencodedWithVersion->version, QStringLiteral("16.0.0"));
    QCOMPARE(parsePurl(QStringLiteral("pkg:pypi/Django_REST@1.0"))->name, QStringLiteral("django-rest"));
    QVERIFY(!parsePurl(QStringLiteral("pkg:npm")));
    QVERIFY(!parsePurl(QStringLiteral("npm/left-pad")));
}

void TestAdvisoryVersions::normalisesNames()
{
    QCOMPARE(normaliseVendor(QStringLiteral("Siemens AG")), QStringLiteral("siemens"));
    QCOMPARE(normaliseVendor(QStringLiteral("Synology Inc.")), QStringLiteral("synology"));
    QCOMPARE(normaliseVendor(QStringLiteral("Voorbeeld B.V.")), QStringLiteral("voorbeeld"));
    QCOMPARE(
        normaliseVendor(QStringLiteral("Example Automation GmbH")), QStringLiteral("example automation"));
    QCOMPARE(normaliseProduct(QStringLiteral("Siemens SIMATIC  S7-1500"), QStringLiteral("siemens")),
        QStringLiteral("simatic s7 1500"));
    QCOMPARE(normaliseModel(QStringLiteral("6es7 516-3an02-0ab0")), QStringLiteral("6ES7516-3AN02-0AB0"));
    QCOMPARE(compareNames(QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a"))
                 .score,
        1.0);
    const NameComparison contained = compareNames(QStringLiteral("DiskStation Manager"),
        QStringLiteral("diskstation manager"), QStringLiteral("Synology DiskStation Manager (DSM)"),
        QStringLiteral("synology diskstation manager dsm"));
    QCOMPARE(contained.score, 0.75);
    // Short names would match far too much.
    QCOMPARE(compareNames(QStringLiteral("OS"), QStringLiteral("os"), QStringLiteral("Router OS"),
                 QStringLiteral("router os"))
                 .score,
        0.0);
}

void TestAdvisoryVersions::matchesModelWildcards()
{
    QVERIFY(modelMatches(QStringLiteral("6ES7516-3AN02-0AB0"), QStringLiteral("6ES7516-3AN02-0AB0")));
    QVERIFY(modelMatches(QStringLiteral("6RA801?-??V62-0AA0"), QStringLiteral("6RA8013-4MV62-0AA0")));
    QVERIFY(!modelMatches(QStringLiteral("6RA801?-??V62-0AA0"), QStringLiteral("6RA8013-4MV63-0AA0")));
    QVERIFY(modelMatches(QStringLiteral("6ES7516*"), QStringLiteral("6ES7516-3AN02-0AB0")));
    QVERIFY(modelMatches(QStringLiteral("*-0AB0"), QStringLiteral("6ES7516-3AN02-0AB0")));
    QVERIFY(!modelMatches(QStringLiteral("6ES7516"), QStringLiteral("6ES7516-3AN02-0AB0")));
    // Escaped, "?" and "*" are themselves.
    QVERIFY(modelMatches(QStringLiteral("AB\\?1"), QStringLiteral("AB?1")));
    QVERIFY(!modelMatches(QStringLiteral("AB\\?1"), QStringLiteral("ABC1")));
    QVERIFY(hasModelWildcard(QStringLiteral("6ES7516*")));
    QVERIFY(!hasModelWildcard(QStringLiteral("AB\\*1")));
}

void TestAdvisoryVersions::buildsAndComparability()
{
    QVERIFY(isBuildOf(QStringLiteral("7.1.1-42962"), QStringLiteral("7.1.1")));
    QVERIFY(isBuildOf(QStringLiteral("1.2.3+5"), QStringLiteral("1.2.3")));
    QVERIFY(!isBuildOf(QStringLiteral("7.1.1.5"), QStringLiteral("7.1.1"))); // another release
    QVERIFY(!isBuildOf(QStringLiteral("7.1.1-rc1"), QStringLiteral("7.1.1"))); // a pre-release
    QVERIFY(!isBuildOf(QStringLiteral("7.1.10"), QStringLiteral("7.1.1")));
    QVERIFY(!versionsComparable(QStringLiteral("V04.90"), QStringLiteral("CPCI85 V05")));
    QVERIFY(versionsComparable(QStringLiteral("CPCI85 V04.90"), QStringLiteral("CPCI85 V05")));
    QVERIFY(versionsComparable(QStringLiteral("V7.4 SP1"), QStringLiteral("V7.4")));
    QVERIFY(versionsComparable(QStringLiteral("A11_U05"), QStringLiteral("A11_U04")));
}

QTEST_GUILESS_MAIN(TestAdvisoryVersions)
#include "TestAdvisoryVersions.moc"
