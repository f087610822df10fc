// SPDX-License-Identifier: GPL-3.0-or-later
// Where the staff and alerts windows keep their files. Not in those windows' own files: the start
// page asks for these paths, and it must not pull the windows (and Qt SQL) into the app itself;
// the windows are in the extras module (ExtrasModule.h).
#include "app/gui/advisories/AdvisoriesWindow.h"
#include "app/gui/staff/StaffWindow.h"

#include <QStandardPaths>

QString StaffWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/staff/shares.sqlite");
}

QString AdvisoriesWindow::defaultInventoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/inventory.yaml");
}

QString AdvisoriesWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/advisories.sqlite");
}
