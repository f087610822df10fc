// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/InputGuard.h"
#include "tests/util/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace zelfscan;

/**
 * The checks every reader runs on raw bytes before a parser sees them: size, encoding, binary
 * content and nesting depth, each refused with a reason a user can act on.
 */
class TestInputGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkTextInput_data();
    void checkTextInput();
    void readInputFileReadsAtMostOneByteMore();
    void readInputFileNamesTheProblem();
};

void TestInputGuard::checkTextInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QString>("reason"); // empty: may be parsed
    QTest::newRow("yaml") << QByteArray("format: 1\nanswers:\n  backup: yes\n  list: [a, b]\n") << 64
                          << QString();
    QTest::newRow("utf-8 text") << QByteArray("naam: Bakkerij Één\n") << 64 << QString();
    QTest::newRow("empty") << QByteArray() << 64 << QString();
    QTest::newRow("exactly the limit") << QByteArray(1024, 'a') << 64 << QString();
    QTest::newRow("one byte over") << QByteArray(1025, 'a') << 64
                                   << QStringLiteral("file is larger than 1 KiB; refusing to read it");
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFEn\0a\0", 6) << 64
                               << QStringLiteral("file is UTF-16 encoded; save it as UTF-8");
    QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0n\0a", 6) << 64
                               << QStringLiteral("file is UTF-16 encoded; save it as UTF-8");
    QTest::newRow("nul byte") << QByteArray("a: b\0c", 6) << 64
                              << QStringLiteral("file contains NUL bytes; it is binary, not text");
    QTest::newRow("latin-1")
        << QByteArray("naam: caf\xE9\n") << 64
        << QStringLiteral("file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8");
    QTest::newRow("flow at the limit") << (QByteArray(8, '[') + QByteArray(8, ']')) << 8 << QString();
    QTest::newRow("flow too deep") << (QByteArray(9, '[') + QByteArray(9, ']')) << 8
                                   << QStringLiteral("nesting is deeper than 8 levels; refusing to parse");
    // Closing brackets never make the depth negative, so they buy no extra room.
    QTest::newRow("closers first") << (QByteArray(5, ']') + QByteArray(9, '[')) << 8
                                   << QStringLiteral("nesting is deeper than 8 levels; refusing to parse");
    QTest::newRow("indent at the limit") << (QByteArray(32, ' ') + "a: b\n") << 8 << QString();
    QTest::newRow("indent too deep") << (QByteArray(33, ' ')
        + "a: b\n") << 8 << QStringLiteral("indentation is deeper than 8 levels; refusing to parse");
    QTest::newRow("list dashes count")
        << (QByteArray(33, '-') + "a\n") << 8
        << QStringLiteral("indentation is deeper than 8 levels; refusing to parse");
}

void TestInputGuard::checkTextInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxDepth);
    QFETCH(QString, reason);
    QCOMPARE(zelfscan::checkTextInput(bytes, 1024, maxDepth), reason);
}

void TestInputGuard::readInputFileReadsAtMostOneByteMore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QVERIFY(testutil::writeFile(path, QByteArray(5000, 'x')));
    QString error;
    // One byte more than allowed: enough for checkTextInput() to say it is too big.
    const QByteArray bytes = readInputFile(path, 100, &error);
    QCOMPARE(error, QString());
    QCOMPARE(bytes.size(), 101);
    QVERIFY(!zelfscan::checkTextInput(bytes, 100).isEmpty());
    QCOMPARE(readInputFile(path, 10000, &error).size(), 5000);
}

void TestInputGuard::readInputFileNamesTheProblem()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(readInputFile(dir.filePath(QStringLiteral("missing.yaml")), 100, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("no such file"));
    error.clear();
    QVERIFY(readInputFile(dir.path(), 100, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("is a directory, not a file"));
    error.clear();
    QVERIFY(readInputFile(dir.path(), 100, &error, Language::dutch()).isEmpty());
    QCOMPARE(error, QStringLiteral("is een map, geen bestand"));
    if (::geteuid() != 0) {
        const QString locked = dir.filePath(QStringLiteral("locked.yaml"));
        QFile file(locked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFile::WriteOwner));
        error.clear();
        QVERIFY(readInputFile(locked, 100, &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("cannot open: ")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestInputGuard)
#include "TestInputGuard.moc"
