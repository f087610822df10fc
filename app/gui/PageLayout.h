// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

/** One set of margins and spacing for every page, so pages line up when the user moves between them. */
namespace PageLayout {

constexpr int margin = 18;
constexpr int spacing = 10;

/** Gives a page's outer layout the shared margins and spacing. */
void apply(QBoxLayout* layout);

/** A page's heading: the same size and weight on every page, wrapping when the window is narrow. */
QLabel* makeTitle(QWidget* page);

struct NavigationButtons
{
    QPushButton* back = nullptr;
    QPushButton* next = nullptr;
};

/**
 * Back on the left, Next (the default button) on the right, added at the bottom of @p layout.
 * Alt+Left and Alt+Right press them too: their own shortcuts are taken by the mnemonics in the
 * texts the page sets.
 */
NavigationButtons addNavigation(QWidget* page, QBoxLayout* layout);

} // namespace PageLayout
