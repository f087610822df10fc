// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/util/CliRunner.h"
#include "tests/util/Files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

/**
 * Every CLI command and every option that reads or writes a file, fed bad input: each must fail
 * with exit code 1 and a message naming the file, claim no success, and leave every file that
 * was there before exactly as it was.
 */
class TestCliBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesBadInput_data();
    void refusesBadInput();
};

namespace {

const QString fixtures = QStringLiteral(TEST_DATA_DIR "/questionnaires");
/** Complete answers to the risk-class fixture: what anonymise and score --basisscan need. */
const QString goodAnswers = QStringLiteral(TEST_DATA_DIR "/fixture-answers/risk-basic.yaml");
const QString goodAssessment = QStringLiteral(TEST_DATA_DIR "/share/planted.zelfscan");
const QString goodInventory = QStringLiteral(TEST_DATA_DIR "/csaf/inventory.yaml");
const QString goodAdvisory = QStringLiteral(TEST_DATA_DIR "/csaf/provider/2024/exa-2024-0002.json");
const QByteArray previousOutput = "an earlier export that must survive\n";
/** Unprivileged user and group for the rows that root's permissions would make meaningless. */
constexpr uid_t nobody = 65534;
constexpr gid_t nogroup = 65534;

using Run = testutil::CliRun;

Run runCli(const QStringList& arguments, bool unprivileged)
{
    testutil::CliOptions options;
    if (unprivileged) {
        options.childSetup = [] {
            // In the child, before exec: only async-signal-safe calls.
            if (::setgroups(0, nullptr) != 0 || ::setgid(nogroup) != 0 || ::setuid(nobody) != 0)
                ::_exit(125);
        };
    }
    return testutil::runCli(arguments, options);
}

using testutil::readFile;
using testutil::writeFile;

/**
 * What is in @p root, without following links: every entry's type, and every file's SHA-256 (or
 * its size and time when it cannot be read), so any change to a file or a device shows up.
 */
QMap<QString, QString> snapshot(const QString& root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
            entries.insert(path, QStringLiteral("gone"));
            continue;
        }
        QString what;
        if (S_ISLNK(info.st_mode))
            what = QStringLiteral("link to ") + QFileInfo(path).symLinkTarget();
        else if (S_ISDIR(info.st_mode))
            what = QStringLiteral("folder");
        else if (S_ISCHR(info.st_mode))
            what = QStringLiteral("character device %1,%2").arg(major(info.st_rdev)).arg(minor(info.st_rdev));
        else if (!S_ISREG(info.st_mode))
            what = QStringLiteral("special file");
        else if (QFile file(path); file.open(QIODevice::ReadOnly))
            what = QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        else
            what = QStringLiteral("unreadable file of %1 bytes, modified %2")
                       .arg(info.st_size)
                       .arg(info.st_mtim.tv_sec);
        entries.insert(path, what + QStringLiteral(", mode %1").arg(info.st_mode & 07777, 0, 8));
    }
    return entries;
}

/** The kind of file a command reads at {FILE}. */
enum class Kind { Questionnaire, Answers, Assessment, Share, Database, Inventory, Advisory };

QString extension(Kind kind)
{
    switch (kind) {
    case Kind::Questionnaire:
    case Kind::Answers:
        return QStringLiteral(".yaml");
    case Kind::Assessment:
        return QStringLiteral(".zelfscan");
    case Kind::Share:
        return QStringLiteral(".zelfshare");
    case Kind::Database:
        return QStringLiteral(".sqlite");
    case Kind::Inventory:
        return QStringLiteral(".yaml");
    case Kind::Advisory:
        return QStringLiteral(".json");
    }
    return {};
}

/** A realistic, readable file of the kind: the base for the encoding rows. */
QByteArray goodText(Kind kind)
{
    switch (kind) {
    case Kind::Questionnaire:
        return readFile(fixtures + QStringLiteral("/every-feature.yaml"));
    case Kind::Answers:
        return readFile(goodAnswers);
    case Kind::Assessment:
        return readFile(goodAssessment);
    case Kind::Share:
    case Kind::Database:
        return QByteArrayLiteral("{\"format\": \"zelfscan-share\", \"schema_version\": 1}\n");
    case Kind::Inventory:
        return readFile(goodInventory);
    case Kind::Advisory:
        return readFile(goodAdvisory);
    }
    return {};
}

