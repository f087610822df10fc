// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

#include <openssl/sha.h>

namespace zelfscan {

void sha256Hex(QByteArrayView bytes, char* out)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), std::size_t(bytes.size()), digest);
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 0xF];
    }
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    QByteArray hex(2 * SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    sha256Hex(bytes, hex.data());
    return hex;
}

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), std::size_t(bytes.size()),
        reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

} // namespace zelfscan
