// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AppIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>

namespace AppIdentity {

QString id()
{
    return QStringLiteral(ZELFSCAN_APP_ID);
}

QIcon icon()
{
    // QIcon decodes every file it is given at once, at start-up. Title bars and task switchers ask
    // for 48 px or less, or 128 px on high-density screens; docks and menus take the 256 px one
    // from the installed icon theme instead (the desktop entry). Decoding it too was 4/5 of the
    // pixels.
    // Read as PNG, without asking the image format plug-ins: QIcon::addFile() lets every one of
    // them (GIF, ICO, JPEG with libjpeg) look at the file first, and loading them cost the start
    // page more than decoding the icons.
    QIcon icon;
    for (const int size : { 48, 128 }) {
        QImageReader reader(QStringLiteral(":/icons/zelfscan-%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
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
