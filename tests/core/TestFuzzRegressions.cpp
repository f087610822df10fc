// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/share/Share.h"
#include "core/share/ShareImporter.h"
#include "core/share/ShareParse_p.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zelfscan;

/** Inputs the fuzzers (fuzz/, scripts/fuzz.sh) found, kept in tests/data/regressions/. */
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreRefused_data();
    void answersAreRefused();
    void sharesAreRefused_data();
    void sharesAreRefused();
    void fuzzedJsonLinesAreRefused();
};

static const QString regressions = QStringLiteral(TEST_DATA_DIR "/regressions/");

static QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void TestFuzzRegressions::answersAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    // fuzz_answers: an empty questionnaire id read as text without an error, so the answers
    // were checked against a null questionnaire (zelfscan-cli score crashed).
    QTest::newRow("bare tag") << QStringLiteral("answers-questionnaire-bare-tag.yaml")
                              << QStringLiteral("'questionnaire' of the answer file is empty");
    QTest::newRow("empty string") << QStringLiteral("answers-questionnaire-empty.yaml")
                                  << QStringLiteral("'questionnaire' of the answer file is empty");
}

void TestFuzzRegressions::answersAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QuestionnaireCatalog catalog;
    QVERIFY(!hasErrors(catalog.loadDirectory(QStringLiteral(TEST_DATA_DIR "/questionnaires"))));
    const AnswerLoadResult result = loadAnswers(
        readAll(regressions + file), file, [&catalog](const QString& id) { return catalog.find(id); });
    QVERIFY(!result.ok());
    QStringList messages;
    for (const Diagnostic& diagnostic : result.diagnostics)
        messages << diagnostic.toString();
    QVERIFY2(
        messages.join(QLatin1Char('\n')).contains(message), qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestFuzzRegressions::sharesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    // fuzz_share: "risk_class": 0 with a valid checksum. The fast reader stores a missing class
    // as 0 and so took it for null, and imports accepted what readShare's strict reader refuses.
    QTest::newRow("risk_class 0, risk_class tool") << QStringLiteral("share-risk-class-zero.zelfshare")
                                                   << QStringLiteral("risk_class must be from 1 to 9");
    QTest::newRow("risk_class 0, scan tool, compact") << QStringLiteral(
        "share-scan-risk-class-zero.zelfshare") << QStringLiteral("risk_class must be from 1 to 9");
    // fuzz_share: a whole number of ten digits overflowed an int in the fast reader (undefined
    // behaviour; UBSan in the sanitized build reports it). share-fuzz-ten-digit.jsonl is the input
    // as found; these two reach the same code with a valid checksum.
    QTest::newRow("ten-digit risk_class") << QStringLiteral("share-ten-digit-risk-class.zelfshare")
                                          << QStringLiteral("risk_class must be from 1 to 9");
    QTest::newRow("ten-digit year") << QStringLiteral("share-ten-digit-year.zelfshare")
                                    << QStringLiteral("period year and quarter must be whole numbers");
}

void TestFuzzRegressions::sharesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const QByteArray bytes = readAll(regressions + file);

    const ShareReadResult result = readShare(bytes, file);
    QVERIFY(!result.ok());
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));

    // The import's reader (fast first, strict when unsure) must give the strict reader's verdict.
    detail::ShareFields fields;
    detail::ShareScratch scratch;
    const QString combined = detail::readShareFields(bytes, &fields, &scratch);
    QCOMPARE(combined, detail::parseShareStrict(bytes, &fields, &scratch));

    // And so must a real import, as a share file and as a JSON Lines line.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString line = dir.filePath(QStringLiteral("one.jsonl"));
    QVERIFY(testutil::writeFile(line, QByteArray(bytes).replace('\n', ' ') + '\n'));
    const ImportReport report
        = importShares(dir.filePath(QStringLiteral("store.sqlite")), { regressions + file, line });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.rejected, 2);
}

void TestFuzzRegressions::fuzzedJsonLinesAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = regressions + QStringLiteral("share-fuzz-ten-digit.jsonl");
    const ImportReport report = importShares(dir.filePath(QStringLiteral("store.sqlite")), { file });
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.rejected, 2); // both lines
    for (const QByteArray& line : readAll(file).split('\n')) {
        if (!line.isEmpty())
            QVERIFY(!readShare(line).ok());
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
