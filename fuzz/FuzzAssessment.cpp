// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: .zelfscan documents and the recovery of damaged ones.
#include "core/assessment/Assessment.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "fuzz/FuzzCatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const zelfscan::QuestionnaireLookup lookup = [](const QString& id) { return fuzzCatalog().find(id); };
    zelfscan::loadAssessment(bytes, QStringLiteral("fuzz.zelfscan"), lookup);
    zelfscan::recoverAssessment(bytes, lookup, QStringLiteral("every_feature"));
    return 0;
}
