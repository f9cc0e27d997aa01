/** One event for a calendar file (RFC 5545), in Dutch local time. */
export interface IcsEvent {
  /** A globally unique id, for example `<signup id>@otd-widgets`. */
  readonly uid: string;
  /** The day, as yyyy-mm-dd. */
  readonly date: string;
  /** Start and end as hh:mm, local time in the Netherlands (Europe/Amsterdam). */
  readonly startTime: string;
  readonly endTime: string;
  readonly summary: string;
  readonly location?: string;
  readonly description?: string;
  /** An http(s) page about the event. */
  readonly url?: string;
  /** When the file is made; written as DTSTAMP in UTC. */
  readonly stamp: Date;
}

export const ICS_TIMEZONE = 'Europe/Amsterdam';

/** Central European Time with the EU summer-time rule (last Sunday of March and of October). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TIMEZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped, controls dropped. */
export function escapeIcsText(value: string): string {
  return wellFormed(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** Replaces lone UTF-16 surrogates, which cannot be encoded, with U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): continuation lines start
 * with one space. Never splits a character, so multi-byte letters and emoji stay whole.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function localDateTime(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [, y, m, day] = d;
  const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(day)) {
    return null;
  }
  return `${y}${m}${day}T${t[1]}${t[2]}00`;
}

/**
 * A calendar file with one event, times in Europe/Amsterdam (TZID with its VTIMEZONE), lines
 * ending in CRLF and folded at 75 octets. Null when the date or times are not valid, or the end
 * is not after the start.
 */
export function buildIcs(event: IcsEvent): string | null {
  const start = localDateTime(event.date, event.startTime);
  const end = localDateTime(event.date, event.endTime);
  if (!start || !end || end <= start || Number.isNaN(event.stamp.getTime())) return null;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//otd-widgets//otd-course-signup//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=${ICS_TIMEZONE}:${start}`,
    `DTEND;TZID=${ICS_TIMEZONE}:${end}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.url && /^https?:\/\/[^\s]+$/i.test(event.url) ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A file name for the download: `training-2025-10-07.ics`. */
export function icsFileName(date: string): string {
  return `training-${DATE.test(date) ? date : 'datum'}.ics`;
}

/** The file as a `data:` URL for an `<a download>`. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
