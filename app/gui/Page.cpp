// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/Page.h"

#include <QEvent>

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
