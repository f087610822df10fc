// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace zelfscan::cli {

/** Exit codes: 0 success, 1 the input has problems, 2 the command line is wrong. */
enum ExitCode { Success = 0, InputProblem = 1, UsageError = 2 };

/** What every command gets: its own arguments and the two output streams. */
struct CliContext
{
    QString commandName;
    QStringList arguments; ///< starting with the program name, as QCommandLineParser expects
    QTextStream& out;
    QTextStream& err;

    /** Prints "zelfscan-cli COMMAND: MESSAGE" plus a hint to --help, and returns UsageError. */
    int usageError(const QString& message) const;

    enum class Positionals { Refused, Allowed };
    /**
     * The prologue of every command: parses the arguments, prints the help when asked and refuses
     * what does not belong. Returns the exit code when the command is done with (help shown, usage
     * error), or nothing when it should go on.
     */
    std::optional<int> parse(
        QCommandLineParser& parser, Positionals positionals = Positionals::Refused) const;
};

} // namespace zelfscan::cli
