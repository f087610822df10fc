// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/AdvisoryPlan.h"

#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Matcher.h"

#include <QFileInfo>

namespace zelfscan::advisories {

QList<AdvisoryStep> stepsToDo(const QList<AdvisoryStep>& steps)
{
    QList<AdvisoryStep> toDo;
    for (const AdvisoryStep& step : steps) {
        if (step.status.value == StepStatus::Value::Open
            || step.status.value == StepStatus::Value::InProgress)
            toDo.append(step);
    }
    return toDo;
}

std::optional<AdvisoryPlan> loadAdvisoryPlan(
    const QString& inventoryPath, const QString& storePath, QString* error)
{
    const InventoryLoadResult loaded = loadInventoryFile(inventoryPath);
    if (!loaded.inventory) {
        *error = loaded.diagnostics.isEmpty() ? QStringLiteral("cannot read %1").arg(inventoryPath)
                                              : loaded.diagnostics.first().toString();
        return std::nullopt;
    }
    // Opening a store creates it; a report must not leave an empty database behind a typo.
    if (!QFileInfo(storePath).isFile()) {
        *error = QStringLiteral("%1: no such advisory store").arg(storePath);
        return std::nullopt;
    }
    AdvisoryStore store(storePath);
    std::optional<QList<CsafDocument>> documents;
    std::optional<StatusMap> statuses;
    if (!store.open(error) || !(documents = store.documents(error)) || !(statuses = store.statuses(error)))
        return std::nullopt;

    const Matcher matcher(*loaded.inventory);
    MatchResult result;
    for (const CsafDocument& document : std::as_const(*documents)) {
        const MatchResult one = matcher.match(document);
        result.matches += one.matches;
        result.checkByHand += one.checkByHand;
    }
    AdvisoryPlan plan;
    plan.steps = stepsToDo(advisorySteps(result.matches, *loaded.inventory, *statuses));
    plan.systems = int(loaded.inventory->assets.size());
    plan.advisories = int(documents->size());
    plan.checkByHand = int(result.checkByHand.size());
    return plan;
}

} // namespace zelfscan::advisories
