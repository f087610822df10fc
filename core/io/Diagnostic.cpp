// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Diagnostic.h"

#include <algorithm>

namespace zelfscan {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return printable(where) + QStringLiteral(": ") + kind + QStringLiteral(": ") + printable(message);
}

QString printable(const QString& text)
{
    const auto isControl = [](char16_t c) { return c < 0x20 || (c >= 0x7f && c < 0xa0); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(
        diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& d) { return d.isError(); });
}

} // namespace zelfscan
