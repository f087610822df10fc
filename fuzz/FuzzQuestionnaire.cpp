// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the questionnaire loader must never crash, hang or leak on any input.
#include "QuestionnaireLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    zelfscan::loadQuestionnaire(bytes, QStringLiteral("fuzz.yaml"));
    return 0;
}
