// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"
#include "tests/util/Files.h"
#include "tests/util/TestTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/** Drives zelfscan-cli anonymise and aggregate: files written, streams, exit codes. */
class TestCliShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anonymiseWritesOnlySchemaFields();
    void anonymiseAnswersInEnglish();
    void anonymiseRefusesIncompleteAnswers();
    void anonymiseUsageErrors_data();
    void anonymiseUsageErrors();
    void aggregateReportsImportedDuplicatesAndRejected();
    void aggregateKeepsADatabase();
    void aggregateWritesWorkbookAndCsvPerLanguage();
    void aggregateUsageErrors_data();
    void aggregateUsageErrors();
};

using Run = testutil::CliRun;
using testutil::runCli;

static const QString fixtures = QStringLiteral(TEST_DATA_DIR "/questionnaires");
static const QString planted = QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan");

static QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** Makes @p count share files of the planted assessment in @p dir; returns their paths. */
static QStringList makeShares(const QString& dir, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("s%1.zelfshare").arg(i));
        const Run r = runCli({ QStringLiteral("anonymise"), QStringLiteral("--assessment"), planted,
            QStringLiteral("--dir"), fixtures, QStringLiteral("--out"), path });
        if (r.exitCode != 0)
            qFatal("anonymise failed: %s", qPrintable(r.err));
        paths << path;
    }
    return paths;
}

void TestCliShare::anonymiseWritesOnlySchemaFields()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("mine.zelfshare"));
    const Run r = runCli({ QStringLiteral("anonymise"), QStringLiteral("--assessment"), planted,
        QStringLiteral("--dir"), fixtures, QStringLiteral("--out"), out });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("wrote ") + out + QStringLiteral("\nHet bestand bevat:\n")));
    QVERIFY(r.out.contains(QStringLiteral("  - Sector: ICT\n")));
    QVERIFY(r.out.contains(QStringLiteral("Stappen die je al hebt gedaan (1): Maak back-ups")));
    const QByteArray bytes = readAll(out);
    const QJsonObject share = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(share.value(QStringLiteral("format")).toString(), QStringLiteral("zelfscan-share"));
    QCOMPARE(share.keys().size(), 13);
    for (const char* secret : { "Bakkerij", "Geheimzinnig", "jan.jansen@example.nl", "06-12345678", "kluis",
             "2026-03-14", "2026-05-20", "09:26", "partly" }) {
        QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY2(!r.out.contains(QLatin1String(secret)), secret);
    }
}

void TestCliShare::anonymiseAnswersInEnglish()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("risk.zelfshare"));
    const Run r = runCli({ QStringLiteral("anonymise"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/fixture-answers/risk-basic.yaml"), QStringLiteral("--dir"), fixtures,
        QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("The file contains:")));
    QVERIFY(r.out.contains(QStringLiteral("Risk class: 3")));
    const QJsonObject share = QJsonDocument::fromJson(readAll(out)).object();
    QCOMPARE(share.value(QStringLiteral("tool")).toString(), QStringLiteral("risk_class"));
    QCOMPARE(share.value(QStringLiteral("risk_class")).toInt(), 3);
}

