// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LanguageManager.h"

#include <QCoreApplication>
#include <QLocale>

using zelfscan::Language;

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

void LanguageManager::setLanguage(const Language& language)
{
    if (language == m_language && m_installed)
        return;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English is the source language: its file only spells out singular and plural ("1 minute",
    // "2 minutes"). A language without a translation file shows English.
    if (m_translator.load(QStringLiteral(":/i18n/zelfscan_%1.qm").arg(language.base())))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    if (language.isDutch())
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    else if (language.isEnglish())
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    else
        QLocale::setDefault(QLocale(language.code()));
    Q_EMIT languageChanged(m_language);
}
