// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/LocalizedText.h"

namespace zelfscan {

QString LocalizedText::text(const Language& language) const
{
    for (const QString& code : language.fallbacks()) {
        if (auto it = m_texts.constFind(code); it != m_texts.constEnd())
            return *it;
    }
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

} // namespace zelfscan
