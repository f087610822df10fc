// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace zelfscan::cli {

int runValidate(const CliContext& context);
int runList(const CliContext& context);
int runDescribe(const CliContext& context);
int runScore(const CliContext& context);
int runReport(const CliContext& context);
int runAnonymise(const CliContext& context);
int runAggregate(const CliContext& context);
int runAdvisories(const CliContext& context);

} // namespace zelfscan::cli
