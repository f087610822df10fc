// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ExtrasLoader.h"

#include "app/gui/ExtrasModule.h"

#include <QDir>
#include <QMessageBox>
#include <QPluginLoader>

namespace {

ExtrasModule* builtIn = nullptr;

struct LoadState
{
    bool tried = false;
    ExtrasModule* module = nullptr;
    QString error;
};

LoadState& state()
{
    static LoadState loaded;
    return loaded;
}

} // namespace

QString ExtrasLoader::modulePath()
{
    // ZELFSCAN_EXTRAS_DIR is relative to the bin folder (app/gui/CMakeLists.txt).
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
        + QStringLiteral(ZELFSCAN_EXTRAS_DIR) + QLatin1Char('/') + QStringLiteral(ZELFSCAN_EXTRAS_FILE));
}

void ExtrasLoader::setBuiltIn(ExtrasModule* extras)
{
    builtIn = extras;
}

ExtrasModule* ExtrasLoader::module(QString* error)
{
    if (builtIn)
        return builtIn;
    LoadState& loaded = state();
    if (!loaded.tried) {
        loaded.tried = true;
        // Kept loaded for the rest of the run: widgets made by the module live until the window closes.
        auto* loader = new QPluginLoader(modulePath());
        QObject* instance = loader->instance();
        loaded.module = qobject_cast<ExtrasModule*>(instance);
        if (!instance) // Qt's reason does not always name the file
            loaded.error = QStringLiteral("%1 (%2)").arg(
                QDir::toNativeSeparators(modulePath()), loader->errorString());
        else if (!loaded.module)
            loaded.error
                = tr("%1 belongs to another version of Zelfscan").arg(QDir::toNativeSeparators(modulePath()));
    }
    if (!loaded.module && error)
        *error = loaded.error;
    return loaded.module;
}

ExtrasModule* ExtrasLoader::moduleOrWarn(QWidget* parent)
{
    QString error;
    ExtrasModule* extras = module(&error);
    if (!extras)
        QMessageBox::critical(parent, tr("Part of Zelfscan is missing"),
            tr("Zelfscan cannot open this, because a part of it could not be loaded:\n\n%1\n\nInstalling "
               "Zelfscan again should put it back.")
                .arg(error));
    return extras;
}
