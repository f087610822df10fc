// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/ActionPlan.h"
#include "core/text/Language.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zelfscan {

/**
 * The planned steps as an iCalendar file (RFC 5545), one all-day VEVENT per step on its due date.
 * VEVENT, not VTODO: Google Calendar and Outlook's calendar import events only and drop to-dos
 * without a word, and the point is that the owner's calendar shows the date. Nothing is sent;
 * the user imports the file. Written by hand: the few properties needed are simpler to get right
 * here (escaping, folding, CRLF) than to wrap libical for.
 */
namespace ical {

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
QString escapeText(const QString& text);

/**
 * One content line, folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8 sequence, each
 * line ending in CRLF.
 */
QByteArray foldLine(const QString& line);

/** The UID of a step: the same for the same plan key, so importing again updates the item. */
QString uidOf(const QString& planKey);

/** The calendar of @p entries (see calendarEntries()); @p stamp is DTSTAMP. */
QByteArray calendar(const QList<PlanEntry>& entries, const Language& language, const QDateTime& stamp);

} // namespace ical
} // namespace zelfscan
