// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Cpe.h"

#include <QRegularExpression>
#include <QUrl>

namespace zelfscan::advisories {

namespace {

/** Splits on ':' that no backslash escapes, and removes the escapes. */
QStringList splitFormatted(const QString& text)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            // An escaped wildcard is a literal character, not a wildcard; keep it marked.
            if (next == QLatin1Char('*') || next == QLatin1Char('?'))
                current += QLatin1Char('\\');
            current += next;
        } else if (c == QLatin1Char(':')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

bool valueMatches(const QString& asset, const QString& advisory)
{
    if (asset == QLatin1String("*") || advisory == QLatin1String("*"))
        return true;
    if (asset == advisory)
        return true;
    // Wildcards inside an advisory value: "*" any run, "?" one character; "\*" is literal.
    if (advisory.contains(QLatin1Char('*')) || advisory.contains(QLatin1Char('?'))) {
        QString pattern;
        for (qsizetype i = 0; i < advisory.size(); ++i) {
            const QChar c = advisory.at(i);
            if (c == QLatin1Char('\\') && i + 1 < advisory.size())
                pattern += QRegularExpression::escape(QString(advisory.at(++i)));
            else if (c == QLatin1Char('*'))
                pattern += QStringLiteral(".*");
            else if (c == QLatin1Char('?'))
                pattern += QLatin1Char('.');
            else
                pattern += QRegularExpression::escape(QString(c));
        }
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(asset).hasMatch();
    }
    return false;
}

} // namespace

std::optional<Cpe> parseCpe(const QString& input)
{
    const QString text = input.trimmed().toLower();
    Cpe cpe;
    if (text.startsWith(QLatin1String("cpe:2.3:"))) {
        QStringList fields = splitFormatted(text.mid(8));
        if (fields.size() != Cpe::AttributeCount)
            return std::nullopt;
        for (QString& f : fields) {
            if (f.isEmpty())
                return std::nullopt;
        }
        cpe.values = fields;
    } else if (text.startsWith(QLatin1String("cpe:/"))) {
        const QStringList fields = text.mid(5).split(QLatin1Char(':'));
        if (fields.size() > 7 || fields.isEmpty())
            return std::nullopt;
        cpe.values = QStringList(Cpe::AttributeCount, QStringLiteral("*"));
        for (int i = 0; i < fields.size(); ++i) {
            const QString value = QUrl::fromPercentEncoding(fields.at(i).toUtf8());
            if (i == 5 && value.startsWith(QLatin1Char('~'))) {
                // "~edition~sw_edition~target_sw~target_hw~other": the 2.2 packing of 2.3's fields.
                const QStringList packed = value.mid(1).split(QLatin1Char('~'));
                const int targets[]
                    = { Cpe::Edition, Cpe::SwEdition, Cpe::TargetSw, Cpe::TargetHw, Cpe::Other };
                for (int k = 0; k < 5 && k < packed.size(); ++k)
                    cpe.values[targets[k]] = packed.at(k).isEmpty() ? QStringLiteral("*") : packed.at(k);
                continue;
            }
            const int attribute = i == 6 ? Cpe::Language : i;
            cpe.values[attribute] = value.isEmpty() ? QStringLiteral("*") : value;
        }
    } else {
        return std::nullopt;
    }
    const QString part = cpe.value(Cpe::Part);
    if (part != QLatin1String("a") && part != QLatin1String("o") && part != QLatin1String("h")
        && part != QLatin1String("*"))
        return std::nullopt;
    return cpe;
}

bool cpeIdentityMatches(const Cpe& asset, const Cpe& advisory)
{
    for (int a = 0; a < Cpe::AttributeCount; ++a) {
        if (a == Cpe::Version || a == Cpe::Update)
            continue;
        // A name needs at least vendor and product to say anything.
        if ((a == Cpe::Vendor || a == Cpe::Product)
            && (asset.isAny(Cpe::Attribute(a)) || advisory.isAny(Cpe::Attribute(a))))
            return false;
        if (!valueMatches(asset.value(Cpe::Attribute(a)), advisory.value(Cpe::Attribute(a))))
            return false;
    }
    return true;
}

std::optional<Purl> parsePurl(const QString& input)
{
    QString text = input.trimmed();
    if (!text.startsWith(QLatin1String("pkg:"), Qt::CaseInsensitive))
        return std::nullopt;
    text = text.mid(4);
    while (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
        text.truncate(hash);
    if (const qsizetype question = text.indexOf(QLatin1Char('?')); question >= 0)
        text.truncate(question);
    Purl purl;
    // The version's "@" follows the name: a scoped npm namespace written unencoded
    // ("pkg:npm/@angular/core") also starts with one.
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@')); at > text.lastIndexOf(QLatin1Char('/'))) {
        purl.version = QUrl::fromPercentEncoding(text.mid(at + 1).toUtf8());
        text.truncate(at);
    }
    QStringList segments = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    purl.type = segments.takeFirst().toLower();
    purl.name = QUrl::fromPercentEncoding(segments.takeLast().toUtf8());
    QStringList ns;
    for (const QString& s : segments)
        ns << QUrl::fromPercentEncoding(s.toUtf8());
    purl.ns = ns.join(QLatin1Char('/'));
    // The purl spec for pypi: names are lower-case with "_" as "-" (Django_REST == django-rest).
    if (purl.type == QLatin1String("pypi"))
        purl.name = purl.name.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (purl.name.isEmpty())
        return std::nullopt;
    return purl;
}

} // namespace zelfscan::advisories
