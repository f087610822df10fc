// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PageLayout.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace PageLayout {

void apply(QBoxLayout* layout)
{
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(spacing);
}

QLabel* makeTitle(QWidget* page)
{
    auto* title = new QLabel(page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
    return title;
}

NavigationButtons addNavigation(QWidget* page, QBoxLayout* layout)
{
    NavigationButtons buttons;
    buttons.back = new QPushButton(page);
    buttons.back->setObjectName(QStringLiteral("backButton"));
    buttons.next = new QPushButton(page);
    buttons.next->setObjectName(QStringLiteral("nextButton"));
    buttons.next->setDefault(true);
    auto* backShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), page);
    auto* nextShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), page);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(backShortcut, &QShortcut::activated, buttons.back, &QPushButton::click);
    QObject::connect(nextShortcut, &QShortcut::activated, buttons.next, &QPushButton::click);
    auto* row = new QHBoxLayout;
    row->addWidget(buttons.back);
    row->addStretch();
    row->addWidget(buttons.next);
    layout->addLayout(row);
    return buttons;
}

} // namespace PageLayout
