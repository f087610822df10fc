// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real zelfscan-cli binary (CLI_PATH, set by zelfscan_add_test) and keeps what it said.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace testutil {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process crashed
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

inline CliRun runCli(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("zelfscan-cli did not finish");
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace testutil
