// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/** How the desktop knows the app: one reverse-DNS id for the desktop entry, the AppStream
 *  component, the MIME icon and the hicolor icons (docs/packaging.md says why this id). */
namespace AppIdentity {

QString id();
/** The shield icon at 48, 128 and 256 pixels, bundled so a build tree shows it too. */
QIcon icon();
/** Names, desktop file name and window icon of the running QApplication. */
void apply();

} // namespace AppIdentity
