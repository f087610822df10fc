// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class ExtrasModule;
class QWidget;

/**
 * Finds the extras module (see ExtrasModule.h) on first use: in the lib folder beside the app's
 * bin folder, the same layout in the build tree and in an installed package. A program that links
 * the extras itself (the GUI tests) hands them in with setBuiltIn() and loads nothing.
 */
class ExtrasLoader
{
    Q_DECLARE_TR_FUNCTIONS(ExtrasLoader)

public:
    /** The module, loaded if need be; null with @p error saying why it cannot be used. */
    static ExtrasModule* module(QString* error);
    /** The same, telling the user in a message box over @p parent when the module is missing. */
    static ExtrasModule* moduleOrWarn(QWidget* parent);
    /** Where the module is looked for. */
    static QString modulePath();
    static void setBuiltIn(ExtrasModule* extras);
};
