// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Language.h"

#include <QObject>
#include <QTranslator>

/**
 * Switches the interface language at run time. Interface strings are written in English in the
 * code and translated with Qt Linguist (translations/zelfscan_nl.ts); a language without a
 * translation shows them in English. English has a file too (translations/zelfscan_en.ts), with
 * only the singular and plural of the texts that count something. Questionnaire texts come from the YAML in
 * the same language. Installing or removing the translator makes Qt send QEvent::LanguageChange to every
 * widget, which retranslates itself.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    zelfscan::Language language() const { return m_language; }
    void setLanguage(const zelfscan::Language& language);

Q_SIGNALS:
    void languageChanged(const zelfscan::Language& language);

private:
    zelfscan::Language m_language = zelfscan::Language::english();
    QTranslator m_translator;
    bool m_installed = false;
    QTranslator m_qtTranslator; ///< Qt's own words: standard buttons, the file dialog
    bool m_qtInstalled = false;
};
