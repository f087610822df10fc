// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests that open what Zelfscan wrote with other programs: openpyxl for workbooks,
// LibreOffice for documents. Each returns empty when the program is missing, so the test can
// skip with a message that says what to install.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace testtools {

/** A python3 that can import openpyxl (Debian's python3-openpyxl is for /usr/bin/python3). */
inline QString pythonWithOpenpyxl()
{
    static const QString found = [] {
        QStringList candidates { QStringLiteral("/usr/bin/python3"),
            QStandardPaths::findExecutable(QStringLiteral("python3")) };
        for (const QString& python : candidates) {
            if (python.isEmpty())
                continue;
            QProcess process;
            process.start(python, { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
            if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                && process.exitCode() == 0)
                return python;
        }
        return QString();
    }();
    return found;
}

/** The workbook as tests/tools/xlsx_dump.py sees it; empty with @p error set when it cannot be read. */
inline QJsonObject readWorkbook(const QString& path, QString* error)
{
    QProcess process;
    process.start(pythonWithOpenpyxl(), { QStringLiteral(TEST_TOOLS_DIR "/xlsx_dump.py"), path });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

/** LibreOffice's command-line program, or empty. */
inline QString soffice()
{
    for (const char* name : { "soffice", "libreoffice" }) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

/**
 * Converts @p file with LibreOffice headless (filter as for --convert-to) into @p outDir, with a
 * private profile there so parallel tests and the user's own settings stay apart. Returns the
 * converted file, or empty with @p error set.
 */
inline QString convertWithLibreOffice(
    const QString& file, const QString& filter, const QString& outDir, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice(),
        { QStringLiteral("-env:UserInstallation=file://") + outDir + QStringLiteral("/profile"),
            QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
            filter, QStringLiteral("--outdir"), outDir, file });
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("LibreOffice did not finish");
        return QString();
    }
    const QString output = QString::fromUtf8(process.readAll());
    const QString extension = filter.section(QLatin1Char(':'), 0, 0);
    const QString converted
        = QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + extension);
    if (process.exitCode() != 0 || !QFileInfo::exists(converted)) {
        *error = QStringLiteral("LibreOffice could not convert %1: %2").arg(file, output);
        return QString();
    }
    return converted;
}

} // namespace testtools
