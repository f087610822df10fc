// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the two readers behind readShare(), shared with the importer so that it can take
// a share apart without building QStrings for every field.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

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
struct ShareScratch
{
    QByteArray canonical;
    QList<QByteArray> strings;
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
/** The strict reader alone (QJsonDocument); returns the reason, empty when valid. */
QString parseShareStrict(QByteArrayView bytes, ShareFields* fields, ShareScratch* scratch);

/**
 * Calls @p visit(line, lineNumber) for every non-blank line of JSON Lines @p text, without the
 * spaces, tabs and carriage return around it; lines are numbered from @p firstLine.
 */
template<typename Visit> void forEachShareLine(QByteArrayView text, qint64 firstLine, Visit&& visit)
{
    const char* p = text.data();
    const char* end = p + text.size();
    for (qint64 line = firstLine; p < end; ++line) {
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
}

} // namespace zelfscan::detail
