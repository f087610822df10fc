// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

/** `zelfscan-cli report`: every format headless, clear errors, and never half an output file. */
class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryFormat_data();
    void writesEveryFormat();
    void worksWithoutADisplay();
    void readsASavedAssessment();
    void riskReportUsesBasisscanEvidence();
    void usageErrors_data();
    void usageErrors();
    void inputErrors_data();
    void inputErrors();
    void badInputLeavesTheOldReport();
};

namespace {

using Run = testutil::CliRun;

Run runCli(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    testutil::CliOptions options;
    options.environment = environment;
    return testutil::runCli(arguments, options);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString fixtureDir = QStringLiteral(TEST_DATA_DIR "/questionnaires");

QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/** A saved assessment for the every_feature fixture with one step marked done. */
const QByteArray savedAssessment = R"({
    "format": "zelfscan-assessment",
    "format_version": 1,
    "questionnaire": {"id": "every_feature", "version": "1.0", "hash": "test"},
    "profile": {"sector": "ict", "size": "10-49"},
    "organisation": "Voorbeeld BV",
    "notes": "",
    "created": "2026-01-02T03:04:05.006Z",
    "modified": "2026-01-02T03:04:05.006Z",
    "answers": {"backup": "partly", "mfa_mail": "no", "staff_count": 12, "channels": ["training"],
                "role": "nobody", "sector_only": "yes"},
    "done_steps": ["role"],
    "retired_answers": {}
})";

} // namespace

void TestCliReport::writesEveryFormat_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("language");
    const QString fixtureAnswers = QStringLiteral(TEST_DATA_DIR "/fixture-answers/");
    const QString realAnswers = QStringLiteral(TEST_DATA_DIR "/answers/");
    const QList<std::pair<QString, QString>> inputs {
        { fixtureAnswers + QStringLiteral("every-mixed.yaml"), fixtureDir },
        { fixtureAnswers + QStringLiteral("risk-basic.yaml"), fixtureDir },
        { fixtureAnswers + QStringLiteral("ot-high.json"), fixtureDir },
        { realAnswers + QStringLiteral("basisscan-12.yaml"), QStringLiteral(QUESTIONNAIRES_DIR) },
    };
    for (const auto& [answers, dir] : inputs) {
        for (const QString& language : { QStringLiteral("nl"), QStringLiteral("en") })
            QTest::newRow(qPrintable(QFileInfo(answers).fileName() + QLatin1Char(' ') + language))
                << answers << dir << language;
    }
}

void TestCliReport::writesEveryFormat()
{
    QFETCH(QString, answers);
    QFETCH(QString, dir);
    QFETCH(QString, language);
    QTemporaryDir out;
    for (const QString& name : { QStringLiteral("r.pdf"), QStringLiteral("r.odt"), QStringLiteral("r.html"),
             QStringLiteral("r.csv"), QStringLiteral("r.xlsx") }) {
        const QString path = out.filePath(name);
        const Run r = runCli(
            { QStringLiteral("report"), QStringLiteral("--answers"), answers, QStringLiteral("--dir"), dir,
                QStringLiteral("--out"), path, QStringLiteral("--lang"), language });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("wrote %1\n").arg(path));
    }
    QVERIFY(readAll(out.filePath(QStringLiteral("r.pdf"))).startsWith("%PDF-"));
    const QByteArray odt = readAll(out.filePath(QStringLiteral("r.odt")));
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("content.xml"));
    QVERIFY(readAll(out.filePath(QStringLiteral("r.html"))).contains("<h1"));
    const QByteArray csv = readAll(out.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.mid(3).startsWith(language == QLatin1String("nl") ? "stap;prioriteit;" : "step,priority,"));
    QVERIFY(readAll(out.filePath(QStringLiteral("r.xlsx"))).startsWith("PK")); // opened in tst_documents
    // Nothing but the five reports: no temporary files left next to them.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 5);
}

void TestCliReport::worksWithoutADisplay()
{
    // On a server there is no display and no QT_QPA_PLATFORM: report picks the offscreen platform.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("headless.pdf"));
    const Run r = runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
                             QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"),
                             QStringLiteral("--dir"), fixtureDir, QStringLiteral("--out"), pdf },
        environment);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    // The other commands stay on QCoreApplication and need no platform at all.
    const Run list = runCli({ QStringLiteral("list"), QStringLiteral("--dir"), fixtureDir }, environment);
    QCOMPARE(list.exitCode, 0);
}

