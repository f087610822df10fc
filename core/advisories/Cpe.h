// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan::advisories {

/**
 * A CPE name read from a 2.3 formatted string (`cpe:2.3:a:vendor:product:1.0:*:...`) or a 2.2
 * URI (`cpe:/a:vendor:product:1.0`), so that both forms of one name compare equal. Values are
 * unescaped and lower-case; "*" is ANY and "-" is NA.
 */
struct Cpe
{
    enum Attribute {
        Part,
        Vendor,
        Product,
        Version,
        Update,
        Edition,
        Language,
        SwEdition,
        TargetSw,
        TargetHw,
        Other,
        AttributeCount
    };
    QStringList values; ///< AttributeCount entries

    QString value(Attribute a) const { return values.value(a); }
    bool isAny(Attribute a) const { return value(a) == QLatin1String("*"); }
};

std::optional<Cpe> parseCpe(const QString& text);

/**
 * Whether an asset's CPE names the same thing as an advisory's, leaving the version out: each of
 * part, vendor, product and the other attributes equal or ANY on either side (wildcards in the
 * advisory's values honoured). Versions are compared by the caller, against ranges as well.
 */
bool cpeIdentityMatches(const Cpe& asset, const Cpe& advisory);

/** A package URL: `pkg:type/namespace/name@version?qualifiers#subpath`, percent-decoded. */
struct Purl
{
    QString type;
    QString ns;
    QString name;
    QString version;
};

std::optional<Purl> parsePurl(const QString& text);

} // namespace zelfscan::advisories