void TestCliShare::anonymiseRefusesIncompleteAnswers()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.zelfshare"));
    const Run r = runCli({ QStringLiteral("anonymise"), QStringLiteral("--answers"),
        QStringLiteral(TEST_DATA_DIR "/share/incomplete.yaml"), QStringLiteral("--dir"), fixtures,
        QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not answered yet")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliShare::anonymiseUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QStringList { "--out", "x.zelfshare" }
                              << "give either --answers FILE or --assessment FILE";
    QTest::newRow("both inputs") << QStringList { "--answers", "a", "--assessment", "b", "--out", "x" }
                                 << "give either --answers FILE or --assessment FILE";
    QTest::newRow("no out") << QStringList { "--answers", "a" } << "--out SHARE is required";
    QTest::newRow("bad language") << QStringList { "--answers", "a", "--out", "x", "--lang", "de" }
                                  << "--lang must be nl or en";
}

void TestCliShare::anonymiseUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = runCli(QStringList { QStringLiteral("anonymise") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliShare::aggregateReportsImportedDuplicatesAndRejected()
{
    QTemporaryDir dir;
    const QString shares = dir.filePath(QStringLiteral("shares"));
    QDir().mkpath(shares + QStringLiteral("/nested"));
    const QStringList paths = makeShares(shares, 6);
    // A copy of one file (a duplicate) and a tampered one.
    QVERIFY(QFile::copy(paths.at(0), shares + QStringLiteral("/nested/copy.zelfshare")));
    QByteArray tampered = readAll(paths.at(1));
    QVERIFY(tampered.contains("\"basics\": 25,"));
    tampered.replace("\"basics\": 25,", "\"basics\": 26,");
    QVERIFY(testutil::writeFile(shares + QStringLiteral("/nested/tampered.zelfshare"), tampered));

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--out"), csv, shares });
    QCOMPARE(r.exitCode, 1); // something was rejected; the export is still written
    QVERIFY2(r.err.contains(QStringLiteral("tampered.zelfshare: the file is damaged or altered")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("imported 6, duplicates 1, rejected 1 (from 8 files)")),
        qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("wrote ") + csv
                 + QStringLiteral(": 6 results in 1 questionnaire version, k = 5")),
        qPrintable(r.out));
    // Dutch by default, like every command: ';' and decimal commas, and no '#' lines.
    const QByteArray exported = readAll(csv);
    QVERIFY(exported.startsWith("\xEF\xBB\xBFtool;questionnaire_id;questionnaire_version;"));
    QVERIFY(!exported.contains("\n#"));
    QVERIFY(exported.contains(";every_feature;1.0;"));
    QVERIFY(exported.contains(";ict;10-49;results;;6;;;;\r\n"));
    for (const char* secret : { "Bakkerij", "jan.jansen@example.nl", "2026-03-14", "partly" })
        QVERIFY2(!exported.contains(secret), secret);

    const QString json = dir.filePath(QStringLiteral("out.json"));
    const Run again = runCli({ QStringLiteral("aggregate"), QStringLiteral("--min-group"),
        QStringLiteral("7"), QStringLiteral("--out"), json, paths.at(0), paths.at(1), paths.at(2) });
    QCOMPARE(again.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(root.value(QStringLiteral("min_group")).toInt(), 7);
    QCOMPARE(root.value(QStringLiteral("results")).toInt(), 0); // 3 results < 7: nothing published
    // Counted, not named: the version's id, label and hash would point at its few users.
    QVERIFY(root.value(QStringLiteral("versions")).toArray().isEmpty());
    QCOMPARE(root.value(QStringLiteral("suppressed_versions")).toInt(), 1);
    QVERIFY(!readAll(json).contains("every_feature"));
}

void TestCliShare::aggregateKeepsADatabase()
{
    QTemporaryDir dir;
    const QStringList paths = makeShares(dir.path(), 5);
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    Run r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
        paths.at(0), paths.at(1), paths.at(2) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("imported 3, duplicates 0, rejected 0")));
    r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
        dir.path() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("imported 2, duplicates 3, rejected 0")), qPrintable(r.err));
    // Without inputs: aggregate what the database holds.
    r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--db"), db, QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(QJsonDocument::fromJson(readAll(out)).object().value(QStringLiteral("results")).toInt(), 5);
}

