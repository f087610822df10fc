// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace zelfscan {

// SHA-256 for share checksums, from libcrypto rather than QCryptographicHash: an import of a
// million shares hashes a million canonical texts, and libcrypto uses the CPU's SHA instructions
// where Qt 6.4 hashes in portable C, about five times slower (0.29 s against 1.67 s for 200,000
// texts of 650 bytes on the CI machine), which alone would cost the import its speed target. The
// app's start-up hashes its questionnaires and their cache with it too: with Qt's, hashing was a
// third of the start-up's instructions.

/** Writes the 64 lower-case hex digits of the SHA-256 of @p bytes to @p out. */
void sha256Hex(QByteArrayView bytes, char* out);
/** The same for @p first followed by @p second, without joining them. */
void sha256Hex(QByteArrayView first, QByteArrayView second, char* out);
/** Lower-case hex of the SHA-256 of @p bytes. */
QByteArray sha256Hex(QByteArrayView bytes);
/** The 32 bytes of the SHA-256 of @p bytes. */
QByteArray sha256(QByteArrayView bytes);

} // namespace zelfscan
