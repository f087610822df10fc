// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaires harnesses check their input against: loaded once, kept for the whole run.
#pragma once

#include "core/questionnaire/QuestionnaireCatalog.h"

inline const zelfscan::QuestionnaireCatalog& fuzzCatalog()
{
    static const zelfscan::QuestionnaireCatalog* catalog = [] {
        auto* c = new zelfscan::QuestionnaireCatalog;
        c->loadDirectory(QStringLiteral(ZELFSCAN_SOURCE_DIR "/tests/data/questionnaires"));
        return c;
    }();
    return *catalog;
}
