// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppIdentity.h"

#include <QApplication>

namespace AppIdentity {

QString id()
{
    return QStringLiteral(ZELFSCAN_APP_ID);
}

QIcon icon()
{
    QIcon icon;
    for (const int size : { 48, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/zelfscan-%1.png").arg(size), QSize(size, size));
    return icon;
}

void apply()
{
    // Application and organisation name stay "zelfscan"/"Zelfscan": they name the folders that
    // already hold users' settings, autosaves and history, which must survive an update.
    QApplication::setApplicationName(QStringLiteral("zelfscan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Zelfscan"));
    QApplication::setOrganizationName(QStringLiteral("Zelfscan"));
    QApplication::setApplicationVersion(QStringLiteral(ZELFSCAN_VERSION));
    // Wayland compositors and docks match windows to the installed desktop entry by this name.
    QGuiApplication::setDesktopFileName(id());
    QApplication::setWindowIcon(icon());
}

} // namespace AppIdentity
