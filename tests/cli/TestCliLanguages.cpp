// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/**
 * Languages beyond Dutch and English: --lang takes any language a loaded questionnaire declares,
 * its texts come in that language and Zelfscan's own wording in English; validate warns about a
 * declared language without a text. On tests/data/languages (nl, en, de; not bundled).
 */
class TestCliLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresInGerman();
    void refusesUndeclaredLanguage();
    void listsAndReportsInGerman();
    void validateWarnsAboutMissingText();
};

using Run = testutil::CliRun;
using testutil::runCli;

namespace {

const QString questionnaireDir = QStringLiteral(TEST_DATA_DIR "/languages/questionnaires");
const QString answers = QStringLiteral(TEST_DATA_DIR "/languages/three-languages-answers.yaml");

Run score(const QString& dir, const QStringList& more)
{
    return runCli(QStringList { QStringLiteral("score"), QStringLiteral("--dir"), dir,
                      QStringLiteral("--answers"), answers }
        + more);
}

} // namespace

void TestCliLanguages::scoresInGerman()
{
    const Run text = score(questionnaireDir, { QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(text.err, QString());
    QCOMPARE(text.exitCode, 0);
    for (const char* line : { "Drei Sprachen (version 1.0)",
             "Score per part:", "  Datensicherung: 50% - Could be better", "  Konten: 0% - Insufficient",
             "1. Sichern Sie Ihre Daten täglich", "   How: Schalten Sie automatische Sicherungen ein.",
             "2. Finden Sie heraus, ob Ihre E-Mail einen zweiten Schritt verlangt",
             "   Why: Only once you know can you decide whether something needs to be done." }) {
        QVERIFY2(text.out.split(QLatin1Char('\n')).contains(QString::fromUtf8(line)),
            qPrintable(QStringLiteral("missing '%1' in\n%2").arg(QString::fromUtf8(line), text.out)));
    }

    const Run json = score(questionnaireDir,
        { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--format"),
            QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.rawOut).object();
    QCOMPARE(object.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QVERIFY2(json.out.contains(QStringLiteral("\"Sichern Sie Ihre Daten täglich\"")), qPrintable(json.out));

    // The same answers in Dutch still read Dutch: the extra language changes nothing else.
    const Run dutch = score(questionnaireDir, {});
    QCOMPARE(dutch.exitCode, 0);
    QVERIFY2(dutch.out.contains(QStringLiteral("Maak elke dag een back-up")), qPrintable(dutch.out));
}

void TestCliLanguages::refusesUndeclaredLanguage()
{
    const Run french = score(questionnaireDir, { QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(french.exitCode, 2);
    QCOMPARE(french.out, QString());
    QVERIFY2(french.err.startsWith(QStringLiteral("zelfscan-cli score: --lang must be nl, en or de\n")),
        qPrintable(french.err));
    // The bundled questionnaires declare only Dutch and English.
    const Run bundled = runCli({ QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(bundled.exitCode, 2);
    QVERIFY2(bundled.err.contains(QStringLiteral("--lang must be nl or en")), qPrintable(bundled.err));
}

void TestCliLanguages::listsAndReportsInGerman()
{
    const Run list = runCli({ QStringLiteral("list"), QStringLiteral("--dir"), questionnaireDir,
        QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("Drei Sprachen")), qPrintable(list.out));

    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const Run report = runCli(
        { QStringLiteral("report"), QStringLiteral("--dir"), questionnaireDir, QStringLiteral("--answers"),
            answers, QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"), html });
    QCOMPARE(report.exitCode, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(QStringLiteral("Datensicherung")));
    QVERIFY(page.contains(QStringLiteral("Score per part"))); // Zelfscan's own words: English
}

void TestCliLanguages::validateWarnsAboutMissingText()
{
    QFile original(questionnaireDir + QStringLiteral("/three-languages.yaml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray content = original.readAll();
    const QByteArray german = ", de: Sichern Sie Ihre Daten täglich}";
    QVERIFY(content.contains(german));
    content.replace(german, "}");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three-languages.yaml"));
    QVERIFY(testutil::writeFile(path, content));

    const Run validate = runCli({ QStringLiteral("validate"), path });
    QCOMPARE(validate.exitCode, 0);
    QCOMPARE(validate.err,
        path
            + QStringLiteral(
                ":36:18: warning: 'title' of the step of question 'backup' has no text in 'de'; the "
                "'en' text is shown instead\n"));
    const Run strict = runCli({ QStringLiteral("validate"), QStringLiteral("--werror"), path });
    QCOMPARE(strict.exitCode, 1);

    // Scored in German, the missing text falls back to English.
    const Run fallback = score(dir.path(), { QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(fallback.exitCode, 0);
    QVERIFY2(
        fallback.out.contains(QStringLiteral("1. Make a back-up every day\n")), qPrintable(fallback.out));
    QVERIFY(fallback.out.contains(QStringLiteral("Datensicherung")));
}

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "TestCliLanguages.moc"
