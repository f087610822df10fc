// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

/**
 * Switches the interface language at run time. Interface strings are written in English in the
 * code and translated to Dutch with Qt Linguist (translations/zelfscan_nl.ts); questionnaire texts
 * come from the YAML in the same language. Installing or removing the translator makes Qt send
 * QEvent::LanguageChange to every widget, which retranslates itself.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    /** "nl" or "en". */
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    static QStringList supportedLanguages() { return { QStringLiteral("nl"), QStringLiteral("en") }; }

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QString m_language;
    QTranslator m_translator;
    bool m_installed = false;
};
