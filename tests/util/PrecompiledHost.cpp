// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of its own: the targets it belongs to build the precompiled headers the suites share
// (tests/CMakeLists.txt).
