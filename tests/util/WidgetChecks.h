// SPDX-License-Identifier: GPL-3.0-or-later
// Checks GUI suites make of a whole window: every control named for screen readers, and the
// message box the window shows now.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QMessageBox>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace testutil {

enum class Controls { All, VisibleOnly };

/**
 * The controls in @p window a screen reader could not name: focusable widgets with neither an
 * accessible name nor (for buttons) a text, as "objectName (Class)". Scroll bars, popups (the
 * combo box's list is a window of its own) and the viewports and line edits inside views, spin
 * boxes and combo boxes are named by their owner and left out. @p checked counts the rest.
 */
inline QStringList unnamedControls(QWidget* window, Controls which, int* checked = nullptr)
{
    QStringList unnamed;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if ((which == Controls::VisibleOnly && !widget->isVisible()) || widget->focusPolicy() == Qt::NoFocus
            || qobject_cast<QScrollBar*>(widget) || widget->window() != window)
            continue;
        QWidget* owner = widget->parentWidget();
        if (qobject_cast<QAbstractScrollArea*>(owner) || qobject_cast<QAbstractSpinBox*>(owner)
            || qobject_cast<QComboBox*>(owner))
            continue;
        if (checked)
            ++*checked;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    return unnamed;
}

/** The message box (object name "messageBox") @p window shows now, or null. */
inline QMessageBox* visibleMessageBox(const QWidget* window)
{
    QMessageBox* shown = nullptr;
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("messageBox"))) {
        if (box->isVisible())
            shown = box;
    }
    return shown;
}

} // namespace testutil
