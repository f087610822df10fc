// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Sha256.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace zelfscan {

namespace {

constexpr int digestLength = 32;

/**
 * The digest, fetched once, and a context per thread. OpenSSL 3's one-shot SHA256() looks the
 * algorithm up under a lock on every call: for a million short share texts that lookup cost
 * more than the hashing.
 */
void digest(QByteArrayView bytes, QByteArrayView more, unsigned char* out)
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned int length = 0;
    if (!md || !context || !EVP_DigestInit_ex2(context.get(), md, nullptr)
        || !EVP_DigestUpdate(context.get(), bytes.data(), std::size_t(bytes.size()))
        || (!more.isEmpty() && !EVP_DigestUpdate(context.get(), more.data(), std::size_t(more.size())))
        || !EVP_DigestFinal_ex(context.get(), out, &length) || length != digestLength) {
        // Not expected with any libcrypto 3; the slower one-shot call gives the same digest.
        QByteArray joined = bytes.toByteArray();
        joined.append(more);
        SHA256(reinterpret_cast<const unsigned char*>(joined.constData()), std::size_t(joined.size()), out);
    }
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
