// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/BandOverrides.h"

#include <algorithm>

namespace zelfscan::models {

namespace {

bool holds(const BandOverride& rule, const Expression::Resolver& resolve, const OverrideContext& context)
{
    if (!rule.sectionId.isEmpty() && rule.sectionId != context.sectionId)
        return false;
    if (rule.topGap && !context.topGap)
        return false;
    return !rule.when.isValid() || rule.when.evaluate(resolve);
}

} // namespace

int applyOverrides(int band, const QList<BandOverride>& overrides, const Expression::Resolver& resolve,
    const OverrideContext& context, QList<AppliedOverride>* applied)
{
    for (int i = 0; i < overrides.size(); ++i) {
        const BandOverride& rule = overrides.at(i);
        if (!holds(rule, resolve, context))
            continue;
        int changed = band;
        if (rule.atLeast)
            changed = std::max(changed, *rule.atLeast);
        if (rule.atMost)
            changed = std::min(changed, *rule.atMost);
        if (changed != band) {
            applied->append({ i, band, changed });
            band = changed;
        }
    }
    return band;
}

} // namespace zelfscan::models
