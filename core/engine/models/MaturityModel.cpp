// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/models/MaturityModel.h"

#include "core/engine/models/BandOverrides.h"

#include <algorithm>
#include <cmath>

namespace zelfscan::models {

const TargetLevel* levelForPoints(const TargetModel& model, double points)
{
    const TargetLevel* found = nullptr;
    for (const TargetLevel& level : model.levels) {
        if (points >= level.minPoints)
            found = &level;
    }
    return found;
}

const TargetLevel* overrideLevel(const TargetModel& model, const TargetLevel* level,
    const Expression::Resolver& resolve, QList<AppliedOverride>* applied)
{
    if (!level || model.overrides.isEmpty())
        return level;
    const int band = int(level - model.levels.constData()) + 1;
    const int changed = applyOverrides(band, model.overrides, resolve, {}, applied);
    return &model.levels.at(std::clamp(changed, 1, int(model.levels.size())) - 1);
}

void judgeArea(SectionResult& area, double maturitySum, double maturityWeight)
{
    if (maturityWeight <= 0)
        return;
    area.maturity = std::round(maturitySum / maturityWeight * 100) / 100;
    if (!area.target)
        return;
    const double shortfall = *area.target - *area.maturity;
    area.light = shortfall <= 0 ? Light::Green : shortfall <= 1 ? Light::Orange : Light::Red;
    // A critical item must be met at every level: below its own target the area is not in order,
    // even when the mean of its answers reaches the area's target.
    if ((area.topGap || area.criticalGap) && area.light == Light::Green)
        area.light = Light::Orange;
}

} // namespace zelfscan::models