void TestCliShare::aggregateWritesWorkbookAndCsvPerLanguage()
{
    QTemporaryDir dir;
    const QString shares = dir.filePath(QStringLiteral("shares"));
    QVERIFY(QDir().mkpath(shares));
    makeShares(shares, 6);
    for (const QString& language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        const QString csv = dir.filePath(QStringLiteral("agg-%1.csv").arg(language));
        Run r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--lang"), language,
            QStringLiteral("--out"), csv, shares });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const char separator = language == QLatin1String("nl") ? ';' : ',';
        const QList<QByteArray> lines = readAll(csv).mid(3).split('\n');
        QVERIFY(lines.size() > 3);
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QCOMPARE(line.trimmed().split(separator).size(), 13);
            const QList<QByteArray> fields = line.trimmed().split(separator);
            if (fields.at(6) == "section" && !fields.at(9).isEmpty())
                QVERIFY2(!fields.at(9).contains(separator == ';' ? '.' : ','), line.constData());
        }

        if (testtools::pythonWithOpenpyxl().isEmpty())
            QSKIP("python3-openpyxl is not installed, so the workbook cannot be opened (apt-get install "
                  "python3-openpyxl)");
        const QString xlsx = dir.filePath(QStringLiteral("agg-%1.xlsx").arg(language));
        r = runCli({ QStringLiteral("aggregate"), QStringLiteral("--lang"), language, QStringLiteral("--out"),
            xlsx, shares });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("wrote ") + xlsx));
        QString error;
        const QJsonObject book = testtools::readWorkbook(xlsx, &error);
        QVERIFY2(!book.isEmpty(), qPrintable(error));
        const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject figures = sheets.at(0).toObject();
        QCOMPARE(figures.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(figures.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:M")));
        const QJsonArray rows = figures.value(QStringLiteral("rows")).toArray();
        // The same rows as the CSV (less its header line and the final line end).
        int csvRows = 0;
        for (const QByteArray& line : lines)
            csvRows += line.trimmed().isEmpty() ? 0 : 1;
        QCOMPARE(rows.size(), csvRows);
        bool groupCount = false;
        for (const QJsonValue& row : rows) {
            const QJsonArray cells = row.toArray();
            if (cells.at(4).toObject().value(QStringLiteral("value")).toString() == QLatin1String("ict")
                && cells.at(5).toObject().value(QStringLiteral("value")).toString() == QLatin1String("10-49")
                && cells.at(6).toObject().value(QStringLiteral("value")).toString()
                    == QLatin1String("results"))
                groupCount = cells.at(8).toObject().value(QStringLiteral("value")).toInt() == 6; // a number
        }
        QVERIFY(groupCount);
        QString about;
        for (const QJsonValue& row : sheets.at(1).toObject().value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue& cell : row.toArray())
                about += cell.toObject().value(QStringLiteral("value")).toVariant().toString()
                    + QLatin1Char('|');
        }
        QVERIFY2(about.contains(language == QLatin1String("nl") ? QStringLiteral("Kleinste groep (k)|5|")
                                                                : QStringLiteral("Smallest group (k)|5|")),
            qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("|every_feature|1.0|")));
        QVERIFY(about.contains(QStringLiteral("type 7")));
        for (const char* secret : { "Bakkerij", "jan.jansen@example.nl", "2026-03-14", "partly" })
            QVERIFY2(!QJsonDocument(book).toJson().contains(secret), secret);
    }
}

void TestCliShare::aggregateUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("k too small") << QStringList { "--min-group", "4", "--out", "x.csv", "." } << "at least 5";
    QTest::newRow("k not a number") << QStringList { "--min-group", "five", "--out", "x.csv", "." }
                                    << "--min-group must be a whole number";
    QTest::newRow("no out") << QStringList { "." } << "--out OUT.csv|.xlsx|.json is required";
    QTest::newRow("bad extension") << QStringList { "--out", "x.ods", "." } << "use .csv, .xlsx or .json";
    QTest::newRow("bad language") << QStringList { "--lang", "de", "--out", "x.csv", "." }
                                  << "--lang must be nl or en";
    QTest::newRow("no input") << QStringList { "--out", "x.csv" } << "give the share files or folders";
}

void TestCliShare::aggregateUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = runCli(QStringList { QStringLiteral("aggregate") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliShare)
#include "TestCliShare.moc"
