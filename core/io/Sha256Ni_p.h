// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace zelfscan::detail {

/** True when this CPU has the x86 SHA extensions (and the SSE4.1 they are used with). */
bool sha256NiAvailable();
/** Runs the SHA-256 compression over @p blocks 64-byte blocks; only when sha256NiAvailable(). */
void sha256NiBlocks(std::uint32_t state[8], const unsigned char* data, std::size_t blocks);

} // namespace zelfscan::detail
