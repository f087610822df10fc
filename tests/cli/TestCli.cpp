// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/** Drives the real zelfscan-cli binary: exit codes, streams and output formats. */
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateAcceptsGoodFiles();
    void validateReportsEveryProblem();
    void validateWerrorFailsOnWarnings();
    void validateReportsMissingPath();
    void listShowsQuestionnaires();
    void describePrintsJson();
    void describeUnknownId();
    void scorePrintsJson();
    void scorePrintsText();
    void scoreReportsAnswerErrors();
    void scoreKeepsAnswersTheProfileHides();
    void reportWritesFiles();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
};

using Run = testutil::CliRun;
using testutil::runCli;

static QString fixture(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/questionnaires/") + QLatin1String(name);
}

void TestCli::validateAcceptsGoodFiles()
{
    const Run r = runCli({ QStringLiteral("validate"), QStringLiteral("--werror"),
        QStringLiteral(TEST_DATA_DIR "/questionnaires") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("OK: 3 files, 0 errors, 0 warnings\n"));
}

void TestCli::validateReportsEveryProblem()
{
    QTemporaryDir dir;
    const QString filePath = dir.filePath(QStringLiteral("bad.yaml"));
    QVERIFY(testutil::writeFile(filePath,
        "format: 1\nid: bad\nversion: \"1\"\nkind: nonsense\nlanguages: [nl]\ntitle: {nl: T}\nsource: "
        "{nl: S}\nsections: []\n"));
    const Run r = runCli({ QStringLiteral("validate"), filePath });
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
        filePath
            + QStringLiteral(":4:7: error: unknown kind 'nonsense' (allowed: scan, risk_class, ot_check)"));
    QCOMPARE(lines.at(1), filePath + QStringLiteral(":5:12: error: languages must include 'en'"));
    QCOMPARE(lines.at(2),
        filePath
            + QStringLiteral(":8:11: error: sections is empty; a questionnaire needs at least one section"));
    QVERIFY(r.out.startsWith(QStringLiteral("FAILED: 1 file, 3 errors")));
}

void TestCli::validateWerrorFailsOnWarnings()
{
    QTemporaryDir dir;
    const QString filePath = dir.filePath(QStringLiteral("warn.yaml"));
    QVERIFY(testutil::writeFile(filePath,
        "format: 1\nid: warn\nversion: \"1\"\nkind: scan\nlanguages: [nl, en]\ntitle: {nl: T, en: T}\n"
        "source: {nl: Gebaseerd op X, en: Based on X}\n"
        "sections:\n  - id: a\n    title: {nl: A, en: A}\n    questions:\n"
        "      - {id: q, type: single, text: {nl: V, en: Q}, options: [{id: a, label: {nl: A, en: A}, "
        "score: 1}, {id: b, label: {nl: B, en: B}, score: 0}]}\n"));
    const Run plain = runCli({ QStringLiteral("validate"), filePath });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.err.contains(
        QStringLiteral(":12:9: warning: question 'q' has no next step for the gap answer 'b'")));
    const Run strict = runCli({ QStringLiteral("validate"), QStringLiteral("--werror"), filePath });
    QCOMPARE(strict.exitCode, 1);
    QVERIFY(strict.out.contains(QStringLiteral("warnings are errors")));
}

