// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testutil::runCli;

/**
 * Format 2 through the command line: the example standard in tests/data/format2 scores as its
 * hand calculation (mkb-voorbeeld.md) says, describe shows the models, validate points at
 * model problems.
 */
class TestCliFormat2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresTheExample_data();
    void scoresTheExample();
    void sectionScoresOfCaseA();
    void textNamesTheStatusAndWhatLostPoints();
    void describeShowsTheModels();
    void validatePointsAtModelProblems();
    void exposureIsARiskClass();
};

static const QString dir = QStringLiteral(TEST_DATA_DIR "/format2");

static QJsonObject score(const char* answers, const QStringList& extra = {})
{
    const testutil::CliRun run
        = runCli(QStringList { QStringLiteral("score"), QStringLiteral("--dir"), dir,
                     QStringLiteral("--answers"), dir + QStringLiteral("/answers/") + QLatin1String(answers),
                     QStringLiteral("--format"), QStringLiteral("json") }
            + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.rawOut).object();
}

void TestCliFormat2::scoresTheExample_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("pointsBand");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("overall");
    QTest::addColumn<QStringList>("lostMost");
    QTest::addColumn<QStringList>("overrides");

    QTest::newRow("A mixed") << "mkb-gemengd.yaml" << QStringList() << "basic"
                             << "basic" << 8.0 << -9.0 << 17.0 << 65.4 << 66.7
                             << QStringList { "d1_updates", "g2_risks", "b2_restore" } << QStringList();
    QTest::newRow("B what if") << "mkb-gemengd.yaml" << QStringList { "--done", "d1_updates" } << "good"
                               << "good" << 14.0 << -9.0 << 17.0 << 88.5 << 81.0
                               << QStringList { "g2_risks", "b2_restore", "i2_breaches" } << QStringList();
    QTest::newRow("C top gap") << "mkb-kritiek.yaml" << QStringList() << "basic"
                               << "good" << 12.0 << -9.0 << 18.0 << 77.8 << 85.7 << QStringList { "a1_mfa" }
                               << QStringList { "good>basic" };
    QTest::newRow("D no back-up") << "mkb-geen-backup.yaml" << QStringList() << "insufficient"
                                  << "basic" << 11.0 << -9.0 << 18.0 << 74.1 << 83.3
                                  << QStringList { "b1_backup", "b2_restore" }
                                  << QStringList { "basic>insufficient" };
}

void TestCliFormat2::scoresTheExample()
{
    QFETCH(QString, answers);
    QFETCH(QStringList, extra);
    const QJsonObject result = score(answers.toUtf8().constData(), extra);
    const QJsonObject status = result.value(QStringLiteral("status")).toObject();
    QVERIFY(!result.contains(QStringLiteral("risk_class"))); // a status is no risk class
    QTEST(status.value(QStringLiteral("band")).toString(), "band");
    QTEST(status.value(QStringLiteral("points_band")).toString(), "pointsBand");
    QTEST(status.value(QStringLiteral("points")).toDouble(), "points");
    QTEST(status.value(QStringLiteral("min")).toDouble(), "minimum");
    QTEST(status.value(QStringLiteral("max")).toDouble(), "maximum");
    QTEST(status.value(QStringLiteral("percent")).toDouble(), "percent");
    QTEST(result.value(QStringLiteral("overall")).toDouble(), "overall");
    QStringList lost;
    for (const QJsonValue& driver : status.value(QStringLiteral("drivers")).toArray())
        lost.append(driver.toObject().value(QStringLiteral("question")).toString());
    QTEST(lost, "lostMost");
    QStringList overrides;
    for (const QJsonValue& applied : status.value(QStringLiteral("overrides")).toArray())
        overrides.append(applied.toObject().value(QStringLiteral("from")).toString() + QLatin1Char('>')
            + applied.toObject().value(QStringLiteral("to")).toString());
    QTEST(overrides, "overrides");
    // One recommendation per unmet requirement, never for a met one.
    QStringList steps;
    for (const QJsonValue& step : result.value(QStringLiteral("next_steps")).toArray())
        steps.append(step.toObject().value(QStringLiteral("id")).toString());
    for (const QString& id : lost)
        QVERIFY2(steps.contains(id), qPrintable(id));
}

