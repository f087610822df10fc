// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PageLayout.h"

#include <QBoxLayout>

namespace PageLayout {

void apply(QBoxLayout* layout)
{
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(spacing);
}

} // namespace PageLayout
