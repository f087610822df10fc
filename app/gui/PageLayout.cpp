// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageLayout.h"

#include <QBoxLayout>

namespace PageLayout {

void apply(QBoxLayout* layout)
{
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(spacing);
}

} // namespace PageLayout
