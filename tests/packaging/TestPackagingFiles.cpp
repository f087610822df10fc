// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration files agree with each other and with the build: one app id, one
// version, the file types the desktop entry claims, icons of the sizes their folders promise,
// screenshots small enough for software centres. desktop-file-validate and appstreamcli check
// the formats themselves (scripts/check-packaging.sh).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString source = QStringLiteral(SOURCE_DIR);
const QString appId = QStringLiteral(ZELFSCAN_APP_ID);

QString read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/** The keys of the [Desktop Entry] group. */
QHash<QString, QString> desktopEntry(const QString& path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QString& line : read(path).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.contains(QLatin1Char('=')))
            keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return keys;
}

/** Each mime type in a shared-mime-info file with its glob patterns. */
QMap<QString, QStringList> mimeTypes(const QString& path)
{
    QMap<QString, QStringList> types;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return types;
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("mime-type")) {
            current = xml.attributes().value(QLatin1String("type")).toString();
            types.insert(current, {});
        } else if (xml.name() == QLatin1String("glob")) {
            types[current].append(xml.attributes().value(QLatin1String("pattern")).toString());
        }
    }
    if (xml.hasError())
        return {};
    return types;
}

} // namespace

class TestPackagingFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryNamesTheAppAndItsFileTypes();
    void metainfoMatchesIdVersionAndScreenshots();
    void iconsHaveTheirSizes();
    void manPagesCoverEveryCommand();
    void debianChangelogIsForThisVersion();
};

void TestPackagingFiles::desktopEntryNamesTheAppAndItsFileTypes()
{
    const QString path = source + QStringLiteral("/packaging/linux/") + appId + QStringLiteral(".desktop");
    const QHash<QString, QString> entry = desktopEntry(path);
    QVERIFY2(!entry.isEmpty(), qPrintable(path));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("zelfscan %f"));
    QCOMPARE(entry.value(QStringLiteral("Categories")), QStringLiteral("System;Security;Qt;"));
    for (const char* key : { "Name", "GenericName", "Comment", "Keywords" }) {
        QVERIFY2(!entry.value(QLatin1String(key)).isEmpty(), key);
        QVERIFY2(!entry.value(QLatin1String(key) + QStringLiteral("[nl]")).isEmpty(), key);
    }

    const QMap<QString, QStringList> types
        = mimeTypes(source + QStringLiteral("/packaging/linux/") + appId + QStringLiteral(".mime.xml"));
    QCOMPARE(
        types.value(QStringLiteral("application/x-zelfscan")), QStringList { QStringLiteral("*.zelfscan") });
    QCOMPARE(types.value(QStringLiteral("application/x-zelfshare")),
        QStringList { QStringLiteral("*.zelfshare") });
    // Every type the app claims to open is one the package defines (or the desktop would
    // associate it with nothing).
    const QStringList claimed
        = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(claimed, QStringList { QStringLiteral("application/x-zelfscan") });
    for (const QString& type : claimed)
        QVERIFY2(types.contains(type), qPrintable(type));
}

void TestPackagingFiles::metainfoMatchesIdVersionAndScreenshots()
{
    QFile file(source + QStringLiteral("/packaging/linux/") + appId + QStringLiteral(".metainfo.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QStringList releases;
    QStringList images;
    QStringList summaryLanguages;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("release"))
            releases.append(xml.attributes().value(QLatin1String("version")).toString());
        else if (name == QLatin1String("image"))
            images.append(xml.readElementText());
        else if (name == QLatin1String("summary"))
            summaryLanguages.append(xml.attributes().value(QLatin1String("xml:lang")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    QVERIFY(summaryLanguages.contains(QString()));
    QVERIFY(summaryLanguages.contains(QStringLiteral("nl")));
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(PROJECT_VERSION));

    // Screenshots are published from the repository: each must be there, a real PNG, and small.
    QVERIFY(!images.isEmpty());
    for (const QString& url : std::as_const(images)) {
        const QString local
            = source + QStringLiteral("/packaging/screenshots/") + url.section(QLatin1Char('/'), -1);
        QVERIFY2(url.contains(QStringLiteral("/packaging/screenshots/")), qPrintable(url));
        const QFileInfo info(local);
        QVERIFY2(info.isFile(), qPrintable(local));
        QVERIFY2(info.size() < 300 * 1024, qPrintable(local));
        QVERIFY2(!QImage(local).isNull(), qPrintable(local));
    }
}

void TestPackagingFiles::iconsHaveTheirSizes()
{
    for (const int size : { 48, 128, 256 }) {
        const QImage icon(source + QStringLiteral("/resources/icons/zelfscan-%1.png").arg(size));
        QCOMPARE(icon.size(), QSize(size, size));
    }
    QFile svg(source + QStringLiteral("/resources/icons/zelfscan.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) { }
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
}

void TestPackagingFiles::manPagesCoverEveryCommand()
{
    const QString cli = read(source + QStringLiteral("/docs/man/zelfscan-cli.1"));
    QVERIFY(cli.startsWith(QStringLiteral(".\\\"")) || cli.startsWith(QStringLiteral(".TH")));
    for (const char* command :
        { "validate", "list", "describe", "score", "report", "anonymise", "aggregate" })
        QVERIFY2(cli.contains(QLatin1String(command)), command);
    const QString app = read(source + QStringLiteral("/docs/man/zelfscan.1"));
    for (const char* option : { "screenshot", "questionnaires", "staff", "lang" })
        QVERIFY2(app.contains(QLatin1String(option)), option);
}

void TestPackagingFiles::debianChangelogIsForThisVersion()
{
    const QString changelog = read(source + QStringLiteral("/packaging/debian/changelog"));
    const QRegularExpressionMatch first
        = QRegularExpression(QStringLiteral("^zelfscan \\(([^)-]+)-\\d+\\)")).match(changelog);
    QVERIFY(first.hasMatch());
    QCOMPARE(first.captured(1), QStringLiteral(PROJECT_VERSION));
    QVERIFY(read(source + QStringLiteral("/packaging/debian/copyright")).contains(QStringLiteral("GPL-3")));
}

QTEST_MAIN(TestPackagingFiles)
#include "TestPackagingFiles.moc"
