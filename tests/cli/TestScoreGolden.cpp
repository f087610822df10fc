// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTest>

/**
 * Pins every figure Zelfscan gives: `score --format json` of each example answer file, in both
 * languages, byte for byte against tests/data/golden/score/ (written by
 * scripts/update-golden-scores.sh). Refactors of the engine, the questionnaire model and the
 * result formats must leave these unchanged; a content change regenerates them on purpose.
 */
class TestScoreGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGoldenFileHasItsAnswers();
    void scoreIsUnchanged_data();
    void scoreIsUnchanged();
};

namespace {

const QString answersDir = QStringLiteral(TEST_DATA_DIR "/answers/");
const QString goldenDir = QStringLiteral(TEST_DATA_DIR "/golden/score/");

/** `risicoklasse-x+basisscan.nl.json` → the answers, the Basisscan beside them, the language. */
struct GoldenCase
{
    QString answers;
    QString basisscan;
    QString language;
};

GoldenCase parseName(const QString& fileName)
{
    QString stem = fileName.chopped(QStringLiteral(".json").size());
    GoldenCase c;
    c.language = stem.section(QLatin1Char('.'), -1);
    stem = stem.section(QLatin1Char('.'), 0, -2);
    if (stem.endsWith(QStringLiteral("+basisscan"))) {
        stem.chop(QStringLiteral("+basisscan").size());
        c.basisscan = answersDir + QStringLiteral("basisscan-")
            + stem.mid(QStringLiteral("risicoklasse-").size()) + QStringLiteral(".yaml");
    }
    c.answers = answersDir + stem + QStringLiteral(".yaml");
    return c;
}

QStringList goldenFiles()
{
    return QDir(goldenDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

} // namespace

void TestScoreGolden::everyGoldenFileHasItsAnswers()
{
    const QStringList files = goldenFiles();
    // Every answer file in both languages; a lost golden file would silently pin less.
    const QStringList answers = QDir(answersDir).entryList({ QStringLiteral("*.yaml") }, QDir::Files);
    QVERIFY(!answers.isEmpty());
    for (const QString& answer : answers) {
        for (const char* language : { "nl", "en" }) {
            const QString expected
                = answer.chopped(5) + QLatin1Char('.') + QLatin1String(language) + QStringLiteral(".json");
            QVERIFY2(files.contains(expected), qPrintable(expected + QStringLiteral(" is missing")));
        }
    }
    for (const QString& file : files) {
        const GoldenCase c = parseName(file);
        QVERIFY2(QFile::exists(c.answers), qPrintable(c.answers));
        QVERIFY2(c.basisscan.isEmpty() || QFile::exists(c.basisscan), qPrintable(c.basisscan));
        QVERIFY(c.language == QLatin1String("nl") || c.language == QLatin1String("en"));
    }
}

void TestScoreGolden::scoreIsUnchanged_data()
{
    QTest::addColumn<QString>("golden");
    for (const QString& file : goldenFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestScoreGolden::scoreIsUnchanged()
{
    QFETCH(QString, golden);
    const GoldenCase c = parseName(golden);
    QStringList arguments { QStringLiteral("score"), QStringLiteral("--answers"), c.answers,
        QStringLiteral("--lang"), c.language, QStringLiteral("--format"), QStringLiteral("json") };
    if (!c.basisscan.isEmpty())
        arguments << QStringLiteral("--basisscan") << c.basisscan;
    const testutil::CliRun r = testutil::runCli(arguments);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QFile expected(goldenDir + golden);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QByteArray want = expected.readAll();
    if (r.out != want) {
        // Name the first line that differs: a 13 kB diff in a QCOMPARE is unreadable.
        const QList<QByteArray> got = r.out.split('\n');
        const QList<QByteArray> wanted = want.split('\n');
        for (int i = 0; i < std::max(got.size(), wanted.size()); ++i) {
            if (got.value(i) != wanted.value(i))
                QFAIL(qPrintable(
                    QStringLiteral("line %1: got '%2', pinned '%3'")
                        .arg(i + 1)
                        .arg(QString::fromUtf8(got.value(i)), QString::fromUtf8(wanted.value(i)))));
        }
    }
}

QTEST_GUILESS_MAIN(TestScoreGolden)
#include "TestScoreGolden.moc"
