// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace zelfscan {

/** The start page's "My systems" tile: how many systems, and how many alerts still need work. */
struct SystemsSummary
{
    bool hasInventory = false;
    int systems = 0;
    int advisories = 0; ///< advisories in the local store
    int openSteps = 0; ///< matched vulnerabilities not yet done or set aside (under investigation left out)
    QString problem; ///< why the inventory or store could not be read; empty when fine
};

/**
 * Reads the inventory and the advisory store (both optional files) and matches them, as the
 * advisories window does. Missing files are not a problem: they mean "nothing entered yet".
 */
SystemsSummary summariseSystems(const QString& inventoryPath, const QString& databasePath);

} // namespace zelfscan
