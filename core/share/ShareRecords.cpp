// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareRecords_p.h"

#include <algorithm>

namespace zelfscan::detail {

namespace {

int hexValue(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

} // namespace

void uuidBytes(QByteArrayView text, std::uint8_t out[16])
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); i += 2) {
        if (text.at(i) == '-')
            ++i;
        out[n++] = std::uint8_t(hexValue(text.at(i)) << 4 | hexValue(text.at(i + 1)));
    }
}

Id idOf(const std::uint8_t bytes[16])
{
    Id id;
    for (int i = 0; i < 8; ++i) {
        id.high = id.high << 8 | bytes[i];
        id.low = id.low << 8 | bytes[8 + i];
    }
    return id;
}

void IdSet::clear(std::size_t expected)
{
    std::size_t slots = 1024;
    while (slots * 3 < expected * 4)
        slots *= 2;
    m_slots.assign(slots, Id());
    m_count = 0;
}

void IdSet::grow()
{
    std::vector<Id> bigger(m_slots.size() * 2);
    for (const Id& id : m_slots) {
        if (!id.isNull())
            place(bigger, id);
    }
    m_slots.swap(bigger);
}

int NameTable::add(QByteArrayView name, std::uint32_t hash)
{
    if (2 * (m_names.size() + 1) > qsizetype(m_slots.size())) {
        std::vector<std::uint64_t> bigger(std::max<std::size_t>(64, m_slots.size() * 2), 0);
        m_slots.swap(bigger);
        for (int i = 0; i < m_names.size(); ++i)
            place(idHash(m_names.at(i)), i);
    }
    m_names.append(QByteArray(name.data(), name.size()));
    place(hash, int(m_names.size()) - 1);
    return int(m_names.size()) - 1;
}

void NameTable::place(std::uint32_t hash, int index)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = std::uint64_t(hash) << 32 | std::uint64_t(index + 1);
}

void NumberMap::clear()
{
    constexpr std::size_t usual = 4096;
    if (m_keys.size() > usual) {
        m_keys.assign(usual, 0);
        m_values.assign(usual, -1);
    } else {
        std::fill(m_keys.begin(), m_keys.end(), 0);
    }
    m_count = 0;
}

void NumberMap::insert(std::uint64_t key, int value)
{
    if (2 * (m_count + 1) > m_keys.size()) {
        std::vector<std::uint64_t> keys(std::max<std::size_t>(1024, m_keys.size() * 2), 0);
        std::vector<int> values(keys.size(), -1);
        m_keys.swap(keys);
        m_values.swap(values);
        m_count = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != 0)
                insert(keys[i], values[i]);
        }
    }
    const std::size_t mask = m_keys.size() - 1;
    std::size_t i = slotOf(key, mask);
    while (m_keys[i] != 0 && m_keys[i] != key)
        i = (i + 1) & mask;
    if (m_keys[i] == 0)
        ++m_count;
    m_keys[i] = key;
    m_values[i] = value;
}

} // namespace zelfscan::detail
