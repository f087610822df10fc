// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/LocalizedText.h"
#include "core/text/Language.h"

#include <QString>
#include <QStringList>

namespace zelfscan {

/**
 * One of Zelfscan's own texts before a language is chosen: the English source text, looked up in
 * Linguist's translations (translations/zelfscan_core_<lang>.ts) when it is put in a language.
 * Core writes texts in several languages at once (the steps of a questionnaire, a report in a
 * language other than the interface's), so each lookup names its language instead of going
 * through the application's one installed translator.
 */
class Phrase
{
public:
    Phrase(const char* context, const char* sourceText, const char* disambiguation, int n)
        : m_context(context)
        , m_source(sourceText)
        , m_disambiguation(disambiguation)
        , m_n(n)
    {
    }

    /** The text in @p language; English (the source) when there is no translation. */
    QString in(const Language& language) const;

    /** The text in English and in each language @p codes names, as questionnaire texts are kept. */
    LocalizedText in(const QStringList& codes) const;

private:
    const char* m_context;
    const char* m_source;
    const char* m_disambiguation;
    int m_n;
};

/**
 * @p phrase in Dutch and in English, each finished by @p fill(text, language), which puts the
 * arguments in: for texts core keeps in both languages at once, such as the vulnerability alerts'
 * steps and reasons.
 */
template<typename Fill> LocalizedText inDutchAndEnglish(const Phrase& phrase, Fill fill)
{
    LocalizedText text;
    for (const Language& language : { Language::dutch(), Language::english() })
        text.set(language.code(), fill(phrase.in(language), language));
    return text;
}

} // namespace zelfscan

/**
 * Gives a class a static tr() that returns a Phrase of @p context, as Q_DECLARE_TR_FUNCTIONS
 * gives one that returns a QString in the interface language. lupdate reads it as that macro
 * (-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=ZELFSCAN_WORDS), so the texts land in the .ts file.
 */
#define ZELFSCAN_WORDS(context)                                                                              \
public:                                                                                                      \
    static ::zelfscan::Phrase tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)   \
    {                                                                                                        \
        return ::zelfscan::Phrase(#context, sourceText, disambiguation, n);                                  \
    }                                                                                                        \
    /* A text marked elsewhere with QT_TRANSLATE_NOOP(context, ...), as in a table of columns. */            \
    static ::zelfscan::Phrase noted(const char* sourceText)                                                  \
    {                                                                                                        \
        return ::zelfscan::Phrase(#context, sourceText, nullptr, -1);                                        \
    }                                                                                                        \
                                                                                                             \
private:
