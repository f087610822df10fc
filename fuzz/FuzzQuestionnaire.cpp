// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the questionnaire loader must never crash, hang or leak on any input.
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const zelfscan::QuestionnaireLoadResult result
        = zelfscan::loadQuestionnaire(bytes, QStringLiteral("fuzz.yaml"));
    // A result without a questionnaire must say why.
    if (!result.ok() && result.diagnostics.isEmpty())
        __builtin_trap();
    return 0;
}
