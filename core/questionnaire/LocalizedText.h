// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QMap>
#include <QString>

namespace zelfscan {

/**
 * A user-facing text in several languages, keyed by the language codes a questionnaire declares
 * ("nl", "en", "de", ...).
 */
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString& code, const QString& text) { m_texts.insert(code, text); }
    bool has(const QString& code) const { return m_texts.contains(code); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }
    /** The text stored under @p code itself, without falling back; empty when there is none. */
    QString exact(const QString& code) const { return m_texts.value(code); }

    /**
     * The text in @p language; falls back to its base language, to English, to Dutch, then to any
     * text: a file in German and Dutch read in French shows Dutch rather than nothing.
     */
    QString text(const Language& language) const;

    bool operator==(const LocalizedText& other) const { return m_texts == other.m_texts; }
    bool operator!=(const LocalizedText& other) const { return !(*this == other); }

private:
    QMap<QString, QString> m_texts;
};

} // namespace zelfscan
