// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Wording.h"

#include <QHash>

#include <cmath>

namespace zelfscan::wording {

QString decimal(const Language& language, double value, int decimals)
{
    return language.locale().toString(value, 'f', decimals);
}

QString shortNumber(const Language& language, double value)
{
    return language.locale().toString(value, 'g', 4);
}

QString score(const Language& language, double value)
{
    return decimal(language, value, std::round(value) == value ? 0 : 1);
}

QString percent(const Language& language, double value)
{
    return language.locale().toString(std::lround(value)) + notation(language).percentSign;
}

const Notation& notation(const Language& language)
{
    static const Notation english { QLatin1Char(','), QLatin1Char('.'), QStringLiteral("%"), "yyyy-mm-dd",
        "yyyy-mm-dd hh:mm" };
    // Dutch Excel separates with ';' because its decimal mark is the comma; Dutch puts a space
    // before the percent sign (a no-break space, so "29 %" never breaks over two lines), and
    // writes dates day first.
    static const QHash<QString, Notation> byLanguage {
        { QStringLiteral("nl"),
            { QLatin1Char(';'), QLatin1Char(','), QStringLiteral("\u00A0%"), "dd-mm-yyyy",
                "dd-mm-yyyy hh:mm" } },
    };
    const auto found = byLanguage.constFind(language.base());
    return found != byLanguage.constEnd() ? *found : english;
}

} // namespace zelfscan::wording
