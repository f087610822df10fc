// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

/** The desktop app's command line: a mistyped option is said and refused, not ignored. */
class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatTheQuestionnairesDoNotOffer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown tool") << QStringList { QStringLiteral("--tool"), QStringLiteral("basisscna") }
                                      << QStringLiteral("unknown tool 'basisscna'; the questionnaires are: "
                                                        "basisscan, procesautomatisering, risicoklasse");
        QTest::newRow("unknown language") << QStringList { QStringLiteral("--lang"), QStringLiteral("xx") }
                                          << QStringLiteral("--lang must be nl, en");
        QTest::newRow("not a language") << QStringList { QStringLiteral("--lang"), QStringLiteral("Dutch") }
                                        << QStringLiteral("--lang must be nl, en");
        QTest::newRow("unknown page") << QStringList { QStringLiteral("--tool"), QStringLiteral("basisscan"),
            QStringLiteral("--page"), QStringLiteral("end") }
                                      << QStringLiteral("unknown page 'end'");
    }
    void refusesWhatTheQuestionnairesDoNotOffer()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Nothing of the developer's own settings, data or cache is read or written.
        for (const char* variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
            environment.insert(QLatin1String(variable), home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(APP_PATH), arguments);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 2);
        const QString error = QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("zelfscan: ") + said), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "TestAppOptions.moc"