void TestCliReport::readsASavedAssessment()
{
    QTemporaryDir dir;
    const QString assessment = writeText(dir, QStringLiteral("saved.zelfscan"), savedAssessment);
    const QString csvPath = dir.filePath(QStringLiteral("plan.csv"));
    const Run r = runCli(
        { QStringLiteral("report"), QStringLiteral("--assessment"), assessment, QStringLiteral("--dir"),
            fixtureDir, QStringLiteral("--out"), csvPath, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Saved with another edit of the questionnaire (the hash differs): said, but not an error.
    QVERIFY2(r.err.contains(assessment + QStringLiteral(": warning: questionnaire version 1.0 has changed")),
        qPrintable(r.err));
    const QStringList rows
        = QString::fromUtf8(readAll(csvPath).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(rows.size() > 2);
    // The step the user ticked is listed as done, the others as open.
    int done = 0;
    for (const QString& row : rows.mid(1)) {
        if (row.endsWith(QStringLiteral(",done,role")))
            ++done;
        else
            QVERIFY2(row.contains(QStringLiteral(",open,")), qPrintable(row));
    }
    QCOMPARE(done, 1);
    QCOMPARE(readAll(assessment), savedAssessment); // only read

    const QString html = dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(runCli({ QStringLiteral("report"), QStringLiteral("--assessment"), assessment,
                        QStringLiteral("--dir"), fixtureDir, QStringLiteral("--out"), html })
                 .exitCode,
        0);
    QVERIFY(QString::fromUtf8(readAll(html)).contains(QStringLiteral("Voorbeeld BV")));
}

void TestCliReport::riskReportUsesBasisscanEvidence()
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("risk.html"));
    const Run r = runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/answers/risicoklasse-webshop.yaml"), QStringLiteral("--basisscan"),
        QStringLiteral(TEST_DATA_DIR "/answers/basisscan-12.yaml"), QStringLiteral("--out"), html,
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dir"),
        QStringLiteral(QUESTIONNAIRES_DIR) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY(text.contains(QStringLiteral("Risk class")));
    QVERIFY(text.contains(QStringLiteral("In place"), Qt::CaseInsensitive));
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString answers = QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml");
    QTest::newRow("no input") << QStringList { QStringLiteral("--out"), QStringLiteral("x.pdf") }
                              << QStringLiteral("give either --answers FILE or --assessment FILE");
    QTest::newRow("both inputs") << QStringList { QStringLiteral("--answers"), answers,
        QStringLiteral("--assessment"), QStringLiteral("a.zelfscan"), QStringLiteral("--out"),
        QStringLiteral("x.pdf") } << QStringLiteral("give either --answers FILE or --assessment FILE");
    QTest::newRow("no out") << QStringList { QStringLiteral("--answers"), answers }
                            << QStringLiteral("--out OUT.pdf|.odt|.html|.xlsx|.csv|.ics is required");
    QTest::newRow("unknown extension") << QStringList { QStringLiteral("--answers"), answers,
        QStringLiteral("--out"), QStringLiteral("x.docx") }
                                       << QStringLiteral("cannot tell the format of 'x.docx'");
    QTest::newRow("no extension") << QStringList { QStringLiteral("--answers"), answers,
        QStringLiteral("--out"), QStringLiteral("report") }
                                  << QStringLiteral("cannot tell the format of 'report'");
    QTest::newRow("bad language") << QStringList { QStringLiteral("--answers"), answers,
        QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--lang"), QStringLiteral("de") }
                                  << QStringLiteral("--lang must be nl or en");
    QTest::newRow("stray argument") << QStringList { QStringLiteral("--answers"), answers,
        QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("extra") }
                                    << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") }
                                    << QStringLiteral("Unknown option 'colour'");
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    testutil::CliOptions options;
    options.workingDirectory = dir.path();
    const Run r = testutil::runCli(QStringList { QStringLiteral("report") } + arguments, options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing written
}

void TestCliReport::inputErrors_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QByteArray truncated = savedAssessment;
    truncated.chop(40);
    QTest::newRow("truncated assessment")
        << QStringLiteral("--assessment") << truncated << QStringLiteral("damaged or incomplete");
    QByteArray newer = savedAssessment;
    newer.replace("\"format_version\": 1", "\"format_version\": 99");
    QTest::newRow("newer assessment")
        << QStringLiteral("--assessment") << newer << QStringLiteral("made by a newer Zelfscan");
    QTest::newRow("foreign file") << QStringLiteral("--assessment") << QByteArray("{\"compilerOptions\": {}}")
                                  << QStringLiteral("not a Zelfscan assessment");
    QByteArray unknown = savedAssessment;
    unknown.replace("\"id\": \"every_feature\"", "\"id\": \"elsewhere\"");
    QTest::newRow("unknown questionnaire")
        << QStringLiteral("--assessment") << unknown << QStringLiteral("questionnaire 'elsewhere'");
    QTest::newRow("binary") << QStringLiteral("--assessment") << QByteArray("PK\x03\x04\0\0\0\0", 8)
                            << QStringLiteral("binary");
    QTest::newRow("bad answer") << QStringLiteral("--answers")
                                << QByteArray("questionnaire: every_feature\nanswers:\n  backup: maybe\n")
                                << QStringLiteral("no option 'maybe'");
}

void TestCliReport::inputErrors()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString input = writeText(dir, QStringLiteral("input.file"), bytes);
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = runCli({ QStringLiteral("report"), option, input, QStringLiteral("--dir"), fixtureDir,
        QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(input), qPrintable(r.err)); // names the file
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(readAll(input), bytes); // the input is never touched
}

void TestCliReport::badInputLeavesTheOldReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan.csv"));
    const QByteArray old = "an earlier report\r\n";
    writeText(dir, QStringLiteral("plan.csv"), old);
    const QString damaged = writeText(dir, QStringLiteral("bad.zelfscan"), savedAssessment.left(100));
    QCOMPARE(runCli({ QStringLiteral("report"), QStringLiteral("--assessment"), damaged,
                        QStringLiteral("--dir"), fixtureDir, QStringLiteral("--out"), out })
                 .exitCode,
        1);
    QCOMPARE(readAll(out), old);

    // An output folder that does not exist is an input problem with a clear message, not a crash.
    const Run r = runCli({ QStringLiteral("report"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"), QStringLiteral("--dir"),
        fixtureDir, QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/folder/r.pdf")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write")), qPrintable(r.err));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
