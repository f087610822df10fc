// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Result.h"
#include "core/questionnaire/Questionnaire.h"

namespace zelfscan::models {

/** What an override may look at besides the answers. */
struct OverrideContext
{
    bool topGap = false; ///< a TOP item the model counts is unmet
    QString sectionId; ///< the section being judged (section scores only)
};

/**
 * The band after @p overrides, applied in file order: `at_least` raises, `at_most` lowers.
 * Every override that changes the band is appended to @p applied. Shared by every model, so an
 * answer can force a risk class, a status, a light or a maturity level alike.
 */
int applyOverrides(int band, const QList<BandOverride>& overrides, const Expression::Resolver& resolve,
    const OverrideContext& context, QList<AppliedOverride>* applied);

} // namespace zelfscan::models
