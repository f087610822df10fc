// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real zelfscan-cli binary (CLI_PATH, set by zelfscan_add_test) and keeps what it said.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>

namespace testutil {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process crashed
    bool crashed = false;
    QString out;
    QString err;
    QByteArray rawOut; ///< stdout byte for byte, for JSON and golden files
};

struct CliOptions
{
    QByteArray input; ///< written to stdin, which is then closed
    /** Empty: the test's own environment. */
    QProcessEnvironment environment;
    /** Empty: the test's working folder. */
    QString workingDirectory;
    /** Runs in the child before exec (only async-signal-safe calls), e.g. to drop privileges. */
    std::function<void()> childSetup;
};

inline CliRun runCli(const QStringList& arguments, const CliOptions& options = {})
{
    QProcess process;
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.childSetup)
        process.setChildProcessModifier(options.childSetup);
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("zelfscan-cli did not finish");
    CliRun run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/** The same with only stdin given. */
inline CliRun runCli(const QStringList& arguments, const QByteArray& input)
{
    CliOptions options;
    options.input = input;
    return runCli(arguments, options);
}

} // namespace testutil