/** Huge numbers where the kind has numbers. */
QByteArray hugeNumbers(Kind kind)
{
    QByteArray text = goodText(kind);
    switch (kind) {
    case Kind::Questionnaire:
        text.replace("weight: 2", "weight: 1e400");
        text.replace("max: 100000", "max: 99999999999999999999");
        return text;
    case Kind::Answers:
        return QByteArrayLiteral("questionnaire: every_feature\nanswers:\n  backup: partly\n"
                                 "  staff_count: 99999999999999999999\n  mfa_mail: 1e400\n");
    case Kind::Assessment:
        text.replace("\"staff_count\": 12", "\"staff_count\": 1e400");
        text.replace("\"format_version\": 1", "\"format_version\": 99999999999999999999");
        return text;
    case Kind::Share:
    case Kind::Database:
        return QByteArrayLiteral(
            "{\"checksum\": \"0000000000000000000000000000000000000000000000000000000000000000\", "
            "\"format\": \"zelfscan-share\", \"level\": null, \"overall\": 1e400, "
            "\"period\": {\"quarter\": 99999999999999999999, \"year\": -1e400}, "
            "\"profile\": {\"sector\": \"ict\", \"size\": \"1\"}, \"questionnaire\": {\"hash\": "
            "\"eed18734e28e61becff052de140b1ce944cd7443d4999955fa6bb93d1aeda494\", \"id\": "
            "\"every_feature\", "
            "\"version\": \"1.0\"}, \"risk_class\": 99999999999999999999, \"schema_version\": 1, "
            "\"section_scores\": {\"basics\": 1e308}, \"share_id\": "
            "\"6f1c2a8e-0b4d-4c55-9a77-3e2f1d0c9b8a\", "
            "\"steps\": {\"done\": [], \"open\": []}, \"tool\": \"scan\"}\n");
    case Kind::Inventory:
        return text; // an inventory has no numbers; the row is left out
    case Kind::Advisory:
        text.replace("\"baseScore\": 8.1", "\"baseScore\": 1e400");
        return text;
    }
    return text;
}

/** Ids with spaces, a path, an emoji and control characters. */
QByteArray oddIds(Kind kind)
{
    QByteArray text = goodText(kind);
    switch (kind) {
    case Kind::Questionnaire:
        text.replace(
            "id: every_feature", "id: \"../../etc/every feature \\u0001\\u001b[31m \xF0\x9F\x98\x80\"");
        text.replace("id: basics", "id: \"bas ics/../\\t\"");
        return text;
    case Kind::Answers:
        return QByteArrayLiteral("questionnaire: \"../../etc/passwd \\u0001\\u001b[2J \xF0\x9F\x98\x80\"\n"
                                 "answers:\n  \"back up/../\\u0007\": \"y\xF0\x9F\x98\x80s\"\n");
    case Kind::Assessment:
        text.replace(
            "\"id\": \"every_feature\"", "\"id\": \"../every feature \\u0001\\u001b[2J \xF0\x9F\x98\x80\"");
        text.replace("\"backup\": \"partly\"", "\"back up/..\\u0007\": \"partly\"");
        return text;
    case Kind::Share:
    case Kind::Database:
        return QByteArrayLiteral(
            "{\"format\": \"zelfscan-share\", \"schema_version\": 1, \"checksum\": \"x\", "
            "\"questionnaire\": {\"id\": \"../every feature \\u0001 \xF0\x9F\x98\x80\"}, "
            "\"share_id\": \"../../\\u0000\"}\n");
    case Kind::Inventory:
        return QByteArrayLiteral("assets:\n  - id: \"../../etc/passwd \\u0001\\u001b[2J \xF0\x9F\x98\x80\"\n"
                                 "    product: \"x\\u0007\"\n");
    case Kind::Advisory:
        // The definition renamed, so that every use is of an id never defined.
        text.replace("\"product_id\": \"DSM-AFFECTED\"",
            "\"product_id\": \"../DSM \\u0001\\u001b[2J \xF0\x9F\x98\x80\"");
        return text;
    }
    return text;
}

QByteArray utf16(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes;
}

QByteArray latin1(Kind kind)
{
    QByteArray text = goodText(kind);
    // 0xE9 is "é" in Latin-1 and never valid UTF-8 on its own.
    switch (kind) {
    case Kind::Questionnaire:
        text.replace("title: {nl: Alle functies", "title: {nl: Alle functies caf\xE9");
        return text;
    case Kind::Answers:
        return text + QByteArrayLiteral("organisation: Caf\xE9 de Zon\n");
    case Kind::Assessment:
        text.replace("\"organisation\": \"", "\"organisation\": \"Caf\xE9 ");
        return text;
    case Kind::Share:
    case Kind::Database:
        return QByteArrayLiteral("{\"format\": \"zelfscan-share\", \"level\": \"caf\xE9\"}\n");
    case Kind::Inventory:
        return text + QByteArrayLiteral("  - id: cafe\n    product: Caf\xE9\n");
    case Kind::Advisory:
        text.replace("\"title\": \"DiskStation", "\"title\": \"Caf\xE9 DiskStation");
        return text;
    }
    return text;
}

