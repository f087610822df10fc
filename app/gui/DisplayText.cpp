// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DisplayText.h"

#include "core/text/Wording.h"

#include <QLocale>
#include <QStringList>

QString percentText(const std::optional<double>& score, const zelfscan::Language& language)
{
    return score ? zelfscan::wording::percent(language, *score) : QStringLiteral("—");
}

QString percentAxisFormat(const zelfscan::Language& language)
{
    // Qt Charts prints the format through a Latin-1 printf, which garbles the no-break space
    // percentText() puts before the sign; an axis label never breaks, so a plain space does.
    // The sign itself is written %% in a printf format.
    QString sign = zelfscan::wording::notation(language).percentSign;
    sign.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QStringLiteral("%d") + sign;
}

QString wrappedChartLabel(const QString& text, int lineLength, int maxLines)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() += QStringLiteral("…");
    }
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}