void TestCli::validateReportsMissingPath()
{
    const Run r = runCli({ QStringLiteral("validate"), QStringLiteral("/nonexistent.yaml") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("/nonexistent.yaml: error: no such file\n"));
}

void TestCli::listShowsQuestionnaires()
{
    const Run r = runCli({ QStringLiteral("list"), QStringLiteral("--dir"),
        QStringLiteral(TEST_DATA_DIR "/questionnaires"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("every_feature")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("  7  Every feature")));
}

void TestCli::describePrintsJson()
{
    const Run r = runCli({ QStringLiteral("describe"), fixture("ot-feature.yaml"), QStringLiteral("--format"),
        QStringLiteral("json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("ot_feature"));
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("ot_check"));
    const QJsonObject wireless = object.value(QStringLiteral("sections"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("questions"))
                                     .toArray()
                                     .at(1)
                                     .toObject();
    QCOMPARE(wireless.value(QStringLiteral("visible_if")).toString(), QStringLiteral("level != 'low'"));
    QCOMPARE(wireless.value(QStringLiteral("options")).toArray().size(), 6);
}

void TestCli::describeUnknownId()
{
    const Run r = runCli({ QStringLiteral("describe"), QStringLiteral("nope"), QStringLiteral("--dir"),
        QStringLiteral(TEST_DATA_DIR "/questionnaires") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no questionnaire with this id")));
}

void TestCli::scorePrintsJson()
{
    const Run r = runCli({ QStringLiteral("score"), QStringLiteral("--dir"),
        QStringLiteral(TEST_DATA_DIR "/questionnaires"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/fixture-answers/risk-basic.yaml"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("questionnaire")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("risk_feature"));
    const QJsonObject risk = object.value(QStringLiteral("risk_class")).toObject();
    QCOMPARE(risk.value(QStringLiteral("class")).toInt(), 3);
    QCOMPARE(risk.value(QStringLiteral("points")).toDouble(), 10.0);
    QCOMPARE(risk.value(QStringLiteral("drivers"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("question"))
                 .toString(),
        QStringLiteral("data"));
    QCOMPARE(risk.value(QStringLiteral("measures")).toArray().size(), 4);
    const QJsonArray steps = object.value(QStringLiteral("next_steps")).toArray();
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("priority")).toInt(), 1);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("measure")).toString(), QStringLiteral("m_own"));
}

void TestCli::scorePrintsText()
{
    const Run r = runCli(
        { QStringLiteral("score"), QStringLiteral("--dir"), QStringLiteral(TEST_DATA_DIR "/questionnaires"),
            QStringLiteral("--answers"), QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Basis: 25\u00A0% - Onvoldoende")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1. Maak back-ups  [kritiek]")));
    const Run whatIf = runCli(
        { QStringLiteral("score"), QStringLiteral("--dir"), QStringLiteral(TEST_DATA_DIR "/questionnaires"),
            QStringLiteral("--answers"), QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"),
            QStringLiteral("--done"), QStringLiteral("backup") });
    QVERIFY2(whatIf.out.contains(QStringLiteral("Basis: 50\u00A0% - Kan beter")), qPrintable(whatIf.out));
    QVERIFY2(!whatIf.err.contains(QStringLiteral("warning")), qPrintable(whatIf.err));
    // A mistyped step id changes nothing, and says so instead of passing for a what-if.
    const Run typo = runCli(
        { QStringLiteral("score"), QStringLiteral("--dir"), QStringLiteral(TEST_DATA_DIR "/questionnaires"),
            QStringLiteral("--answers"), QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"),
            QStringLiteral("--done"), QStringLiteral("backup,bakup") });
    QCOMPARE(typo.exitCode, 0);
    QVERIFY2(typo.out.contains(QStringLiteral("Basis: 50\u00A0% - Kan beter")), qPrintable(typo.out));
    QVERIFY2(typo.err.contains(QStringLiteral("warning: 'bakup' is not one of this result's next steps")),
        qPrintable(typo.err));
    QVERIFY(!typo.err.contains(QStringLiteral("'backup'")));
}

void TestCli::scoreReportsAnswerErrors()
{
    QTemporaryDir dir;
    const QString filePath = dir.filePath(QStringLiteral("answers.yaml"));
    QVERIFY(testutil::writeFile(filePath, "questionnaire: every_feature\nanswers:\n  backup: maybe\n"));
    const Run r = runCli({ QStringLiteral("score"), QStringLiteral("--dir"),
        QStringLiteral(TEST_DATA_DIR "/questionnaires"), QStringLiteral("--answers"), filePath });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err,
        filePath
            + QStringLiteral(":3:11: error: question 'backup' has no option 'maybe' (allowed: yes, partly, "
                             "no, unknown, na)\n"));
}

void TestCli::scoreKeepsAnswersTheProfileHides()
{
    // One answer file, two profiles: for a zzp'er the answer about personal accounts is kept, warned
    // about and ignored (the score is the same as without it); for 2-9 people it counts.
    QFile zzp(QStringLiteral(TEST_DATA_DIR "/answers/basisscan-zzp.yaml"));
    QVERIFY(zzp.open(QIODevice::ReadOnly));
    const QByteArray without = zzp.readAll();
    const QByteArray with = without + "  p4_personal_accounts: \"no\"\n";
    QTemporaryDir dir;
    auto score = [&](const char* name, const QByteArray& content) {
        const QString path = dir.filePath(QLatin1String(name));
        if (!testutil::writeFile(path, content))
            return Run {};
        return runCli({ QStringLiteral("score"), QStringLiteral("--answers"), path,
            QStringLiteral("--format"), QStringLiteral("json") });
    };
    const Run plain = score("without.yaml", without);
    const Run hidden = score("with.yaml", with);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(hidden.exitCode, 0);
    QCOMPARE(hidden.out, plain.out);
    QCOMPARE(hidden.err,
        dir.filePath(QStringLiteral("with.yaml"))
            + QStringLiteral(
                ":33:3: warning: question 'p4_personal_accounts' is not shown for these answers (it "
                "needs: profile.size != '1'); its answer is kept but does not count\n"));

    QByteArray firm = with;
    firm.replace("size: \"1\"", "size: \"2-9\"");
    QByteArray firmWithout = without;
    firmWithout.replace("size: \"1\"", "size: \"2-9\"");
    const Run counted = score("firm.yaml", firm);
    const Run counterpart = score("firm-without.yaml", firmWithout);
    QCOMPARE(counted.exitCode, 0);
    QCOMPARE(counted.err, QString());
    QVERIFY(counted.out != counterpart.out);
}

void TestCli::reportWritesFiles()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-12.yaml"), QStringLiteral("--out"), pdf,
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    QCOMPARE(
        runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
                   QStringLiteral(TEST_DATA_DIR "/answers/ot-small.yaml"), QStringLiteral("--out"), csv })
            .exitCode,
        0);
    QVERIFY(QFile::exists(csv));
    const Run bad
        = runCli({ QStringLiteral("report"), QStringLiteral("--answers"), QStringLiteral("/nonexistent.yaml"),
            QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf")) });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << "Usage: zelfscan-cli COMMAND";
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << "unknown command 'frobnicate'";
    QTest::newRow("validate without files")
        << QStringList { QStringLiteral("validate") } << "zelfscan-cli validate: no files given";
    QTest::newRow("unknown option") << QStringList { QStringLiteral("validate"), QStringLiteral("--bogus"),
        QStringLiteral("x") } << "Unknown option 'bogus'";
    QTest::newRow("describe bad format") << QStringList { QStringLiteral("describe"), QStringLiteral("x"),
        QStringLiteral("--format"), QStringLiteral("xml") }
                                         << "unknown format 'xml'";
    QTest::newRow("score without answers")
        << QStringList { QStringLiteral("score") } << "--answers FILE is required";
    QTest::newRow("score bad format") << QStringList { QStringLiteral("score"), QStringLiteral("--answers"),
        QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("pdf") }
                                      << "--format must be text or json";
    QTest::newRow("report without input") << QStringList { QStringLiteral("report"), QStringLiteral("--out"),
        QStringLiteral("x.pdf") } << "give either --answers FILE or --assessment FILE";
    QTest::newRow("report unknown format") << QStringList { QStringLiteral("report"),
        QStringLiteral("--answers"), QStringLiteral("a.yaml"), QStringLiteral("--out"),
        QStringLiteral("x.docx") } << "cannot tell the format of 'x.docx'";
    QTest::newRow("list bad language") << QStringList { QStringLiteral("list"), QStringLiteral("--lang"),
        QStringLiteral("fr") } << "--lang must be nl or en";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("validate")));
    const Run commandHelp = runCli({ QStringLiteral("validate"), QStringLiteral("--help") });
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QStringLiteral("--werror")));
    const Run version = runCli({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("zelfscan-cli 0.")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
