// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan {

/**
 * A language a user reads Zelfscan in: a BCP 47 style code ("nl", "en", "de", "pt-BR"). Zelfscan's
 * own texts exist in English with translations (Dutch first); questionnaire texts exist in the
 * languages their file declares. The default is Dutch, Zelfscan's first language.
 */
class Language
{
public:
    Language() = default;

    /**
     * The language @p code names ("de", "nl_NL", "pt-BR", "nl_NL.UTF-8"), written in the form
     * Zelfscan keeps ("nl-NL"); empty when it is not a language code.
     */
    static std::optional<Language> parse(const QString& code);

    /** A code a loaded questionnaire declares (the loader checked it); English if it is none. */
    static Language declared(const QString& code) { return parse(code).value_or(english()); }

    static Language dutch() { return Language(QStringLiteral("nl")); }
    static Language english() { return Language(QStringLiteral("en")); }

    /** The code as parsed ("nl", "nl-BE", "de"). */
    QString code() const { return m_code; }
    /** The language without region ("nl" for "nl-BE"). */
    QString base() const;

    bool isDutch() const { return base() == QLatin1String("nl"); }
    bool isEnglish() const { return base() == QLatin1String("en"); }

    /**
     * The codes to look a questionnaire text up under, best first: the code, its base language,
     * English, Dutch.
     */
    QStringList fallbacks() const;

    /** The locale numbers and dates are written in (Dutch 91,7; English 91.7). */
    QLocale locale() const;

    /** The language's own name ("Nederlands", "Deutsch"); the code when Qt does not know it. */
    QString nativeName() const;

    bool operator==(const Language& other) const { return m_code == other.m_code; }
    bool operator!=(const Language& other) const { return m_code != other.m_code; }

private:
    explicit Language(const QString& code)
        : m_code(code)
    {
    }

    QString m_code = QStringLiteral("nl");
};

} // namespace zelfscan
