// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Icalendar.h"

#include "core/text/Wording.h"

namespace zelfscan::ical {

namespace {

constexpr int maxOctets = 75;

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString description(const PlanEntry& entry, const Language& language)
{
    QStringList parts { entry.step.how.text(language) };
    if (const QString why = entry.step.why.text(language); !why.isEmpty())
        parts.append(wording::pick(language, "Waarom: ", "Why: ") + why);
    if (!entry.planning.owner.isEmpty())
        parts.append(wording::pick(language, "Wie: ", "Who: ") + entry.planning.owner);
    for (const StepLink& link : entry.step.links)
        parts.append(link.title.text(language) + QStringLiteral(": ") + link.url);
    return parts.join(QStringLiteral("\n\n"));
}

void appendEvent(QByteArray& out, const PlanEntry& entry, const Language& language, const QString& stamp)
{
    const QDate due = entry.planning.due;
    QStringList lines { QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:") + uidOf(entry.key),
        QStringLiteral("DTSTAMP:") + stamp, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(due),
        QStringLiteral("DTEND;VALUE=DATE:") + dateValue(due.addDays(1)),
        QStringLiteral("SUMMARY:") + escapeText(entry.step.title.text(language)),
        QStringLiteral("DESCRIPTION:") + escapeText(description(entry, language)) };
    if (!entry.step.links.isEmpty())
        lines.append(QStringLiteral("URL:") + entry.step.links.first().url);
    lines.append({ QStringLiteral("TRANSP:TRANSPARENT"), QStringLiteral("END:VEVENT") });
    for (const QString& line : lines)
        out += foldLine(line);
}

} // namespace

QString escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CRLF is one line break
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int used = 0;
    int limit = maxOctets;
    for (qsizetype i = 0; i < utf8.size();) {
        // The length of the UTF-8 sequence that starts here, so a fold never splits a character.
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (used + length > limit) {
            out += "\r\n "; // the space counts towards the next line's 75 octets
            used = 1;
        }
        out += utf8.mid(i, length);
        used += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

QString uidOf(const QString& planKey)
{
    QString uid = planKey;
    uid.replace(u'/', u'-');
    return uid + QStringLiteral("@plan.zelfscan");
}

QByteArray calendar(const QList<PlanEntry>& entries, const Language& language, const QDateTime& stamp)
{
    QByteArray out;
    for (const char* line : { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zelfscan//Actieplan//NL",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH" })
        out += foldLine(QLatin1String(line));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const PlanEntry& entry : entries)
        appendEvent(out, entry, language, dtstamp);
    out += foldLine(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace zelfscan::ical