QByteArray binaryJunk()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 151 + 7) % 256));
    return bytes;
}

/** One command with {FILE} where the bad input goes and {OUT} where it writes, if it writes. */
struct Command
{
    const char* name;
    QStringList arguments;
    Kind kind;
    QString outExtension; ///< empty: writes no file
};

QList<Command> commands()
{
    return {
        { "validate", { "validate", "{FILE}" }, Kind::Questionnaire, {} },
        { "describe", { "describe", "{FILE}" }, Kind::Questionnaire, {} },
        { "score --answers", { "score", "--dir", fixtures, "--answers", "{FILE}" }, Kind::Answers, {} },
        { "score --basisscan",
            { "score", "--dir", fixtures, "--answers", goodAnswers, "--basisscan", "{FILE}" }, Kind::Answers,
            {} },
        { "report --answers", { "report", "--dir", fixtures, "--answers", "{FILE}", "--out", "{OUT}" },
            Kind::Answers, QStringLiteral(".html") },
        { "report --assessment", { "report", "--dir", fixtures, "--assessment", "{FILE}", "--out", "{OUT}" },
            Kind::Assessment, QStringLiteral(".html") },
        // The workbook is made in a temporary folder first: the target must still stay untouched.
        { "report --answers (xlsx)", { "report", "--dir", fixtures, "--answers", "{FILE}", "--out", "{OUT}" },
            Kind::Answers, QStringLiteral(".xlsx") },
        { "report --answers (odt)", { "report", "--dir", fixtures, "--answers", "{FILE}", "--out", "{OUT}" },
            Kind::Answers, QStringLiteral(".odt") },
        { "anonymise --answers", { "anonymise", "--dir", fixtures, "--answers", "{FILE}", "--out", "{OUT}" },
            Kind::Answers, QStringLiteral(".zelfshare") },
        { "anonymise --assessment",
            { "anonymise", "--dir", fixtures, "--assessment", "{FILE}", "--out", "{OUT}" }, Kind::Assessment,
            QStringLiteral(".zelfshare") },
        { "aggregate", { "aggregate", "--out", "{OUT}", "{FILE}" }, Kind::Share, QStringLiteral(".json") },
        { "aggregate (xlsx)", { "aggregate", "--out", "{OUT}", "{FILE}" }, Kind::Share,
            QStringLiteral(".xlsx") },
        { "aggregate (csv)", { "aggregate", "--out", "{OUT}", "{FILE}" }, Kind::Share,
            QStringLiteral(".csv") },
        { "aggregate --db", { "aggregate", "--db", "{FILE}", "--out", "{OUT}", "{SHARE}" }, Kind::Database,
            QStringLiteral(".json") },
        { "advisories match --inventory", { "advisories", "match", "--inventory", "{FILE}", goodAdvisory },
            Kind::Inventory, {} },
        { "advisories match --db", { "advisories", "match", "--inventory", goodInventory, "--db", "{FILE}" },
            Kind::Database, {} },
        { "advisories import", { "advisories", "import", "--db", "{STORE}", "{FILE}" }, Kind::Advisory, {} },
        { "advisories import --db", { "advisories", "import", "--db", "{FILE}", goodAdvisory },
            Kind::Database, {} },
    };
}

QString goodInput(Kind kind, const QString& goodShare)
{
    switch (kind) {
    case Kind::Answers:
        return goodAnswers;
    case Kind::Assessment:
        return goodAssessment;
    case Kind::Share:
        return goodShare;
    case Kind::Inventory:
        return goodInventory;
    case Kind::Advisory:
        return goodAdvisory;
    case Kind::Questionnaire:
    case Kind::Database:
        break;
    }
    return {};
}

QString m_goodShare;
QTemporaryDir* m_shared = nullptr;
bool m_canDropPrivileges = false;

} // namespace

