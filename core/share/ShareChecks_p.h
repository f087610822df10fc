// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the checks both share readers apply, and the character classes they read with.

#include "core/share/ShareParse_p.h"
#include "core/share/ShareRecords_p.h"
#include "core/text/Words.h"

#include <QByteArrayView>
#include <QString>
#include <QtAlgorithms>
#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace zelfscan::detail {

/**
 * Why a share is refused, for both readers (one context, so a reason both give is translated
 * once): the staff window shows it in its own language.
 */
class ShareWords
{
    ZELFSCAN_WORDS(ShareChecks)
};

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

/**
 * The first byte from @p p on that is not PlainText, or @p end. Eight bytes at a time where it
 * can: the strings are most of a share's bytes, and a byte-by-byte table lookup was a large part
 * of reading them. Each test below flags a byte of the word; a flag can be wrong only in a byte
 * above a rightly flagged one, so the lowest flag is always the first byte that is not plain.
 */
inline const char* skipPlainText(const char* p, const char* end)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    const auto zeroByte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        const std::uint64_t control = (w - ones * 0x20) & ~w & highs; // below 0x20
        const std::uint64_t high = ((w + ones) | w) & highs; // 0x7f and above
        const std::uint64_t flags = control | high | zeroByte(w ^ (ones * '"')) | zeroByte(w ^ (ones * '\\'));
        if (flags != 0)
            return p + qCountTrailingZeroBits(flags) / 8;
        p += 8;
    }
#endif
    while (p < end && hasClass(*p, PlainText))
        ++p;
    return p;
}

/**
 * The index of a share's sector in groupSectors() (the profile's ids, then "onbekend"), or -1;
 * compared as bytes: the check and the importer's packing ask for every share.
 */
int sectorIndex(QByteArrayView sector);
/** The index of a share's size band in groupSizes(), or -1. */
int sizeIndex(QByteArrayView size);

/**
 * Numbers the names (step, section and level ids) of the shares one thread checks, in the order
 * they are first seen, and finds a step a share lists twice. Only valid ids get a number, so a
 * name seen before is not checked character by character again; the importer hands the numbers
 * to the store, which maps them to its own indexes once per batch instead of looking every name
 * of every share up again.
 */
class NameNumbers
{
public:
    static constexpr int invalid = -1; ///< not a step id
    static constexpr int twice = -2; ///< listed earlier in the same share

    void clear();
    /** Starts a share: a step given to step() again after this is listed twice. */
    void beginShare();
    /** The number of section id @p name, or invalid. */
    int section(QByteArrayView name);
    /** The number of level id @p name, or invalid. */
    int level(QByteArrayView name);
    /** The number of step @p step (invalid or twice when it is not a step of this share). */
    int step(QByteArrayView step);

    // What the check of the last share numbered, in the order it asked: the importer packs these.
    const std::vector<int>& sections() const { return m_sections; }
    const std::vector<int>& steps() const { return m_steps; }
    int level() const { return m_level; }

    QByteArrayView name(int number) const { return m_table.name(number); }
    int size() const { return m_table.size(); }

private:
    NameTable m_table;
    std::vector<std::uint32_t> m_seenIn; ///< by number: the last beginSteps() round that listed it
    int numberOf(QByteArrayView name, qsizetype maxLength);

    std::uint32_t m_round = 0; ///< counts beginShare()
    std::vector<int> m_sections;
    std::vector<int> m_steps;
    int m_level = -1;
};

/**
 * The checks both readers share, on fields whose types are already right; empty when valid,
 * else the reason in @p language. The steps are numbered into @p numbers (a thread's own table
 * when it is null).
 */
QString checkShareFields(
    const ShareFields& f, NameNumbers* numbers = nullptr, const Language& language = Language::english());

} // namespace zelfscan::detail
