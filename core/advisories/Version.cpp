// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Version.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace zelfscan::advisories {

namespace {

// Ranks of one part of a version where two versions differ; a missing part is End.
enum Rank { PreRelease = 0, End = 1, Word = 2, Number = 3 };

struct Part
{
    Rank rank = End;
    QString text; ///< digits without leading zeros, or a lower-case word
};

/**
 * Whether @p word marks a pre-release. "a" and "b" do only before a number ("1.0a1", "2.0b2"):
 * alone after a release they are a letter suffix that comes after it, as libversion reads them
 * (OpenSSL's 1.1.1 < 1.1.1a < 1.1.1k).
 */
bool isPreReleaseWord(const QString& word, bool numberFollows)
{
    static const QStringList words = { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("rc"),
        QStringLiteral("pre"), QStringLiteral("preview"), QStringLiteral("dev"), QStringLiteral("snapshot") };
    if (word == QLatin1String("a") || word == QLatin1String("b"))
        return numberFollows;
    return words.contains(word);
}

QList<Part> split(const QString& version)
{
    QList<Part> parts;
    const QString text = version.toLower();
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            int j = i;
            while (j < n && text.at(j).isDigit())
                ++j;
            QString digits = text.mid(i, j - i);
            while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            parts.append({ Number, digits });
            i = j;
        } else if (c.isLetter()) {
            int j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QString word = text.mid(i, j - i);
            // "V7.4" and "7.4" are the same version; "v" is a prefix, not a part.
            const bool prefix = word == QLatin1String("v") && j < n && text.at(j).isDigit();
            if (!prefix) {
                const bool numberFollows = j < n && text.at(j).isDigit();
                parts.append({ isPreReleaseWord(word, numberFollows) ? PreRelease : Word, word });
            }
            i = j;
        } else {
            ++i;
        }
    }
    return parts;
}

int compareParts(const Part& a, const Part& b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    if (a.rank == Number) {
        if (a.text.size() != b.text.size())
            return a.text.size() < b.text.size() ? -1 : 1;
    }
    return a.text.compare(b.text);
}

bool isZero(const Part& part)
{
    return part.rank == Number && part.text == QLatin1String("0");
}

} // namespace

int compareVersions(const QString& a, const QString& b)
{
    const QList<Part> left = split(a);
    const QList<Part> right = split(b);
    const qsizetype n = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Part l = i < left.size() ? left.at(i) : Part();
        const Part r = i < right.size() ? right.at(i) : Part();
        // 1.0 and 1.0.0 are one version.
        if ((l.rank == End && isZero(r)) || (r.rank == End && isZero(l)))
            continue;
        if (const int c = compareParts(l, r); c != 0)
            return c;
    }
    return 0;
}

