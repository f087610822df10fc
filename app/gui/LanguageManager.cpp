// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LanguageManager.h"

#include <QCoreApplication>
#include <QLocale>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{
}

void LanguageManager::setLanguage(const QString& language)
{
    const QString wanted = supportedLanguages().contains(language) ? language : QStringLiteral("nl");
    if (wanted == m_language && (m_installed || wanted == QLatin1String("en")))
        return;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (wanted == QLatin1String("nl")) {
        if (m_translator.load(QStringLiteral(":/i18n/zelfscan_nl.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    m_language = wanted;
    QLocale::setDefault(QLocale(wanted == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
        wanted == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    Q_EMIT languageChanged(m_language);
}
