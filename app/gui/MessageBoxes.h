// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

/**
 * Shows a message window-modal but without blocking: the caller goes on (and a test can read the
 * box, found as the parent's child "messageBox"); the box deletes itself when closed. Every
 * window of the app reports problems this way rather than with QMessageBox::warning(), whose
 * event loop would stall the caller until the user answers. @p text is plain text.
 */
QMessageBox* showMessageBox(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
