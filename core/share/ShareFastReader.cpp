// SPDX-License-Identifier: GPL-3.0-or-later
// The fast share reader: Qt's own JSON layout, read in one pass without building a document.
#include "core/share/ShareChecks_p.h"
#include "core/share/ShareParse_p.h"

#include <QByteArray>

#include <cstring>

namespace zelfscan::detail {

namespace {

/**
 * Reads the exact layout Qt's JSON writer produces for a share (keys sorted, compact or indented),
 * and writes the canonical text (compact, without the checksum) as it goes, unless it is given
 * no buffer: compact input needs none (see readCompactShare()). Anything it is not sure about
 * (escapes, other number forms, unexpected keys) makes it give up; the strict reader then gives
 * the verdict and the reason.
 */
class FastReader
{
public:
    FastReader(QByteArrayView in, QByteArray* out)
        : m_p(in.data())
        , m_end(in.data() + in.size())
        , m_buffer(out)
    {
        // The canonical text is never longer than the input (it only drops whitespace and the
        // checksum), so it is written straight into a buffer of that size.
        if (out) {
            out->resize(in.size() + 16);
            m_o = out->data();
        }
    }

    /** Whether any whitespace was skipped: then the input is not compact. */
    bool spaced() const { return m_spaced; }

    bool read(ShareFields* f)
    {
        if (!take('{') || !key("checksum", false, false) || !string(&f->checksum, false))
            return false;
        // The checksum is not part of what it covers.
        if (m_buffer)
            m_o = m_buffer->data();
        put('{');
        if (!key("format", true, false) || !string(&f->format))
            return false;
        if (!key("level", true, true))
            return false;
        if (null()) {
            f->hasLevel = false;
        } else {
            f->hasLevel = true;
            if (!string(&f->level))
                return false;
        }
        if (!key("overall", true, true) || !tenthsOrNull(&f->overall))
            return false;
        if (!key("period", true, true) || !open('{') || !key("quarter", false, false) || !integer(&f->quarter)
            || !key("year", true, true) || !integer(&f->year) || !close('}'))
            return false;
        if (!key("profile", true, true) || !open('{') || !key("sector", false, false) || !string(&f->sector)
            || !key("size", true, true) || !string(&f->size) || !close('}'))
            return false;
        if (!key("questionnaire", true, true) || !open('{') || !key("hash", false, false)
            || !string(&f->questionnaireHash) || !key("id", true, true) || !string(&f->questionnaireId)
            || !key("version", true, true) || !string(&f->questionnaireVersion) || !close('}'))
            return false;
        if (!key("risk_class", true, true))
            return false;
        // ShareFields stores "no class" as 0, so a literal 0 would pass as null here while the
        // strict reader refuses it (risk_class is 1-9 or null): leave it to the strict reader.
        if (!null() && (!integer(&f->riskClass) || f->riskClass == 0))
            return false;
        if (!key("schema_version", true, true) || !integer(&f->schemaVersion))
            return false;
        if (!key("section_scores", true, true) || !sectionScores(f))
            return false;
        if (!key("share_id", true, true) || !string(&f->shareId))
            return false;
        if (!key("steps", true, true) || !open('{') || !key("done", false, false) || !stringArray(&f->done)
            || !key("open", true, true) || !stringArray(&f->open) || !close('}'))
            return false;
        if (!key("tool", true, true) || !string(&f->tool) || !close('}'))
            return false;
        skipSpace();
        if (m_buffer)
            m_buffer->resize(m_o - m_buffer->data());
        return m_p == m_end;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    void skipSpace()
    {
        if (m_p == m_end || !isSpace(*m_p))
            return;
        m_spaced = true;
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool open(char c)
    {
        if (!take(c))
            return false;
        put(c);
        return true;
    }

    bool close(char c) { return open(c); }

    /** A key, preceded by a comma when @p comma; @p emitComma also writes that comma. */
    template<std::size_t N> bool key(const char (&name)[N], bool comma, bool emitComma)
    {
        if (comma && !take(','))
            return false;
        skipSpace();
        constexpr qsizetype length = qsizetype(N - 1);
        if (m_end - m_p < length + 2 || m_p[0] != '"' || std::memcmp(m_p + 1, name, size_t(length)) != 0
            || m_p[length + 1] != '"')
            return false;
        m_p += length + 2;
        if (!take(':'))
            return false;
        if (emitComma)
            put(',');
        put('"');
        put(name, length);
        put("\":", 2);
        return true;
    }

    /** A string of printable ASCII without escapes: Qt writes those bytes as they are. */
    bool string(QByteArrayView* value, bool emit = true)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        m_p = skipPlainText(m_p, m_end);
        if (m_p == m_end || *m_p != '"')
            return false;
        *value = QByteArrayView(start, m_p - start);
        ++m_p;
        if (emit) {
            put('"');
            put(value->data(), value->size());
            put('"');
        }
        return true;
    }

    bool null()
    {
        skipSpace();
        if (m_end - m_p < 4 || std::memcmp(m_p, "null", 4) != 0)
            return false;
        m_p += 4;
        put("null", 4);
        return true;
    }

    /** 0 or [1-9][0-9]{0,8}: Qt writes whole numbers exactly so. */
    bool integer(int* value)
    {
        skipSpace();
        const char* start = m_p;
        int digits = 0;
        // Ten digits are read to tell "too long" from "nine digits": 64 bits, so that the tenth
        // cannot overflow (signed overflow is undefined behaviour).
        qint64 result = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && digits < 10) {
            result = result * 10 + (*m_p - '0');
            ++m_p;
            ++digits;
        }
        if (digits == 0 || digits > 9 || (digits > 1 && *start == '0') || followsNumber())
            return false;
        *value = int(result);
        put(start, m_p - start);
        return true;
    }

