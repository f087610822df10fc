// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DisplayText.h"

#include "core/text/Wording.h"

#include <QLocale>
#include <QStringList>

QString percentText(const std::optional<double>& score, const zelfscan::Language& language)
{
    return score ? zelfscan::wording::percent(language, *score) : QStringLiteral("—");
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