namespace {

/** Semantic version 2.0 parts; valid is false for anything else. */
struct SemVer
{
    bool valid = false;
    QList<qulonglong> core; ///< major, minor, patch
    QStringList preRelease; ///< dot-separated identifiers after "-"
};

SemVer readSemVer(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
        "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    SemVer version;
    if (!m.hasMatch())
        return version;
    for (int i = 1; i <= 3; ++i) {
        bool ok = false;
        version.core.append(m.captured(i).toULongLong(&ok));
        if (!ok)
            return version;
    }
    if (!m.captured(4).isEmpty())
        version.preRelease = m.captured(4).split(QLatin1Char('.'));
    version.valid = true;
    return version;
}

bool isNumeric(const QString& identifier)
{
    return !identifier.isEmpty()
        && std::all_of(identifier.begin(), identifier.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/** SemVer 2.0 rule 11: pre-release identifiers one by one, numbers below words. */
int comparePreRelease(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool numberA = isNumeric(a.at(i));
        const bool numberB = isNumeric(b.at(i));
        if (numberA && numberB) {
            const qulonglong x = a.at(i).toULongLong();
            const qulonglong y = b.at(i).toULongLong();
            if (x != y)
                return x < y ? -1 : 1;
        } else if (numberA != numberB) {
            return numberA ? -1 : 1;
        } else if (const int c = a.at(i).compare(b.at(i)); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

} // namespace

int compareTrackingVersions(const QString& a, const QString& b)
{
    if (isNumeric(a.trimmed()) && isNumeric(b.trimmed())) {
        bool okA = false;
        bool okB = false;
        const qulonglong x = a.trimmed().toULongLong(&okA);
        const qulonglong y = b.trimmed().toULongLong(&okB);
        if (okA && okB)
            return x == y ? 0 : x < y ? -1 : 1;
    }
    const SemVer left = readSemVer(a);
    const SemVer right = readSemVer(b);
    if (!left.valid || !right.valid)
        return compareVersions(a, b);
    for (int i = 0; i < 3; ++i) {
        if (left.core.at(i) != right.core.at(i))
            return left.core.at(i) < right.core.at(i) ? -1 : 1;
    }
    if (left.preRelease.isEmpty() != right.preRelease.isEmpty())
        return left.preRelease.isEmpty() ? 1 : -1;
    return comparePreRelease(left.preRelease, right.preRelease);
}

bool versionsComparable(const QString& a, const QString& b)
{
    const QList<Part> left = split(a);
    const QList<Part> right = split(b);
    if (left.isEmpty() || right.isEmpty())
        return true;
    const Rank first = left.first().rank;
    const Rank other = right.first().rank;
    return !((first == Word && other == Number) || (first == Number && other == Word));
}

bool isBuildOf(const QString& version, const QString& named)
{
    const QString v = version.trimmed();
    const QString n = named.trimmed();
    if (n.isEmpty() || v.size() < n.size() + 2 || !v.startsWith(n, Qt::CaseInsensitive))
        return false;
    const QChar separator = v.at(n.size());
    if (separator != QLatin1Char('-') && separator != QLatin1Char('+'))
        return false;
    const QString build = v.mid(n.size() + 1);
    return std::all_of(build.begin(), build.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool looksLikeVersion(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

namespace {

using Op = VersionConstraint::Op;

/**
 * Whether @p text is one version as vendors write it ("V7.4 SP1", "2016 R2", "CPCI85 V05",
 * "7.1.1-42962"), not prose or a range in words ("up to 2.0", "2.0 and earlier", "1.0 - 2.0",
 * "2.x"). Read as one exact version, such text would match nothing and hide an alert.
 */
bool isPlainVersion(const QString& text)
{
    if (!looksLikeVersion(text) || text.count(QLatin1Char(' ')) > 2 || text.contains(QLatin1Char('|'))
        || text.contains(QLatin1String(" - ")) || text.contains(QLatin1Char('*')))
        return false;
    static const QRegularExpression prose(
        QStringLiteral(
            "\\b(up|to|and|or|through|thru|until|till|later|earlier|newer|older|only|including|inclusive|"
            "excluding|prior|before|after|since|from|below|above|onwards?|higher|lower|than|all|any|versions?"
            "|x)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !prose.match(text).hasMatch();
}

/** "<1.2" or "1.2" (as "="): one constraint of a `vers` list, or false. */
bool readOneConstraint(const QString& segment, QList<VersionConstraint>* out)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(>=|<=|!=|<|>|=)?\\s*(.*?)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(segment);
    // Checked as written: "%7C" is how vers puts a "|" inside a version.
    if (!isPlainVersion(m.captured(2)))
        return false;
    const QString version = QUrl::fromPercentEncoding(m.captured(2).toUtf8()).trimmed();
    const QString op = m.captured(1);
    const Op kind = op == QLatin1String(">=") ? Op::GreaterOrEqual
        : op == QLatin1String("<=")           ? Op::LessOrEqual
        : op == QLatin1String("!=")           ? Op::NotEqual
        : op == QLatin1String("<")            ? Op::Less
        : op == QLatin1String(">")            ? Op::Greater
                                              : Op::Equal;
    out->append({ kind, version });
    return true;
}

/** Splits "<a|>=b" or ">=V7.80<V9.40" or "< 2016 R2" into constraints; false when it cannot. */
bool readConstraints(const QString& text, QList<VersionConstraint>* out)
{
    QList<VersionConstraint> constraints;
    if (text.contains(QLatin1Char('|'))) {
        // A vers list: each part is one constraint, and a bare version means "=".
        for (const QString& segment : text.split(QLatin1Char('|'))) {
            if (!readOneConstraint(segment, &constraints))
                return false;
        }
        std::stable_sort(constraints.begin(), constraints.end(),
            [](const VersionConstraint& a, const VersionConstraint& b) {
                return compareVersions(a.version, b.version) < 0;
            });
        *out = constraints;
        return true;
    }
    static const QRegularExpression opPattern(QStringLiteral("(>=|<=|!=|=>|=<|<|>|=)"));
    QRegularExpressionMatchIterator it = opPattern.globalMatch(text);
    int previousEnd = -1;
    Op previousOp = Op::Equal;
    auto finish = [&](int end) {
        if (previousEnd < 0)
            return true;
        QString version = text.mid(previousEnd, end - previousEnd).trimmed();
        while (version.endsWith(QLatin1Char('|')) || version.endsWith(QLatin1Char(',')))
            version.chop(1);
        // ">= V3.0 and < V3.4": the word joins two bounds; it is not part of the first.
        static const QRegularExpression joiner(
            QStringLiteral("\\s+(and|&)$"), QRegularExpression::CaseInsensitiveOption);
        version = version.trimmed().remove(joiner);
        if (!isPlainVersion(version))
            return false;
        version = QUrl::fromPercentEncoding(version.toUtf8()).trimmed();
        constraints.append({ previousOp, version });
        return true;
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = text.mid(
            previousEnd < 0 ? 0 : previousEnd, m.capturedStart() - (previousEnd < 0 ? 0 : previousEnd));
        if (previousEnd < 0) {
            // Only separators may stand before the first comparator; "0 < 8.0.1" is "< 8.0.1".
            const QString lead = before.trimmed();
            if (!lead.isEmpty() && lead != QLatin1String("0"))
                return false;
        } else if (!finish(int(m.capturedStart()))) {
            return false;
        }
        const QString op = m.captured(1);
        if (op == QLatin1String(">="))
            previousOp = Op::GreaterOrEqual;
        else if (op == QLatin1String("<=") || op == QLatin1String("=<"))
            previousOp = Op::LessOrEqual;
        else if (op == QLatin1String("=>"))
            previousOp = Op::GreaterOrEqual;
        else if (op == QLatin1String("!="))
            previousOp = Op::NotEqual;
        else if (op == QLatin1String("<"))
            previousOp = Op::Less;
        else if (op == QLatin1String(">"))
            previousOp = Op::Greater;
        else
            previousOp = Op::Equal;
        previousEnd = int(m.capturedEnd());
    }
    if (previousEnd < 0) {
        // No comparator: a single version where a range was expected, as "=".
        if (!isPlainVersion(text.trimmed()))
            return false;
        constraints.append({ Op::Equal, QUrl::fromPercentEncoding(text.trimmed().toUtf8()).trimmed() });
    } else if (!finish(int(text.size()))) {
        return false;
    }
    if (constraints.isEmpty())
        return false;
    std::stable_sort(
        constraints.begin(), constraints.end(), [](const VersionConstraint& a, const VersionConstraint& b) {
            return compareVersions(a.version, b.version) < 0;
        });
    *out = constraints;
    return true;
}

bool holds(Op op, int comparison)
{
    switch (op) {
    case Op::Equal:
        return comparison == 0;
    case Op::NotEqual:
        return comparison != 0;
    case Op::Less:
        return comparison < 0;
    case Op::LessOrEqual:
        return comparison <= 0;
    case Op::Greater:
        return comparison > 0;
    case Op::GreaterOrEqual:
        return comparison >= 0;
    }
    return false;
}

bool isLower(Op op)
{
    return op == Op::Greater || op == Op::GreaterOrEqual;
}

bool isUpper(Op op)
{
    return op == Op::Less || op == Op::LessOrEqual;
}

QString opText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    }
    return {};
}

} // namespace

VersionRange parseVersionRange(const QString& input)
{
    VersionRange range;
    range.text = input;
    QString text = input.simplified();
    text.replace(QChar(0x2264), QLatin1String("<=")).replace(QChar(0x2265), QLatin1String(">="));
    if (text.startsWith(QLatin1String("vers:"), Qt::CaseInsensitive)) {
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return range;
        const QString scheme = text.mid(5, slash - 5).toLower();
        text = text.mid(slash + 1).trimmed();
        if (scheme == QLatin1String("unknown")) {
            // Seen in the wild: "version not stated", which is not "all versions".
            range.kind = VersionRange::Kind::Unknown;
            return range;
        }
    }
    static const QRegularExpression allVersions(
        QStringLiteral("^(all|any)(\\s+(versions?|releases?))?\\b\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = allVersions.match(text); m.hasMatch())
        text = text.mid(m.capturedEnd()).trimmed();
    static const QRegularExpression before(QStringLiteral("^(before|prior to|earlier than|older than)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = before.match(text); m.hasMatch())
        text = QStringLiteral("<") + text.mid(m.capturedEnd());
    if (text.isEmpty() || text == QLatin1String("*")) {
        range.kind = VersionRange::Kind::All;
        return range;
    }
    if (readConstraints(text, &range.constraints))
        range.kind = VersionRange::Kind::Constraints;
    return range;
}

bool VersionRange::contains(const QString& version) const
{
    if (kind == Kind::All)
        return true;
    if (kind != Kind::Constraints)
        return false;
    // The vers containment walk: = and != first, then the remaining bounds in pairs.
    QList<VersionConstraint> bounds;
    for (const VersionConstraint& c : constraints) {
        const int comparison = compareVersions(version, c.version);
        if (c.op == Op::Equal && comparison == 0)
            return true;
        if (c.op == Op::NotEqual && comparison == 0)
            return false;
        if (c.op != Op::Equal && c.op != Op::NotEqual)
            bounds.append(c);
    }
    if (bounds.isEmpty()) {
        // Only != constraints: every other version; only = constraints: none matched.
        return std::all_of(constraints.begin(), constraints.end(), [](const VersionConstraint& c) {
            return c.op == Op::NotEqual;
        }) && !constraints.isEmpty();
    }
    if (bounds.size() == 1)
        return holds(bounds.first().op, compareVersions(version, bounds.first().version));
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const VersionConstraint& current = bounds.at(i);
        const VersionConstraint& next = bounds.at(i + 1);
        const int toCurrent = compareVersions(version, current.version);
        const int toNext = compareVersions(version, next.version);
        if (i == 0 && isUpper(current.op) && holds(current.op, toCurrent))
            return true;
        if (i + 2 == bounds.size() && isLower(next.op) && holds(next.op, toNext))
            return true;
        if (isLower(current.op) && isUpper(next.op) && holds(current.op, toCurrent) && holds(next.op, toNext))
            return true;
    }
    return false;
}

QString VersionRange::describe() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all versions");
    case Kind::Unknown:
        return QStringLiteral("versions not stated");
    case Kind::Unreadable:
        return QStringLiteral("versions '%1'").arg(text);
    case Kind::Constraints:
        break;
    }
    return QStringLiteral("versions %1").arg(constraintsText());
}

QString VersionRange::constraintsText() const
{
    QStringList parts;
    for (const VersionConstraint& c : constraints)
        parts << opText(c.op) + c.version;
    return parts.join(QLatin1Char(' '));
}

} // namespace zelfscan::advisories
