#!/usr/bin/env python3
# Reads an iCalendar file with python3-icalendar, as a calendar program would, and prints what the
# tests check as JSON: the calendar's version and every event's properties. Exits 77 (skip) when
# the icalendar module is not installed.
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(77)


def main(path):
    with open(path, 'rb') as f:
        raw = f.read()
    calendar = icalendar.Calendar.from_ical(raw)
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        events.append({
            'uid': str(event.get('UID')),
            'summary': str(event.get('SUMMARY')),
            'description': str(event.get('DESCRIPTION')),
            'url': str(event.get('URL', '')),
            'start': start.isoformat(),
            'start_is_date': not hasattr(start, 'hour'),
            'end': end.isoformat(),
            'stamp': event.decoded('DTSTAMP').isoformat(),
        })
    longest = max(len(line) for line in raw.split(b'\r\n'))
    print(json.dumps({'version': str(calendar.get('VERSION')), 'prodid': str(calendar.get('PRODID')),
                      'longest_line': longest, 'bare_lf': raw.replace(b'\r\n', b'').count(b'\n'),
                      'events': events}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
