// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: answer files, checked against a real questionnaire, then scored.
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "fuzz/FuzzCatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const zelfscan::AnswerLoadResult result = zelfscan::loadAnswers(
        bytes, QStringLiteral("fuzz.yaml"), [](const QString& id) { return fuzzCatalog().find(id); });
    if (result.ok())
        zelfscan::assess(*fuzzCatalog().find(result.answers->questionnaireId), *result.answers);
    return 0;
}