    /**
     * A score with at most one decimal, in Qt's shortest form: "72.5", "100", "0.5". A trailing
     * ".0" is not canonical (Qt writes 72.0 as 72), so it goes to the strict reader.
     */
    bool tenthsOrNull(int* value)
    {
        if (null()) {
            *value = -1;
            return true;
        }
        skipSpace();
        const char* start = m_p;
        int digits = 0;
        int whole = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && digits < 4) {
            whole = whole * 10 + (*m_p - '0');
            ++m_p;
            ++digits;
        }
        if (digits == 0 || digits > 3 || (digits > 1 && *start == '0'))
            return false;
        int tenth = 0;
        if (m_p < m_end && *m_p == '.') {
            if (m_end - m_p < 2 || m_p[1] < '1' || m_p[1] > '9')
                return false;
            tenth = m_p[1] - '0';
            m_p += 2;
        }
        if (followsNumber())
            return false;
        *value = whole * 10 + tenth;
        put(start, m_p - start);
        return true;
    }

    bool followsNumber() const
    {
        return m_p < m_end
            && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '-'
                || *m_p == '+');
    }

    bool sectionScores(ShareFields* f)
    {
        if (!open('{'))
            return false;
        if (take('}')) {
            put('}');
            return true;
        }
        QByteArrayView previous;
        for (;;) {
            ShareFields::Score score;
            if (!string(&score.section))
                return false;
            // Qt sorts keys; anything else was not written by it (or has a key twice).
            if (!f->sections.isEmpty() && !(previous < score.section))
                return false;
            if (!take(':'))
                return false;
            put(':');
            if (!tenthsOrNull(&score.tenths))
                return false;
            if (f->sections.size() == maxSections)
                return false;
            f->sections.append(score);
            previous = score.section;
            if (take(',')) {
                put(',');
                continue;
            }
            return close('}');
        }
    }

    bool stringArray(QVarLengthArray<QByteArrayView, 32>* list)
    {
        if (!open('['))
            return false;
        if (take(']')) {
            put(']');
            return true;
        }
        for (;;) {
            QByteArrayView value;
            if (!string(&value) || list->size() == maxSteps)
                return false;
            list->append(value);
            if (take(',')) {
                put(',');
                continue;
            }
            return close(']');
        }
    }

    void put(char c)
    {
        if (m_o)
            *m_o++ = c;
    }
    void put(const char* text, qsizetype length)
    {
        if (!m_o)
            return;
        std::memcpy(m_o, text, std::size_t(length));
        m_o += length;
    }

    const char* m_p;
    const char* m_end;
    QByteArray* m_buffer;
    char* m_o = nullptr;
    bool m_spaced = false;
};

} // namespace

bool parseShareFast(QByteArrayView bytes, ShareFields* fields, QByteArray* canonical)
{
    fields->clear();
    return FastReader(bytes, canonical).read(fields);
}

CompactRead readCompactShare(QByteArrayView bytes, ShareFields* fields, QByteArrayView* canonicalTail)
{
    fields->clear();
    FastReader reader(bytes, nullptr);
    const bool read = reader.read(fields);
    if (reader.spaced())
        return CompactRead::NotCompact;
    if (!read)
        return CompactRead::Unsure;
    // Compact as Qt writes it: {"checksum":"<64 hex>","format":...}. What the checksum covers is
    // the same text without the checksum field: "{" and everything after its closing quote and comma.
    const char* tail = fields->checksum.data() + fields->checksum.size() + 2;
    *canonicalTail = QByteArrayView(tail, bytes.data() + bytes.size() - tail);
    return CompactRead::Compact;
}

} // namespace zelfscan::detail
