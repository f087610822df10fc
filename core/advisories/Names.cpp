// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Names.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

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

namespace {

/** One character of a model pattern: a literal, or a wildcard. */
struct PatternChar
{
    QChar c;
    bool wildcard = false;
};

QList<PatternChar> readPattern(const QString& pattern)
{
    QList<PatternChar> chars;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            chars.append({ pattern.at(++i), false });
            continue;
        }
        chars.append({ c, c == QLatin1Char('?') || c == QLatin1Char('*') });
    }
    return chars;
}

} // namespace

bool hasModelWildcard(const QString& pattern)
{
    const QList<PatternChar> chars = readPattern(pattern);
    return std::any_of(chars.cbegin(), chars.cend(), [](const PatternChar& p) { return p.wildcard; });
}

bool modelMatches(const QString& pattern, const QString& model)
{
    if (pattern == model)
        return true;
    // Glob matching with backtracking to the last "*": linear for the short strings models are.
    const QList<PatternChar> p = readPattern(pattern);
    qsizetype i = 0; // in model
    qsizetype j = 0; // in pattern
    qsizetype star = -1;
    qsizetype resume = 0;
    while (i < model.size()) {
        if (j < p.size() && p.at(j).wildcard && p.at(j).c == QLatin1Char('*')) {
            star = j++;
            resume = i;
        } else if (j < p.size()
            && ((p.at(j).wildcard && p.at(j).c == QLatin1Char('?'))
                || (!p.at(j).wildcard && p.at(j).c == model.at(i)))) {
            ++i;
            ++j;
        } else if (star >= 0) {
            j = star + 1;
            i = ++resume;
        } else {
            return false;
        }
    }
    while (j < p.size() && p.at(j).wildcard && p.at(j).c == QLatin1Char('*'))
        ++j;
    return j == p.size();
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
