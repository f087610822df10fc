// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Language.h"

#include <QRegularExpression>

namespace zelfscan {

std::optional<Language> Language::parse(const QString& code)
{
    // A POSIX locale ("nl_NL.UTF-8@euro") names its language before the dot.
    QString cleaned = code.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    cleaned.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression form(QStringLiteral("^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{2,8})*)$"));
    const QRegularExpressionMatch match = form.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    QStringList parts = match.captured(2).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    // BCP 47 writes regions in capitals ("pt-BR") and everything else in small letters.
    for (QString& part : parts)
        part = part.size() == 2 ? part.toUpper() : part.toLower();
    parts.prepend(match.captured(1).toLower());
    return Language(parts.join(QLatin1Char('-')));
}

QString Language::base() const
{
    return m_code.section(QLatin1Char('-'), 0, 0);
}

QStringList Language::fallbacks() const
{
    QStringList codes { m_code };
    for (const QString& code : { base(), QStringLiteral("en"), QStringLiteral("nl") }) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QLocale Language::locale() const
{
    // Dutch and English keep the plain locales Zelfscan has always written numbers in.
    if (isDutch())
        return QLocale(QLocale::Dutch);
    if (isEnglish())
        return QLocale(QLocale::English);
    return QLocale(m_code);
}

QString Language::nativeName() const
{
    // The names Zelfscan's menus have always shown; Qt calls plain "en" "American English".
    if (m_code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (m_code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(m_code);
    if (locale.language() == QLocale::C || locale.name().section(QLatin1Char('_'), 0, 0) != base())
        return m_code;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? m_code : name.left(1).toUpper() + name.mid(1);
}

} // namespace zelfscan
