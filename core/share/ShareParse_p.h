// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the two readers behind readShare(), shared with the importer so that it can take
// a share apart without building QStrings for every field.

#include "core/text/Language.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <cstdint>
#include <cstring>

namespace zelfscan::detail {

/** The fields of one share as views into the input (or into the strict reader's storage). */
struct ShareFields
{
    QByteArrayView format;
    int schemaVersion = 0;
    QByteArrayView tool;
    QByteArrayView questionnaireId;
    QByteArrayView questionnaireVersion;
    QByteArrayView questionnaireHash;
    QByteArrayView sector;
    QByteArrayView size;
    int year = 0;
    int quarter = 0;
    struct Score
    {
        QByteArrayView section;
        int tenths = -1; ///< score x 10; -1 for null
    };
    QVarLengthArray<Score, 16> sections;
    int overall = -1; ///< tenths; -1 for null
    int riskClass = 0; ///< 0 for null
    bool hasLevel = false;
    QByteArrayView level;
    QVarLengthArray<QByteArrayView, 32> open;
    QVarLengthArray<QByteArrayView, 32> done;
    QByteArrayView shareId;
    QByteArrayView checksum;

    /** Empties the fields for reuse (cheaper than a new ShareFields, which is large). */
    void clear();
};

/**
 * Keeps what a reader needs between shares: the canonical text and the strict reader's
 * strings. One per thread.
 */
class NameNumbers;

struct ShareScratch
{
    QByteArray canonical;
    QList<QByteArray> strings;
    /** Where the steps are numbered: the importer's batch; a thread's own table when null. */
    NameNumbers* numbers = nullptr;
    /** The language a refusal's reason is given in (the staff window's; English elsewhere). */
    Language language = Language::english();
};

/**
 * Reads @p bytes into @p fields and checks everything, exactly as readShare() does. Returns an
 * empty string when the share is valid, else the reason. The views in @p fields point into
 * @p bytes or @p scratch and stay valid until either changes.
 */
QString readShareFields(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch);

/**
 * The fast reader alone: true when @p bytes is a share exactly as Qt's JSON writer lays one out
 * (compact or indented) with simple strings and numbers; then @p canonical holds the text the
 * checksum covers. False means "not sure", never "invalid": the strict reader decides then.
 * Exposed for the test that both readers agree.
 */
bool parseShareFast(QByteArrayView bytes, ShareFields* fields, QByteArray* canonical);
enum class CompactRead {
    Compact, ///< read; the canonical text is "{" followed by the tail
    NotCompact, ///< has whitespace: parseShareFast() may still read it
    Unsure, ///< not as Qt writes a share: only the strict reader can tell
};
/**
 * The fast reader for compact input (JSON Lines as Zelfscan writes them) without copying: the
 * text the checksum covers is "{" followed by @p canonicalTail, a view into @p bytes.
 */
CompactRead readCompactShare(QByteArrayView bytes, ShareFields* fields, QByteArrayView* canonicalTail);
/** The strict reader alone (QJsonDocument); returns the reason, empty when valid. */
QString parseShareStrict(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch);

/**
 * A quick hash of a short id (a step or section id), eight bytes at a time: the byte-by-byte
 * FNV-1a it replaces was a third of checking a share's steps, and again of storing them.
 */
inline std::uint32_t idHash(QByteArrayView text)
{
    constexpr std::uint64_t multiplier = 0xff51afd7ed558ccdull;
    const char* p = text.data();
    const qsizetype size = text.size();
    std::uint64_t hash = 0x9e3779b97f4a7c15ull ^ std::uint64_t(size);
    std::uint64_t word = 0;
    if (size >= 8) {
        qsizetype i = 0;
        for (; i + 8 <= size; i += 8) {
            std::memcpy(&word, p + i, 8);
            hash = (hash ^ word) * multiplier;
        }
        if (i < size) { // the last eight bytes, overlapping the words before
            std::memcpy(&word, p + size - 8, 8);
            hash = (hash ^ word) * multiplier;
        }
    } else {
        for (qsizetype i = 0; i < size; ++i)
            word |= std::uint64_t(std::uint8_t(p[i])) << (8 * i);
        hash = (hash ^ word) * multiplier;
    }
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ull;
    hash ^= hash >> 33;
    return std::uint32_t(hash);
}

/**
 * Calls @p visit(line, lineNumber) for every non-blank line of JSON Lines @p text, without the
 * spaces, tabs and carriage return around it; lines are numbered from @p firstLine. Returns the
 * number the line after the text would have.
 */
template<typename Visit> qint64 forEachShareLine(QByteArrayView text, qint64 firstLine, Visit&& visit)
{
    const char* p = text.data();
    const char* end = p + text.size();
    qint64 line = firstLine;
    for (; p < end; ++line) {
        const char* newline = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
        const char* last = newline ? newline : end;
        while (last > p && (last[-1] == '\r' || last[-1] == ' ' || last[-1] == '\t'))
            --last;
        const char* first = p;
        while (first < last && (*first == ' ' || *first == '\t'))
            ++first;
        if (first < last) // blank lines are allowed
            visit(QByteArrayView(first, last - first), line);
        p = newline ? newline + 1 : end;
    }
    return line;
}

} // namespace zelfscan::detail
