// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace zelfscan {

/** A user-facing text in several languages, keyed by language code ("nl", "en"). */
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString& language, const QString& text) { m_texts.insert(language, text); }
    bool has(const QString& language) const { return m_texts.contains(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    /** The text in @p language; falls back to Dutch, the primary language, then to any text. */
    QString text(const QString& language) const;

    bool operator==(const LocalizedText& other) const { return m_texts == other.m_texts; }
    bool operator!=(const LocalizedText& other) const { return !(*this == other); }

private:
    QMap<QString, QString> m_texts;
};

} // namespace zelfscan
