// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

namespace zelfscan::cli {

int CliContext::usageError(const QString& message) const
{
    err << "zelfscan-cli " << commandName << ": " << message << "\n"
        << "Try 'zelfscan-cli " << commandName << " --help'.\n";
    err.flush();
    return UsageError;
}

} // namespace zelfscan::cli
