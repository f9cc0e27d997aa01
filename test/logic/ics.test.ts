import { expect } from '@open-wc/testing';
import { buildIcs, escapeIcsText, foldIcsLine, icsDataUrl, icsFileName, type IcsEvent } from '../../src/logic/ics.js';

/** The logical lines of a calendar file: unfolded (RFC 5545 §3.1) and split on CRLF. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

const octets = (line: string) => new TextEncoder().encode(line).length;

const EVENT: IcsEvent = {
  uid: 'abc-123@otd-widgets',
  date: '2025-10-07',
  startTime: '09:30',
  endTime: '16:30',
  summary: 'Training complexe scheidingen',
  location: 'Hengelo, Het Rozendaal',
  description: 'Je aanmelding is ontvangen.',
  url: 'https://www.example.org/scholing',
  stamp: new Date(Date.UTC(2025, 8, 1, 8, 5, 9, 123)),
};

describe('buildIcs', () => {
  it('writes one event in Europe/Amsterdam time, with its VTIMEZONE, every line ending in CRLF', () => {
    const ics = buildIcs(EVENT)!;
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, ''), 'no bare LF or CR').not.to.match(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//otd-widgets//otd-course-signup//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'));
    expect(event).to.deep.equal([
      'BEGIN:VEVENT',
      'UID:abc-123@otd-widgets',
      'DTSTAMP:20250901T080509Z',
      'DTSTART;TZID=Europe/Amsterdam:20251007T093000',
      'DTEND;TZID=Europe/Amsterdam:20251007T163000',
      'SUMMARY:Training complexe scheidingen',
      'LOCATION:Hengelo\\, Het Rozendaal',
      'DESCRIPTION:Je aanmelding is ontvangen.',
      'URL:https://www.example.org/scholing',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    // The time zone the TZID names is defined in the file, with the EU summer-time rule.
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).to.include('TZID:Europe/Amsterdam');
    expect(tz).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(tz).to.include('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(tz).to.include('TZOFFSETTO:+0200');
    expect(tz).to.include('TZOFFSETTO:+0100');
    for (const begin of lines.filter((l) => l.startsWith('BEGIN:'))) {
      expect(lines, `closes ${begin}`).to.include(begin.replace('BEGIN:', 'END:'));
    }
  });

  it('leaves out location, description and url when they are not given', () => {
    const lines = unfold(buildIcs({ uid: 'x', date: '2026-01-15', startTime: '13:00', endTime: '17:00', summary: 'Intervisie', stamp: EVENT.stamp })!);
    expect(lines.some((l) => /^(LOCATION|DESCRIPTION|URL)/.test(l))).to.equal(false);
    expect(lines).to.include('DTSTART;TZID=Europe/Amsterdam:20260115T130000');
  });

  it('refuses a url that is not http(s)', () => {
    const lines = unfold(buildIcs({ ...EVENT, url: 'javascript:alert(1)' })!);
    expect(lines.some((l) => l.startsWith('URL'))).to.equal(false);
  });

  const invalid: readonly [what: string, change: Partial<IcsEvent>][] = [
    ['a date that does not exist', { date: '2025-02-30' }],
    ['a date in another format', { date: '7-10-2025' }],
    ['a start time without a colon', { startTime: '0930' }],
    ['an hour past 23', { endTime: '24:00' }],
    ['an end before the start', { startTime: '16:30', endTime: '09:30' }],
    ['an end equal to the start', { endTime: '09:30' }],
    ['an invalid stamp', { stamp: new Date(Number.NaN) }],
  ];
  for (const [what, change] of invalid) {
    it(`returns null for ${what}`, () => {
      expect(buildIcs({ ...EVENT, ...change })).to.equal(null);
    });
  }

  it('folds long lines at 75 octets without splitting a character', () => {
    const summary = `Training ${'complexe scheidingen — één dag met de hele keten 💬 '.repeat(4)}`;
    const ics = buildIcs({ ...EVENT, summary })!;
    for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(unfold(ics)).to.include(`SUMMARY:${escapeIcsText(summary)}`);
    expect(ics).not.to.include('\ufffd');
  });
});

describe('escapeIcsText', () => {
  const table: readonly [value: string, escaped: string][] = [
    ['Hengelo, Het Rozendaal', 'Hengelo\\, Het Rozendaal'],
    ['Zaal 1; eerste verdieping', 'Zaal 1\\; eerste verdieping'],
    ['C:\\map', 'C:\\\\map'],
    ['regel 1\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\r\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\rregel 2', 'regel 1\\nregel 2'],
    ['a\\,b', 'a\\\\\\,b'],
    ['tab\there', 'tabhere'],
    ['bel\u0007', 'bel'],
    ['09:30–16:30 "Twente"', '09:30–16:30 "Twente"'],
    ['half \ud83d emoji', 'half \ufffd emoji'],
    ['hele 💬 emoji', 'hele 💬 emoji'],
  ];
  for (const [value, escaped] of table) {
    it(`escapes ${JSON.stringify(value)}`, () => {
      expect(escapeIcsText(value)).to.equal(escaped);
    });
  }
});

describe('foldIcsLine', () => {
  const table: readonly [what: string, line: string, lines: number][] = [
    ['a short line', 'SUMMARY:Kort', 1],
    ['exactly 75 octets', `X:${'a'.repeat(73)}`, 1],
    ['76 octets', `X:${'a'.repeat(74)}`, 2],
    ['two-byte letters at the edge', `X:${'é'.repeat(60)}`, 2],
    ['emoji at the edge', `X:${'a'.repeat(72)}💬💬💬`, 2],
    ['a very long line', `X:${'a'.repeat(500)}`, 7],
  ];
  for (const [what, line, count] of table) {
    it(`folds ${what} into ${count} line(s) of at most 75 octets`, () => {
      const folded = foldIcsLine(line).split('\r\n');
      expect(folded).to.have.length(count);
      for (const [i, part] of folded.entries()) {
        expect(octets(part)).to.be.at.most(75);
        if (i > 0) expect(part.startsWith(' ')).to.equal(true);
      }
      expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    });
  }
});

describe('icsFileName and icsDataUrl', () => {
  it('names the file after the date', () => {
    expect(icsFileName('2025-10-07')).to.equal('training-2025-10-07.ics');
    expect(icsFileName('../../etc')).to.equal('training-datum.ics');
  });

  it('makes a data: URL a browser can download and decode back', () => {
    const ics = buildIcs(EVENT)!;
    const url = icsDataUrl(ics);
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).to.equal(ics);
  });
});
