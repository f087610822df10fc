// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into programs that carry the extras themselves (the GUI tests): they then use these,
// one copy of every class, instead of loading the module beside the app.
#include "app/gui/ExtrasLoader.h"
#include "app/gui/extras/ExtrasPlugin.h"

namespace {

[[maybe_unused]] const bool registered = [] {
    static ExtrasPlugin extras;
    ExtrasLoader::setBuiltIn(&extras);
    return true;
}();

} // namespace
