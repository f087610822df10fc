// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/**
 * Zelfscan never talks to a network: no binary links Qt Network, and a full CLI cycle under
 * strace creates no socket at all.
 */
class TestNoNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void binariesDoNotLinkNetworkLibraries_data();
    void binariesDoNotLinkNetworkLibraries();
    void cliOpensNoSocket_data();
    void cliOpensNoSocket();

private:
    QTemporaryDir m_output;
};

static QString runTool(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    // LeakSanitizer cannot run under ptrace; the sanitizer build checks leaks in the other tests.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    // A desktop session sets XDG_RUNTIME_DIR. Without it (as on CI) Qt looks up the user's name to
    // make one, and glibc asks nscd over a local socket: no network, but it would hide a real one.
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

void TestNoNetwork::initTestCase()
{
    // A share file for the aggregate row, made outside strace so that row stands on its own.
    QDir().mkpath(m_output.filePath(QStringLiteral("shares")));
    int exitCode = -1;
    const QString output = runTool(QStringLiteral(CLI_PATH),
        { QStringLiteral("anonymise"), QStringLiteral("--answers"),
            QStringLiteral(TEST_DATA_DIR "/answers/basisscan-zzp.yaml"), QStringLiteral("--out"),
            m_output.filePath(QStringLiteral("shares/zzp.zelfshare")) },
        &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestNoNetwork::binariesDoNotLinkNetworkLibraries_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("zelfscan-cli") << QStringLiteral(CLI_PATH);
#ifdef APP_PATH
    QTest::newRow("zelfscan") << QStringLiteral(APP_PATH);
    QTest::newRow("zelfscan_extras") << QStringLiteral(EXTRAS_PATH); // the module the app loads
#endif
}

void TestNoNetwork::binariesDoNotLinkNetworkLibraries()
{
    QFETCH(QString, binary);
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    QVERIFY2(!ldd.isEmpty(), "ldd is needed (Debian package libc-bin)");
    int exitCode = -1;
    const QString libraries = runTool(ldd, { binary }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
    for (const char* forbidden : { "libQt6Network", "libcurl", "libssl", "libgnutls", "libQt6WebEngine" })
        QVERIFY2(!libraries.contains(QLatin1String(forbidden)),
            qPrintable(QStringLiteral("%1 links %2").arg(binary, QLatin1String(forbidden))));
}

void TestNoNetwork::cliOpensNoSocket_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString fixtures = QStringLiteral(TEST_DATA_DIR "/questionnaires");
    QTest::newRow("validate") << QStringList { QStringLiteral("validate"), QStringLiteral("--werror"),
        fixtures };
    QTest::newRow("list") << QStringList { QStringLiteral("list"), QStringLiteral("--dir"), fixtures };
    QTest::newRow("describe") << QStringList { QStringLiteral("describe"),
        fixtures + QStringLiteral("/every-feature.yaml") };
    QTest::newRow("score") << QStringList { QStringLiteral("score"), QStringLiteral("--dir"), fixtures,
        QStringLiteral("--answers"), QStringLiteral(TEST_DATA_DIR "/fixture-answers/every-mixed.yaml"),
        QStringLiteral("--format"), QStringLiteral("json") };

    // The whole cycle with the bundled content: score, report, share, aggregate.
    const QString answers = QStringLiteral(TEST_DATA_DIR "/answers/basisscan-12.yaml");
    const QString out = m_output.path();
    QTest::newRow("report") << QStringList { QStringLiteral("report"), QStringLiteral("--answers"), answers,
        QStringLiteral("--out"), out + QStringLiteral("/report.pdf") };
    QTest::newRow("anonymise") << QStringList { QStringLiteral("anonymise"), QStringLiteral("--answers"),
        answers, QStringLiteral("--out"), out + QStringLiteral("/mine.zelfshare") };
    QTest::newRow("aggregate") << QStringList { QStringLiteral("aggregate"), QStringLiteral("--db"),
        out + QStringLiteral("/store.sqlite"), QStringLiteral("--out"),
        out + QStringLiteral("/aggregates.json"), out + QStringLiteral("/shares") };
    // Vulnerability alerts: advisories come as files and are matched here; nothing is fetched.
    const QString csaf = QStringLiteral(TEST_DATA_DIR "/csaf");
    QTest::newRow("advisories import")
        << QStringList { QStringLiteral("advisories"), QStringLiteral("import"), QStringLiteral("--db"),
               out + QStringLiteral("/advisories.sqlite"), csaf + QStringLiteral("/provider") };
    QTest::newRow("advisories match")
        << QStringList { QStringLiteral("advisories"), QStringLiteral("match"), QStringLiteral("--inventory"),
               csaf + QStringLiteral("/inventory.yaml"), csaf + QStringLiteral("/provider") };
}

void TestNoNetwork::cliOpensNoSocket()
{
    QFETCH(QStringList, arguments);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    QVERIFY2(
        !strace.isEmpty(), "strace is needed (Debian package strace; scripts/setup-debian.sh installs it)");
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("strace.log"));
    int exitCode = -1;
    runTool(strace,
        QStringList { QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=network"),
            QStringLiteral("-o"), log, QStringLiteral(CLI_PATH) }
            + arguments,
        &exitCode);
    QCOMPARE(exitCode, 0);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString trace = QString::fromUtf8(file.readAll());
    QVERIFY2(trace.contains(QStringLiteral("+++ exited with 0 +++")),
        qPrintable(trace)); // strace really traced the run
    for (const char* call : { "socket(", "connect(", "bind(", "sendto(", "socketpair(" })
        QVERIFY2(!trace.contains(QLatin1String(call)), qPrintable(trace));
}

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "TestNoNetwork.moc"
