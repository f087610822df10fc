// SPDX-License-Identifier: GPL-3.0-or-later
// Apart from the rest of AlertPlan.cpp: writing to the advisory store takes Qt SQL, which the app
// loads only with its extras module, while the plan's entries are made at start.
#include "core/plan/AlertPlan.h"

namespace zelfscan {

bool recordDecision(AdvisoryStore& store, const AdvisoryStep& step, StepStatus::Value value,
    const QString& reason, QString* error)
{
    StepStatus status;
    status.value = value;
    status.reason = value == StepStatus::Value::NotRelevant ? reason : QString();
    // The decision holds while the advice stays the same (see remediationKey()).
    status.remediationKey = step.remediationKey;
    for (const QString& vulnerability : step.vulnerabilities) {
        if (!store.setStatus(step.assetId, vulnerability, status, error))
            return false;
    }
    return true;
}

} // namespace zelfscan
