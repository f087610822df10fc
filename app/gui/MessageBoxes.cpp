// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MessageBoxes.h"

QMessageBox* showMessageBox(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    // The texts carry file names and what was read from files: never taken for rich text.
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}