void TestCliBadInput::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(CLI_PATH)));
    m_shared = new QTemporaryDir;
    QVERIFY(m_shared->isValid());
    m_goodShare = m_shared->filePath(QStringLiteral("good.zelfshare"));
    const Run made
        = runCli({ QStringLiteral("anonymise"), QStringLiteral("--dir"), fixtures,
                     QStringLiteral("--assessment"), goodAssessment, QStringLiteral("--out"), m_goodShare },
            false);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    // As root the permission rows run the CLI as nobody; that needs the CLI and the fixtures
    // to be readable for nobody.
    QVERIFY(QFile::setPermissions(m_shared->path(), QFile::permissions(m_shared->path()) | QFile::ExeOther));
    if (::geteuid() == 0)
        m_canDropPrivileges = runCli({ QStringLiteral("--version") }, true).exitCode == 0;
}

void TestCliBadInput::cleanupTestCase()
{
    // The shared folder lives for the whole run; removing it here keeps /tmp clean.
    delete m_shared;
    m_shared = nullptr;
}

void TestCliBadInput::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("outExtension");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<int>("expectedExit");

    const QStringList inputs = { QStringLiteral("empty file"), QStringLiteral("binary junk"),
        QStringLiteral("UTF-16 with BOM"), QStringLiteral("Latin-1"), QStringLiteral("huge numbers"),
        QStringLiteral("negative weights"), QStringLiteral("odd ids"), QStringLiteral("missing path"),
        QStringLiteral("directory"), QStringLiteral("unreadable") };
    const QStringList outputs = { QStringLiteral("out: read-only folder"),
        QStringLiteral("out: existing folder"), QStringLiteral("out: full disk") };
    for (const Command& command : commands()) {
        QStringList bads = inputs;
        // A questionnaire has weights; other files have none.
        if (command.kind != Kind::Questionnaire)
            bads.removeAll(QStringLiteral("negative weights"));
        // A database has no numbers of its own that a text file could make huge.
        if (command.kind == Kind::Database || command.kind == Kind::Inventory)
            bads.removeAll(QStringLiteral("huge numbers"));
        if (!command.outExtension.isEmpty())
            bads += outputs;
        for (const QString& bad : bads) {
            // SQLite and the staff window's "open or create" dialog take an existing empty file
            // as a new database (some native save dialogs create the file first): not an error.
            const int expectedExit
                = command.kind == Kind::Database && bad == QLatin1String("empty file") ? 0 : 1;
            QTest::addRow("%s: %s", command.name, qPrintable(bad))
                << command.arguments << int(command.kind) << command.outExtension << bad << expectedExit;
        }
    }
}

