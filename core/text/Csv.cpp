// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Csv.h"

#include <algorithm>

namespace zelfscan::csv {

namespace {

bool startsLikeFormula(const QString& text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0));
}

} // namespace

QString field(const QString& text)
{
    QString value = startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"')
            || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    });
    if (plain)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString withoutFormulaGuard(const QString& value)
{
    if (value.size() > 1 && value.at(0) == QLatin1Char('\'') && startsLikeFormula(value.mid(1, 1)))
        return value.mid(1);
    return value;
}

QString line(const QStringList& fields, QChar separator)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString& text : fields)
        safe.append(field(text));
    return safe.join(separator);
}

QByteArray document(const QStringList& lines)
{
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArray("\r\n");
}

} // namespace zelfscan::csv
