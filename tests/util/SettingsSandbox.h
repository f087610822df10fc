// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps a GUI suite away from the user's own settings, recent files and data folders.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace testutil {

/**
 * QStandardPaths in test mode and QSettings as INI files under @p home, for an application
 * named @p applicationName: suites that run at the same time never share a settings file.
 * Call in initTestCase(), before anything reads a setting.
 */
inline void sandboxSettings(const QString& home, const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home);
    QCoreApplication::setOrganizationName(QStringLiteral("ZelfscanTest"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace testutil
