// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Names.h"

#include <QRegularExpression>
#include <QStringList>

namespace zelfscan::advisories {

namespace {

QString words(const QString& text)
{
    QString result;
    result.reserve(text.size());
    bool space = true;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            result += c.toLower();
            space = false;
        } else if (!space) {
            result += QLatin1Char(' ');
            space = true;
        }
    }
    return result.trimmed();
}

} // namespace

QString normaliseVendor(const QString& vendor)
{
    static const QStringList legalForms = { QStringLiteral("bv"), QStringLiteral("b v"), QStringLiteral("nv"),
        QStringLiteral("n v"), QStringLiteral("gmbh"), QStringLiteral("gmbh co kg"), QStringLiteral("ag"),
        QStringLiteral("se"), QStringLiteral("inc"), QStringLiteral("incorporated"), QStringLiteral("ltd"),
        QStringLiteral("limited"), QStringLiteral("llc"), QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("co"), QStringLiteral("company"), QStringLiteral("sa"),
        QStringLiteral("s a"), QStringLiteral("plc"), QStringLiteral("ab"), QStringLiteral("oy"),
        QStringLiteral("as") };
    QString name = words(vendor);
    // Drop legal forms from the end, longest first, as long as something is left.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString& form : legalForms) {
            if (name.endsWith(QLatin1Char(' ') + form) && name.size() > form.size() + 1) {
                name.chop(form.size() + 1);
                name = name.trimmed();
                changed = true;
            }
        }
    }
    return name;
}

QString normaliseProduct(const QString& product, const QString& normalisedVendor)
{
    QString name = words(product);
    if (!normalisedVendor.isEmpty() && name.startsWith(normalisedVendor + QLatin1Char(' ')))
        name = name.mid(normalisedVendor.size() + 1);
    return name;
}

QString normaliseModel(const QString& model)
{
    QString result;
    for (const QChar c : model) {
        if (!c.isSpace())
            result += c.toUpper();
    }
    return result;
}

NameComparison compareNames(
    const QString& a, const QString& normalisedA, const QString& b, const QString& normalisedB)
{
    if (a.isEmpty() || b.isEmpty() || normalisedA.isEmpty() || normalisedB.isEmpty())
        return {};
    if (a == b)
        return { 1.0, QStringLiteral("equal") };
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return { 0.95, QStringLiteral("equal apart from case") };
    if (normalisedA == normalisedB)
        return { 0.9, QStringLiteral("equal after normalising") };
    // One name inside the other, on word boundaries: "DiskStation Manager" in "Synology
    // DiskStation Manager (DSM)". Short names would match too much.
    const QString& shorter = normalisedA.size() < normalisedB.size() ? normalisedA : normalisedB;
    const QString& longer = normalisedA.size() < normalisedB.size() ? normalisedB : normalisedA;
    const QString paddedLonger = QLatin1Char(' ') + longer + QLatin1Char(' ');
    const QString paddedShorter = QLatin1Char(' ') + shorter + QLatin1Char(' ');
    if (shorter.size() >= 4 && paddedLonger.contains(paddedShorter))
        return { 0.75, QStringLiteral("one name contains the other") };
    return {};
}

} // namespace zelfscan::advisories
