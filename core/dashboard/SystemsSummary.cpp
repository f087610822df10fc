// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/SystemsSummary.h"

#include "core/advisories/AdvisoryStore.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <QFileInfo>

namespace zelfscan {

using namespace advisories;

SystemsSummary summariseSystems(const QString& inventoryPath, const QString& databasePath)
{
    SystemsSummary summary;
    if (!QFileInfo::exists(inventoryPath))
        return summary;
    const InventoryLoadResult loaded = inventoryPath.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        ? loadInventoryCsvFile(inventoryPath)
        : loadInventoryFile(inventoryPath);
    if (!loaded.inventory) {
        summary.problem
            = loaded.diagnostics.isEmpty() ? inventoryPath : loaded.diagnostics.first().toString();
        return summary;
    }
    summary.hasInventory = true;
    summary.systems = int(loaded.inventory->assets.size());
    if (!QFileInfo::exists(databasePath) || summary.systems == 0)
        return summary;
    AdvisoryStore store(databasePath);
    QString error;
    std::optional<QList<CsafDocument>> documents;
    std::optional<StatusMap> statuses;
    if (!store.open(&error) || !(documents = store.documents(&error))
        || !(statuses = store.statuses(&error))) {
        summary.problem = error;
        return summary;
    }
    summary.advisories = int(documents->size());
    const Matcher matcher(*loaded.inventory);
    QList<Match> matches;
    for (const CsafDocument& document : std::as_const(*documents))
        matches.append(matcher.match(document).matches);
    for (const AdvisoryStep& step : advisorySteps(matches, *loaded.inventory, *statuses)) {
        const bool open = step.status.value == StepStatus::Value::Open
            || step.status.value == StepStatus::Value::InProgress;
        if (open && !step.underInvestigation)
            ++summary.openSteps;
    }
    return summary;
}

} // namespace zelfscan
