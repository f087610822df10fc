// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace zelfscan {

// SHA-256 for share checksums and the questionnaires' cache keys, not QCryptographicHash: an
// import of a million shares hashes a million canonical texts, and Qt 6.4 hashes in portable C,
// about five times slower than the CPU's SHA instructions (0.29 s against 1.67 s for 200,000 texts
// of 650 bytes on the CI machine), which alone would cost the import its speed target; the app's
// start-up hashes its questionnaires and their cache too. The SHA instructions are used directly
// (Sha256Ni.cpp); on a CPU without them libcrypto is loaded on first use, and Qt's hash is the
// last resort. libcrypto is not linked: mapping and binding it was a tenth of the start page's
// time, on every start.

/** Writes the 64 lower-case hex digits of the SHA-256 of @p bytes to @p out. */
void sha256Hex(QByteArrayView bytes, char* out);
/** The same for @p first followed by @p second, without joining them. */
void sha256Hex(QByteArrayView first, QByteArrayView second, char* out);
/** Lower-case hex of the SHA-256 of @p bytes. */
QByteArray sha256Hex(QByteArrayView bytes);
/** The 32 bytes of the SHA-256 of @p bytes. */
QByteArray sha256(QByteArrayView bytes);

} // namespace zelfscan