void TestCliFormat2::sectionScoresOfCaseA()
{
    const QJsonArray sections = score("mkb-gemengd.yaml").value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 6);
    const QList<std::tuple<const char*, double, const char*>> expected { { "governance", 50, "orange" },
        { "people", 100, "green" }, { "access", 100, "green" }, { "devices", 14.3, "red" },
        { "backup", 85.7, "green" }, { "incidents", 50, "orange" } };
    for (int i = 0; i < sections.size(); ++i) {
        const QJsonObject section = sections.at(i).toObject();
        const auto& [id, percent, light] = expected.at(i);
        QCOMPARE(section.value(QStringLiteral("id")).toString(), QLatin1String(id));
        QCOMPARE(section.value(QStringLiteral("score")).toDouble(), percent);
        QCOMPARE(section.value(QStringLiteral("light")).toString(), QLatin1String(light));
    }
    // The minimum shows only where options cost points.
    QCOMPARE(sections.at(3).toObject().value(QStringLiteral("min")).toDouble(), -3.0);
    QVERIFY(!sections.at(0).toObject().contains(QStringLiteral("min")));
}

void TestCliFormat2::textNamesTheStatusAndWhatLostPoints()
{
    const testutil::CliRun run = runCli({ QStringLiteral("score"), QStringLiteral("--dir"), dir,
        QStringLiteral("--answers"), dir + QStringLiteral("/answers/mkb-gemengd.yaml"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Status: Basics in place (8 points, from -9 to 17)")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Where you lost the most points:\n  - Updates are installed "
                                            "automatically: Not in place (-6)")));
    QVERIFY(!run.out.contains(QStringLiteral("class"), Qt::CaseInsensitive));
    QVERIFY(!run.out.contains(QStringLiteral("[In place]")));
}

void TestCliFormat2::describeShowsTheModels()
{
    const testutil::CliRun run = runCli({ QStringLiteral("describe"),
        dir + QStringLiteral("/mkb-voorbeeld.yaml"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.rawOut).object();
    QCOMPARE(object.value(QStringLiteral("format")).toInt(), 2);
    const QJsonArray models = object.value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("sections"));
    const QJsonObject points = models.at(1).toObject();
    QCOMPARE(points.value(QStringLiteral("type")).toString(), QStringLiteral("points"));
    QCOMPARE(points.value(QStringLiteral("counts")).toString(), QStringLiteral("answers"));
    QCOMPARE(points.value(QStringLiteral("bands")).toArray().size(), 3);
    const QJsonArray overrides = points.value(QStringLiteral("overrides")).toArray();
    QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("top_gap")).toBool(), true);
    QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("at_most")).toString(), QStringLiteral("basic"));

    // Format 1 files show the models their kind stands for.
    const testutil::CliRun risk = runCli({ QStringLiteral("describe"), QStringLiteral("risicoklasse"),
        QStringLiteral("--dir"), QStringLiteral(QUESTIONNAIRES_DIR) });
    const QJsonArray riskModels
        = QJsonDocument::fromJson(risk.rawOut).object().value(QStringLiteral("models")).toArray();
    QCOMPARE(riskModels.size(), 1);
    QCOMPARE(
        riskModels.at(0).toObject().value(QStringLiteral("counts")).toString(), QStringLiteral("exposure"));
}

void TestCliFormat2::validatePointsAtModelProblems()
{
    QFile example(dir + QStringLiteral("/mkb-voorbeeld.yaml"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray bytes = example.readAll();
    bytes.replace("min_points: -9", "min_points: -8");
    QTemporaryDir temporary;
    const QString path = temporary.filePath(QStringLiteral("broken.yaml"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(bytes);
    broken.close();
    const testutil::CliRun run = runCli({ QStringLiteral("validate"), path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(
                 path + QStringLiteral(":43:9: error: a points total from -9 to below -8 falls in no band"))
            || run.err.contains(
                path + QStringLiteral(":43:9: error: a points total from -9 to below -8 falls in no band")),
        qPrintable(run.out + run.err));
    const testutil::CliRun good = runCli({ QStringLiteral("validate"), QStringLiteral("--werror"),
        dir + QStringLiteral("/mkb-voorbeeld.yaml") });
    QCOMPARE(good.exitCode, 0);
}

void TestCliFormat2::exposureIsARiskClass()
{
    // blootstelling.yaml writes kind: risk_class's rules as a format 2 points model of exposure.
    const QJsonObject result = score("blootstelling-klein.yaml");
    QVERIFY(!result.contains(QStringLiteral("status")));
    const QJsonObject risk = result.value(QStringLiteral("risk_class")).toObject();
    QCOMPARE(risk.value(QStringLiteral("points")).toDouble(), 1.0);
    QCOMPARE(risk.value(QStringLiteral("points_class")).toInt(), 1);
    QCOMPARE(risk.value(QStringLiteral("class")).toInt(), 2);
    QCOMPARE(risk.value(QStringLiteral("drivers")).toArray().size(), 1); // staff: few added nothing
    QCOMPARE(risk.value(QStringLiteral("measures")).toArray().size(), 2); // cumulative
    QCOMPARE(result.value(QStringLiteral("sections")).toArray().size(), 0); // an intake has no score
}

QTEST_GUILESS_MAIN(TestCliFormat2)
#include "TestCliFormat2.moc"