void TestCliBadInput::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(QString, outExtension);
    QFETCH(QString, bad);
    QFETCH(int, expectedExit);
    const Kind fileKind = Kind(kind);
    const bool isRoot = ::geteuid() == 0;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(
        dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ReadOther));
    const QString ext = extension(fileKind);

    // Every file the command may touch lives in dir, so that one snapshot covers them all.
    QString file = dir.filePath(QStringLiteral("input") + ext);
    QString out = outExtension.isEmpty() ? QString() : dir.filePath(QStringLiteral("out") + outExtension);
    QString named = file; // what the message has to name
    bool unprivileged = false;
    QString lockedFolder;
    // The store a good import fills: outside dir, since writing it is the command's job.
    QTemporaryDir storeDir;
    QVERIFY(storeDir.isValid());
    QVERIFY(QFile::setPermissions(storeDir.path(),
        QFile::permissions(storeDir.path()) | QFile::ExeOther | QFile::WriteOther | QFile::ReadOther));

    if (bad.startsWith(QLatin1String("out: "))) {
        // A good input: only the output is wrong.
        if (fileKind == Kind::Database) {
            file = storeDir.filePath(QStringLiteral("shares.sqlite"));
        } else {
            QVERIFY(QFile::copy(goodInput(fileKind, m_goodShare), file));
        }
        if (bad == QLatin1String("out: read-only folder")) {
            if (isRoot && !m_canDropPrivileges)
                QSKIP("as root a read-only folder stops nothing, and the CLI cannot run as nobody here");
            unprivileged = isRoot;
            lockedFolder = dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(lockedFolder));
            out = lockedFolder + QStringLiteral("/out") + outExtension;
            QVERIFY(writeFile(out, previousOutput));
            QVERIFY(QFile::setPermissions(lockedFolder,
                QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::ExeOther));
        } else if (bad == QLatin1String("out: existing folder")) {
            QVERIFY(QDir().mkpath(out));
            QVERIFY(writeFile(out + QStringLiteral("/kept.txt"), previousOutput));
        } else {
            // A private /dev/full (same device numbers): were the CLI to replace the node instead
            // of writing to it, only this copy would be lost, and the snapshot would show it.
            out = dir.filePath(QStringLiteral("full") + outExtension);
            if (::mknod(QFile::encodeName(out).constData(), S_IFCHR | 0666, ::makedev(1, 7)) != 0) {
                if (isRoot)
                    QSKIP("cannot make a private /dev/full node; not risking the real one as root");
                // Without privileges, /dev cannot be written, so the real device is safe.
                QVERIFY(QFile::link(QStringLiteral("/dev/full"), out));
            }
        }
        named = out;
    } else {
        if (!out.isEmpty())
            QVERIFY(writeFile(out, previousOutput));
        if (bad == QLatin1String("empty file")) {
            QVERIFY(writeFile(file, {}));
        } else if (bad == QLatin1String("binary junk")) {
            QVERIFY(writeFile(file, binaryJunk()));
        } else if (bad == QLatin1String("UTF-16 with BOM")) {
            QVERIFY(writeFile(file, utf16(goodText(fileKind))));
        } else if (bad == QLatin1String("Latin-1")) {
            QVERIFY(writeFile(file, latin1(fileKind)));
        } else if (bad == QLatin1String("huge numbers")) {
            QVERIFY(writeFile(file, hugeNumbers(fileKind)));
        } else if (bad == QLatin1String("negative weights")) {
            QByteArray text = goodText(fileKind);
            QVERIFY(text.contains("weight: 2"));
            text.replace("weight: 2", "weight: -2");
            text.replace("top_weight: 3", "top_weight: -3");
            QVERIFY(writeFile(file, text));
        } else if (bad == QLatin1String("odd ids")) {
            QVERIFY(writeFile(file, oddIds(fileKind)));
        } else if (bad == QLatin1String("missing path")) {
            file = dir.filePath(QStringLiteral("no-such-folder/input") + ext);
        } else if (bad == QLatin1String("directory")) {
            file = dir.filePath(QStringLiteral("folder") + ext);
            QVERIFY(QDir().mkpath(file));
        } else if (bad == QLatin1String("unreadable")) {
            if (isRoot && !m_canDropPrivileges)
                QSKIP("as root file permissions stop nothing, and the CLI cannot run as nobody here");
            unprivileged = isRoot;
            QVERIFY(writeFile(file,
                goodInput(fileKind, m_goodShare).isEmpty() ? goodText(fileKind)
                                                           : readFile(goodInput(fileKind, m_goodShare))));
            QVERIFY(QFile::setPermissions(file, {}));
            if (!out.isEmpty()) {
                // Writable for nobody too, so that only the input's permissions can stop the command.
                QVERIFY(
                    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::WriteOther));
                QVERIFY(QFile::setPermissions(out, QFile::permissions(out) | QFile::WriteOther));
            }
        }
        named = file;
    }

    QStringList args;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("{FILE}"))
            args << file;
        else if (argument == QLatin1String("{OUT}"))
            args << out;
        else if (argument == QLatin1String("{SHARE}"))
            args << m_goodShare;
        else if (argument == QLatin1String("{STORE}"))
            args << storeDir.filePath(QStringLiteral("advisories.sqlite"));
        else
            args << argument;
    }

    const QMap<QString, QString> before = snapshot(dir.path());
    const QByteArray shareBefore = readFile(m_goodShare);
    const Run r = runCli(args, unprivileged);
    const QMap<QString, QString> after = snapshot(dir.path());
    if (!lockedFolder.isEmpty()) // so that the folder can be removed
        QFile::setPermissions(lockedFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString context = QStringLiteral("zelfscan-cli %1\nexit %2\nstdout: %3\nstderr: %4")
                                .arg(args.join(QLatin1Char(' ')))
                                .arg(r.exitCode)
                                .arg(r.out, r.err);
    QVERIFY2(!r.crashed, qPrintable(context));
    QVERIFY2(r.exitCode != 125 || !unprivileged, "could not run the CLI as nobody");
    QVERIFY2(r.exitCode == expectedExit, qPrintable(context));
    for (const char* sign : { "Segmentation", "ASSERT", "Sanitizer", "runtime error", "terminate called" })
        QVERIFY2(!r.err.contains(QLatin1String(sign)), qPrintable(context));
    if (expectedExit != 0) {
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(context));
        QVERIFY2(r.err.contains(QFileInfo(named).fileName()), qPrintable(context));
        QVERIFY2(!r.out.contains(QLatin1String("wrote")) && !r.out.startsWith(QLatin1String("OK")),
            qPrintable(context));
        QCOMPARE(after, before);
    }
    QCOMPARE(readFile(m_goodShare), shareBefore);
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "TestCliBadInput.moc"
