// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: what an import's worker hands to the storing thread.

#include "core/share/ShareChecks_p.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <vector>

namespace zelfscan::detail {

/**
 * Valid shares from one part of an import, packed in input order. Their questionnaire versions
 * and names are numbers of this batch: the worker that checked them did the lookups, so the
 * storing thread (which bounds an import's time) maps each number once per batch instead of each
 * name once per share.
 */
class ShareBatch
{
public:
    struct Version
    {
        QByteArray key; ///< tool, id, version and hash, each followed by \x1f
        QByteArrayView tool, id, version, hash; ///< into key
    };

    /** Empties the batch for reuse, keeping its buffers. */
    void clear();
    /** Give this to the reader (ShareScratch::numbers), so that the check numbers the steps. */
    NameNumbers& names() { return m_names; }
    const NameNumbers& names() const { return m_names; }
    /** Adds a share the reader accepted just now, with names() as the check's table. */
    void add(const ShareFields& share);

    int size() const { return int(m_offsets.size()); }
    /** The packed share @p index: read it with ShareBatch::Reader. */
    QByteArrayView share(int index) const;
    int versionCount() const { return int(m_versions.size()); }
    const Version& version(int number) const { return m_versions.at(number); }

    /** Reads one packed share, field by field in this order. */
    class Reader
    {
    public:
        explicit Reader(QByteArrayView packed)
            : m_p(reinterpret_cast<const std::uint8_t*>(packed.data()))
        {
        }
        const std::uint8_t* id() { return take(16); }
        int u8() { return *take(1); }
        int u16()
        {
            const std::uint8_t* p = take(2);
            return p[0] | p[1] << 8;
        }
        int i16() { return std::int16_t(std::uint16_t(u16())); }
        int number()
        {
            std::uint32_t value;
            std::memcpy(&value, take(4), 4);
            return int(value);
        }
        const std::uint8_t* take(int n)
        {
            const std::uint8_t* at = m_p;
            m_p += n;
            return at;
        }

    private:
        const std::uint8_t* m_p;
    };

private:
    int versionNumber(const ShareFields& share);

    NameNumbers m_names;
    QList<Version> m_versions;
    int m_lastVersion = -1;
    QByteArray m_key;
    QByteArray m_packed;
    std::vector<qsizetype> m_offsets;
};

} // namespace zelfscan::detail
