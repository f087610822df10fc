// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the checks both share readers apply, and the character classes they read with.

#include "core/share/ShareParse_p.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

namespace zelfscan::detail {

constexpr int maxSections = 200;
constexpr int maxSteps = 500;
constexpr int maxNesting = 8;

/** The "format" value of every share. */
inline constexpr char shareFormatName[] = "zelfscan-share";

/** Character classes, looked up per byte: imports check hundreds of characters per share. */
enum CharClass : std::uint8_t {
    IdFirst = 1, ///< [a-z0-9]
    IdRest = 2, ///< [a-z0-9_+-]
    LowerHex = 4, ///< [0-9a-f]
    PlainText = 8, ///< printable ASCII except the quote and the backslash: what Qt writes as it is
};

inline constexpr std::array<std::uint8_t, 256> charClasses = [] {
    std::array<std::uint8_t, 256> classes {};
    for (int c = 0x20; c < 0x7f; ++c) {
        if (c != '"' && c != '\\')
            classes[std::size_t(c)] |= PlainText;
    }
    for (int c = 'a'; c <= 'z'; ++c)
        classes[std::size_t(c)] |= IdFirst | IdRest;
    for (int c = '0'; c <= '9'; ++c)
        classes[std::size_t(c)] |= IdFirst | IdRest | LowerHex;
    for (int c = 'a'; c <= 'f'; ++c)
        classes[std::size_t(c)] |= LowerHex;
    for (const char c : { '_', '-', '+' })
        classes[std::size_t(c)] |= IdRest;
    return classes;
}();

inline bool hasClass(char c, CharClass wanted)
{
    return charClasses[static_cast<unsigned char>(c)] & wanted;
}

/** The checks both readers share, on fields whose types are already right; empty when valid. */
QString checkShareFields(const ShareFields& f);

} // namespace zelfscan::detail
