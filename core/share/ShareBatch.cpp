// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareBatch_p.h"

#include <algorithm>
#include <cstring>

namespace zelfscan::detail {

namespace {

bool isVersionOf(const ShareBatch::Version& version, const ShareFields& share)
{
    return sameText(version.tool, share.tool) && sameText(version.id, share.questionnaireId)
        && sameText(version.version, share.questionnaireVersion)
        && sameText(version.hash, share.questionnaireHash);
}

void put(char*& at, const void* data, std::size_t length)
{
    if (length > 0) // an empty view may have no data pointer at all
        std::memcpy(at, data, length);
    at += length;
}

void putU16(char*& at, int value)
{
    const auto v = std::uint16_t(value);
    const char bytes[2] = { char(v & 0xFF), char(v >> 8) };
    put(at, bytes, 2);
}

void putNumber(char*& at, int value)
{
    const auto v = std::uint32_t(value);
    put(at, &v, 4);
}

} // namespace

void ShareBatch::clear()
{
    m_names.clear();
    m_versions.clear();
    m_lastVersion = -1;
    m_packed.resize(0);
    m_offsets.clear();
}

QByteArrayView ShareBatch::share(int index) const
{
    const std::size_t at = std::size_t(index);
    const qsizetype end = at + 1 < m_offsets.size() ? m_offsets[at + 1] : m_packed.size();
    return QByteArrayView(m_packed).sliced(m_offsets[at], end - m_offsets[at]);
}

int ShareBatch::versionNumber(const ShareFields& share)
{
    // Shares of one batch nearly always come from one or two versions.
    if (m_lastVersion >= 0 && isVersionOf(m_versions.at(m_lastVersion), share))
        return m_lastVersion;
    const auto known = std::find_if(
        m_versions.cbegin(), m_versions.cend(), [&share](const Version& v) { return isVersionOf(v, share); });
    if (known != m_versions.cend())
        return m_lastVersion = int(known - m_versions.cbegin());
    m_key.resize(0);
    for (const QByteArrayView part :
        { share.tool, share.questionnaireId, share.questionnaireVersion, share.questionnaireHash })
        m_key.append(part).append('\x1f');
    Version version;
    version.key = m_key;
    const char* at = version.key.constData();
    for (QByteArrayView* part : { &version.tool, &version.id, &version.version, &version.hash }) {
        const qsizetype left = version.key.constData() + version.key.size() - at;
        const char* end = static_cast<const char*>(std::memchr(at, '\x1f', std::size_t(left)));
        *part = QByteArrayView(at, end - at);
        at = end + 1;
    }
    m_versions.append(version);
    return m_lastVersion = int(m_versions.size()) - 1;
}

void ShareBatch::add(const ShareFields& f)
{
    const int version = versionNumber(f);
    // The check numbered the level, the sections and the open steps and then the done ones.
    const int level = f.hasLevel ? m_names.level() : -1;
    const std::vector<int>& sections = m_names.sections();
    const std::vector<int>& steps = m_names.steps();
    Q_ASSERT(sections.size() == std::size_t(f.sections.size()));
    Q_ASSERT(steps.size() == std::size_t(f.open.size() + f.done.size()));

    const qsizetype bound
        = 16 + 2 + 3 + 4 + 1 + 8 + 1 + 6 * qsizetype(sections.size()) + 4 + 4 * qsizetype(steps.size());
    const qsizetype start = m_packed.size();
    if (m_packed.capacity() < start + bound)
        m_packed.reserve(std::max(2 * m_packed.capacity(), start + bound));
    m_packed.resize(start + bound);
    m_offsets.push_back(start);
    char* at = m_packed.data() + start;
    std::uint8_t id[16];
    uuidBytes(f.shareId, id);
    put(at, id, 16);
    // The check let only known values through.
    *at++ = char(std::max(0, sectorIndex(f.sector)));
    *at++ = char(std::max(0, sizeIndex(f.size)));
    putU16(at, f.year);
    *at++ = char(f.quarter);
    putU16(at, f.overall);
    putU16(at, f.riskClass);
    *at++ = char(f.hasLevel ? 1 : 0);
    putNumber(at, version);
    putNumber(at, level);
    *at++ = char(sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i) {
        putNumber(at, sections[i]);
        putU16(at, f.sections.at(qsizetype(i)).tenths);
    }
    std::size_t next = 0;
    for (const qsizetype count : { f.open.size(), f.done.size() }) {
        putU16(at, int(count));
        for (qsizetype i = 0; i < count; ++i)
            putNumber(at, steps[next++]);
    }
    m_packed.resize(at - m_packed.constData());
}

} // namespace zelfscan::detail
