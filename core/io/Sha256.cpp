// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Sha256.h"

#include "core/io/Sha256Ni_p.h"

#include <QCryptographicHash>
#include <QLibrary>

#include <cstring>
#include <memory>
#include <openssl/evp.h>

namespace zelfscan {

namespace {

constexpr int digestLength = 32;

/** SHA-256 over the CPU's SHA instructions; padding and the tail kept here. */
class NiDigest
{
public:
    void add(QByteArrayView bytes)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        std::size_t size = std::size_t(bytes.size());
        if (size == 0)
            return;
        m_length += size;
        if (m_buffered > 0) {
            const std::size_t taken = std::min(size, sizeof(m_buffer) - m_buffered);
            std::memcpy(m_buffer + m_buffered, data, taken);
            m_buffered += taken;
            data += taken;
            size -= taken;
            if (m_buffered < sizeof(m_buffer))
                return;
            detail::sha256NiBlocks(m_state, m_buffer, 1);
            m_buffered = 0;
        }
        detail::sha256NiBlocks(m_state, data, size / 64);
        m_buffered = size % 64;
        std::memcpy(m_buffer, data + size - m_buffered, m_buffered);
    }

    void finish(unsigned char* out)
    {
        const std::uint64_t bits = m_length * 8;
        unsigned char tail[128] = { 0x80 };
        const std::size_t padding = (m_buffered < 56 ? 56 : 120) - m_buffered;
        for (int i = 0; i < 8; ++i)
            tail[padding + std::size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
        add(QByteArrayView(reinterpret_cast<const char*>(tail), qsizetype(padding + 8)));
        for (int i = 0; i < 8; ++i) {
            for (int byte = 0; byte < 4; ++byte)
                out[4 * i + byte] = static_cast<unsigned char>(m_state[i] >> (24 - 8 * byte));
        }
    }

private:
    std::uint32_t m_state[8]
        = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    unsigned char m_buffer[64] = {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

/**
 * libcrypto for CPUs without the SHA instructions, loaded on first use rather than linked: the
 * app's start page should not pay for it where it is not needed. Qt 6.4's own SHA-256 is portable
 * C, about ten times slower, and is what is left when libcrypto cannot be loaded.
 */
struct Libcrypto
{
    decltype(&EVP_MD_fetch) fetch = nullptr;
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_DigestInit_ex2) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) finish = nullptr;
    EVP_MD* md = nullptr;

    Libcrypto()
    {
        QLibrary library(QStringLiteral("crypto"), 3);
        if (!library.load())
            return;
        fetch = reinterpret_cast<decltype(fetch)>(library.resolve("EVP_MD_fetch"));
        newContext = reinterpret_cast<decltype(newContext)>(library.resolve("EVP_MD_CTX_new"));
        freeContext = reinterpret_cast<decltype(freeContext)>(library.resolve("EVP_MD_CTX_free"));
        init = reinterpret_cast<decltype(init)>(library.resolve("EVP_DigestInit_ex2"));
        update = reinterpret_cast<decltype(update)>(library.resolve("EVP_DigestUpdate"));
        finish = reinterpret_cast<decltype(finish)>(library.resolve("EVP_DigestFinal_ex"));
        if (fetch && newContext && freeContext && init && update && finish)
            md = fetch(nullptr, "SHA256", nullptr);
    }

    /** False when libcrypto is missing or failed: the caller then hashes with Qt. */
    bool digest(QByteArrayView bytes, QByteArrayView more, unsigned char* out) const
    {
        if (!md)
            return false;
        // A context per thread: OpenSSL 3 looks the algorithm up under a lock on every one-shot call.
        thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
            newContext(), freeContext);
        unsigned int length = 0;
        return context && init(context.get(), md, nullptr)
            && update(context.get(), bytes.data(), std::size_t(bytes.size()))
            && (more.isEmpty() || update(context.get(), more.data(), std::size_t(more.size())))
            && finish(context.get(), out, &length) && length == digestLength;
    }
};

void digest(QByteArrayView bytes, QByteArrayView more, unsigned char* out)
{
    static const bool ni = detail::sha256NiAvailable();
    if (ni) {
        NiDigest hash;
        hash.add(bytes);
        hash.add(more);
        hash.finish(out);
        return;
    }
    static const Libcrypto libcrypto; // loaded only here, on a CPU without the SHA instructions
    if (libcrypto.digest(bytes, more, out))
        return;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(bytes);
    hash.addData(more);
    std::memcpy(out, hash.resultView().data(), digestLength);
}

void toHex(const unsigned char* hash, char* out)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < digestLength; ++i) {
        out[2 * i] = digits[hash[i] >> 4];
        out[2 * i + 1] = digits[hash[i] & 0xF];
    }
}

} // namespace

void sha256Hex(QByteArrayView bytes, char* out)
{
    sha256Hex(bytes, {}, out);
}

void sha256Hex(QByteArrayView first, QByteArrayView second, char* out)
{
    unsigned char hash[digestLength];
    digest(first, second, hash);
    toHex(hash, out);
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    QByteArray hex(2 * digestLength, Qt::Uninitialized);
    sha256Hex(bytes, hex.data());
    return hex;
}

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray hash(digestLength, Qt::Uninitialized);
    digest(bytes, {}, reinterpret_cast<unsigned char*>(hash.data()));
    return hash;
}

} // namespace zelfscan
