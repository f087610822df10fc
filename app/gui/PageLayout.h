// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QBoxLayout;

/** One set of margins and spacing for every page, so pages line up when the user moves between them. */
namespace PageLayout {

constexpr int margin = 18;
constexpr int spacing = 10;

/** Gives a page's outer layout the shared margins and spacing. */
void apply(QBoxLayout* layout);

} // namespace PageLayout
