// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of questionnaire YAML for tests that build documents line by line.
#pragma once

#include <QString>

namespace testutil {

/** A question on scale s with a step, so it raises no warnings; @p extra lines follow it. */
inline QString scaleQuestion(const QString& id, const QString& extra = QString())
{
    return QStringLiteral("      - id: %1\n"
                          "        type: statement\n"
                          "        scale: s\n"
                          "        text: {nl: Vraag, en: Question}\n"
                          "        step: {title: {nl: S, en: S}, how: {nl: H, en: H}, why: {nl: W, en: W}, "
                          "effort: low, impact: low}\n")
               .arg(id)
        + extra;
}

} // namespace testutil
