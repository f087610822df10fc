// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Wording.h"

#include <cmath>

namespace zelfscan::wording {

bool isDutch(const QString& language)
{
    return language == QLatin1String("nl") || language.startsWith(QLatin1String("nl_"))
        || language.startsWith(QLatin1String("nl-"));
}

QLocale locale(const QString& language)
{
    return QLocale(isDutch(language) ? QLocale::Dutch : QLocale::English);
}

QString pick(const QString& language, const char* nl, const char* en)
{
    return QString::fromUtf8(isDutch(language) ? nl : en);
}

LocalizedText both(const char* nl, const char* en)
{
    LocalizedText text;
    text.set(QStringLiteral("nl"), QString::fromUtf8(nl));
    text.set(QStringLiteral("en"), QString::fromUtf8(en));
    return text;
}

QString decimal(const QString& language, double value, int decimals)
{
    return locale(language).toString(value, 'f', decimals);
}

QString shortNumber(const QString& language, double value)
{
    return locale(language).toString(value, 'g', 4);
}

QString score(const QString& language, double value)
{
    return decimal(language, value, std::round(value) == value ? 0 : 1);
}

} // namespace zelfscan::wording
