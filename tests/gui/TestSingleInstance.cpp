// SPDX-License-Identifier: GPL-3.0-or-later
// A second launch hands its file to the running Zelfscan (SingleInstance): the handshake, a hung
// or gone instance, broken requests, and the real binary launched twice.
#include "app/gui/SingleInstance.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsItsFilesOver();
    void launchWithoutFileOnlyAsksToShow();
    void unansweredRequestIsTakenBack();
    void lockOfAClosedInstanceCanBeClaimed();
    void brokenRequestsAreDroppedNotFollowed();
    void staleRequestsAreNotOpened();
    void realAppOpensTheFileOfASecondLaunch();

private:
    static void writeRequest(const QString& path, const QByteArray& data);
};

void TestSingleInstance::writeRequest(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

void TestSingleInstance::secondLaunchHandsItsFilesOver()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QVERIFY(running.claim());
    QVERIFY(running.isRunningInstance());
    QSignalSpy requested(&running, &SingleInstance::openRequested);

    SingleInstance second(dir.path());
    QVERIFY(!second.claim());
    // The second launch blocks while it waits, as the real one does; the running one answers
    // from its event loop.
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.path());
    auto handedOver = std::async(std::launch::async,
        [&second] { return second.handOff({ QStringLiteral("relative.zelfscan") }, 20000); });
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 20000);
    QVERIFY(handedOver.get());
    QDir::setCurrent(previous);
    // Made absolute: the running app has another working folder.
    QCOMPARE(requested.at(0).at(0).toStringList(),
        QStringList { dir.filePath(QStringLiteral("relative.zelfscan")) });
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("open-*") }, QDir::Files), QStringList());
}

void TestSingleInstance::launchWithoutFileOnlyAsksToShow()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QVERIFY(running.claim());
    QSignalSpy requested(&running, &SingleInstance::openRequested);
    SingleInstance second(dir.path());
    auto handedOver = std::async(std::launch::async, [&second] { return second.handOff({}, 20000); });
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 20000);
    QVERIFY(handedOver.get());
    QVERIFY(requested.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::unansweredRequestIsTakenBack()
{
    QTemporaryDir dir;
    SingleInstance running(dir.path());
    QVERIFY(running.claim());
    QSignalSpy requested(&running, &SingleInstance::openRequested);

    // The running instance cannot answer while this thread waits: it is "hung".
    SingleInstance second(dir.path());
    QVERIFY(!second.handOff({ QStringLiteral("/tmp/a.zelfscan") }, 300));
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("open-*") }, QDir::Files), QStringList());
    // Once it wakes up there is nothing left to open twice.
    QTest::qWait(300);
    QCOMPARE(requested.count(), 0);
}

void TestSingleInstance::lockOfAClosedInstanceCanBeClaimed()
{
    QTemporaryDir dir;
    {
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
    }
    SingleInstance next(dir.path());
    QVERIFY(next.claim());
    // A launch that cannot write its request (the folder is a file) says so instead of hanging.
    const QString notAFolder = dir.filePath(QStringLiteral("file"));
    writeRequest(notAFolder, "x");
    SingleInstance broken(notAFolder);
    QVERIFY(!broken.claim());
    QVERIFY(!broken.handOff({ QStringLiteral("/tmp/a.zelfscan") }, 100));
}

void TestSingleInstance::brokenRequestsAreDroppedNotFollowed()
{
    QTemporaryDir dir;
    writeRequest(dir.filePath(QStringLiteral("open-1.json")), "not json at all");
    writeRequest(dir.filePath(QStringLiteral("open-2.json")),
        R"({"format":"something-else","files":["/x/b.zelfscan"]})");
    writeRequest(
        dir.filePath(QStringLiteral("open-3.json")), QByteArray(SingleInstance::maxRequestBytes + 10, '['));
    writeRequest(dir.filePath(QStringLiteral("open-4.json")), QByteArray("\x00\xff\xfe{\x01", 5));
    writeRequest(
        dir.filePath(QStringLiteral("open-5.json")), R"({"format":"zelfscan-open","files":"/x/c.zelfscan"})");
    writeRequest(dir.filePath(QStringLiteral("open-6.json")), R"([1, 2, 3])");
    writeRequest(dir.filePath(QStringLiteral("open-7.json")),
        R"({"format":"zelfscan-open","files":[1, null, {"a": 1}, "", "/x/a.zelfscan"]})");

    SingleInstance running(dir.path());
    QSignalSpy requested(&running, &SingleInstance::openRequested);
    for (int i = 0; i < 6; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed request")));
    QVERIFY(running.claim());
    // Only the valid part of the one well-formed request; the oversized one is dropped unread.
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), QStringList { QStringLiteral("/x/a.zelfscan") });
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("open-*") }, QDir::Files), QStringList());
}

void TestSingleInstance::staleRequestsAreNotOpened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open-old.json"));
    writeRequest(path, R"({"format":"zelfscan-open","files":["/x/a.zelfscan"]})");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();

    SingleInstance running(dir.path());
    QSignalSpy requested(&running, &SingleInstance::openRequested);
    QVERIFY(running.claim());
    QCOMPARE(requested.count(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestSingleInstance::realAppOpensTheFileOfASecondLaunch()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
    QVERIFY(QFile::setPermissions(home.filePath(QStringLiteral("run")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // Not an option, so both launches stay "plain" ones that take part in the handover.
    environment.insert(
        QStringLiteral("ZELFSCAN_QUESTIONNAIRES"), QStringLiteral(TEST_DATA_DIR "/questionnaires"));
    const QString document = home.filePath(QStringLiteral("double-clicked.zelfscan"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan"), document));

    QProcess running;
    running.setProcessEnvironment(environment);
    running.start(QStringLiteral(APP_PATH), {});
    QVERIFY2(running.waitForStarted(), qPrintable(running.errorString()));
    const QString lock = home.filePath(QStringLiteral("run/" ZELFSCAN_APP_ID "/instance.lock"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 30000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.setWorkingDirectory(home.path());
    second.start(QStringLiteral(APP_PATH), { QStringLiteral("double-clicked.zelfscan") });
    // Without the handover this would be a second app that never exits by itself.
    QVERIFY2(second.waitForFinished(30000), "the second launch did not hand over and exit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(running.state(), QProcess::Running);

    // The running app opened it: it is now its most recent file.
    const QString settingsFile = home.filePath(QStringLiteral("config/Zelfscan/zelfscan.conf"));
    QTRY_VERIFY_WITH_TIMEOUT(QSettings(settingsFile, QSettings::IniFormat)
                                 .value(QStringLiteral("recentFiles"))
                                 .toStringList()
                                 .contains(document),
        30000);
    running.kill();
    running.waitForFinished();
}

QTEST_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
