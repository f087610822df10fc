// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/LocalizedText.h"

namespace zelfscan {

QString LocalizedText::text(const QString& language) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.constEnd())
        return *it;
    if (auto it = m_texts.constFind(QStringLiteral("nl")); it != m_texts.constEnd())
        return *it;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

} // namespace zelfscan
