// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the store's record helpers. Packed shares and stored records are little-endian
// numbers and short texts; the importer keeps its share ids and names in open-addressing tables.

#include "core/share/ShareParse_p.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <cstring>
#include <vector>

namespace zelfscan::detail {

struct Id
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    bool operator==(const Id& other) const { return high == other.high && low == other.low; }
    bool isNull() const { return high == 0 && low == 0; }
};

/**
 * The share ids seen: open addressing, linear probing. Ids are random (and never all zero, which
 * marks an empty slot), so their low bits are a good hash. A million ids take 32 MB at most.
 */
class IdSet
{
public:
    /** Empties the set, with room for @p expected ids before it has to grow. */
    void clear(std::size_t expected = 0);
    /** False when the id was there already. */
    bool insert(const Id& id)
    {
        if (m_slots.empty())
            clear();
        // At most three quarters full: probes stay short, and growing (which touches every id
        // again) is rare.
        if (4 * (m_count + 1) > 3 * m_slots.size())
            grow();
        if (!place(m_slots, id))
            return false;
        ++m_count;
        return true;
    }

    /** Asks the CPU to load the slot where @p id would be: the set is hit at random. */
    void prefetch(const Id& id) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[std::size_t(id.low ^ id.high) & (m_slots.size() - 1)]);
#else
        Q_UNUSED(id);
#endif
    }

private:
    static bool place(std::vector<Id>& slots, const Id& id)
    {
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = std::size_t(id.low ^ id.high) & mask;; i = (i + 1) & mask) {
            if (slots[i].isNull()) {
                slots[i] = id;
                return true;
            }
            if (slots[i] == id)
                return false;
        }
    }
    void grow();

    std::vector<Id> m_slots;
    std::size_t m_count = 0;
};

/**
 * Whether two short texts are equal, eight bytes at a time and without a call: ids are 5 to 40
 * bytes, and a call to memcmp for each of the tens of names of every share was a large part of
 * looking them up.
 */
inline bool sameText(QByteArrayView a, QByteArrayView b)
{
    const qsizetype size = a.size();
    if (size != b.size())
        return false;
    const char* p = a.data();
    const char* q = b.data();
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    if (size < 8) {
        for (qsizetype i = 0; i < size; ++i) {
            if (p[i] != q[i])
                return false;
        }
        return true;
    }
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::memcpy(&x, p + i, 8);
        std::memcpy(&y, q + i, 8);
        if (x != y)
            return false;
    }
    if (i < size) { // the last eight bytes, overlapping the words before
        std::memcpy(&x, p + size - 8, 8);
        std::memcpy(&y, q + size - 8, 8);
        return x == y;
    }
    return true;
}

/** The names (section, step or level ids) of one version and their indexes; open addressing. */
class NameTable
{
public:
    /** The index of @p name, or -1. */
    int find(QByteArrayView name, std::uint32_t hash) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == 0)
                return -1;
            const int index = int(slot & 0xFFFFFFFF) - 1;
            if (std::uint32_t(slot >> 32) == hash && sameText(m_names.at(index), name))
                return index;
        }
    }
    int add(QByteArrayView name, std::uint32_t hash);
    int size() const { return int(m_names.size()); }
    QByteArrayView name(int index) const { return m_names.at(index); }
    void clear()
    {
        m_slots.clear();
        m_names.clear();
    }

private:
    void place(std::uint32_t hash, int index);

    std::vector<std::uint64_t> m_slots;
    QList<QByteArray> m_names;
};

/**
 * Small numbers to small numbers, for one batch of an import: open addressing, so that the
 * lookup for every name of every share stays in the CPU's cache. Keys are never 0.
 */
class NumberMap
{
public:
    /** Empties the map, keeping its table unless a large batch made it large. */
    void clear();
    /** The value for @p key, or -1. */
    int value(std::uint64_t key) const
    {
        if (m_keys.empty())
            return -1;
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
            if (m_keys[i] == key)
                return m_values[i];
            if (m_keys[i] == 0)
                return -1;
        }
    }
    void insert(std::uint64_t key, int value);

private:
    static std::size_t slotOf(std::uint64_t key, std::size_t mask)
    {
        return std::size_t((key * 0x9e3779b97f4a7c15ull) >> 32) & mask;
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_values;
    std::size_t m_count = 0;
};

/** The 16 bytes of a validated "8-4-4-4-12" share id, in text order (RFC 4122). */
void uuidBytes(QByteArrayView text, std::uint8_t out[16]);
/** The id set's key for 16 id bytes. */
Id idOf(const std::uint8_t bytes[16]);

/** Writes little-endian numbers and short texts into a buffer that was made big enough. */
class Writer
{
public:
    explicit Writer(char* at)
        : m_p(at)
    {
    }
    void u8(int value) { *m_p++ = char(std::uint8_t(value)); }
    void u16(int value)
    {
        const auto v = std::uint16_t(value);
        *m_p++ = char(v & 0xFF);
        *m_p++ = char(v >> 8);
    }
    void bytes(const void* data, std::size_t length)
    {
        if (length > 0) // an empty view may have no data pointer at all
            std::memcpy(m_p, data, length);
        m_p += length;
    }
    void text(QByteArrayView value)
    {
        u8(int(value.size()));
        bytes(value.data(), std::size_t(value.size()));
    }
    char* at() const { return m_p; }

private:
    char* m_p;
};

/** Reads the packed records of one chunk; every length and index is checked. */
class RecordReader
{
public:
    explicit RecordReader(QByteArrayView bytes)
        : m_p(reinterpret_cast<const std::uint8_t*>(bytes.constData()))
        , m_end(m_p + bytes.size())
    {
    }

    bool atEnd() const { return m_p == m_end; }
    bool ok() const { return m_ok; }

    const std::uint8_t* take(std::size_t n)
    {
        if (!m_ok || std::size_t(m_end - m_p) < n) {
            m_ok = false;
            return nullptr;
        }
        const std::uint8_t* at = m_p;
        m_p += n;
        return at;
    }
    int u8()
    {
        const std::uint8_t* at = take(1);
        return at ? at[0] : 0;
    }
    int u16()
    {
        const std::uint8_t* at = take(2);
        return at ? at[0] | at[1] << 8 : 0;
    }
    int i16() { return std::int16_t(std::uint16_t(u16())); }
    QByteArrayView text()
    {
        const int length = u8();
        const std::uint8_t* at = take(std::size_t(length));
        return at ? QByteArrayView(reinterpret_cast<const char*>(at), length) : QByteArrayView();
    }

private:
    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
    bool m_ok = true;
};

} // namespace zelfscan::detail
