// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace zelfscan::cli {

/** "1 file", "3 files": the counts in the command line's reports, which are in English only. */
QString counted(qint64 count, const char* one, const char* many);

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

    /**
     * The language --lang names when it is one of @p offered (codes, as "nl" or "de"); otherwise
     * prints a usage error that lists them and returns nothing (the caller exits with UsageError).
     */
    std::optional<Language> language(const QString& code, const QStringList& offered) const;

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
