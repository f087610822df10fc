// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
    // English is the source language: its file only spells out singular and plural ("1 minute",
    // "2 minutes"). A language without a translation file shows English.
    if (m_translator.load(QStringLiteral(":/i18n/zelfscan_%1.qm").arg(language.base())))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    // Qt's own dialogs ("Ja"/"Nee", the file dialog) from Debian's qt6-translations-l10n, when
    // installed; without it they stay English, which is all that is lost.
    if (!language.isEnglish()
        && m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language.base()),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = language;
    if (language.isDutch())
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    else if (language.isEnglish())
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    else
        QLocale::setDefault(QLocale(language.code()));
    Q_EMIT languageChanged(m_language);
}
