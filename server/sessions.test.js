import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson, tokensMatch } from './api.js';
import { csvCell, toCsv } from './csv.js';
import { openDatabase } from './db.js';
import {
  addDays,
  applySessions,
  demoSessions,
  onOrAfterWeekday,
  listSessions,
  loadSessionsFile,
  parseSessionsConfig,
  seedDemoSessions,
  SessionsFileError,
  today,
} from './sessions.js';
import { tempDir, testSessions } from './testkit.js';

const valid = { id: 'a', date: '2030-02-28', startTime: '09:30', endTime: '16:30', place: 'Enschede', capacity: 12 };

describe('sessions file', () => {
  it('accepts the session list shape, with place as text or per language', () => {
    const parsed = parseSessionsConfig([
      valid,
      { ...valid, id: 'b', place: { nl: 'Almelo', en: 'Almelo (NL)' }, address: ' Markt 1 ', seatsLeft: 3, waitingList: true },
    ]);
    assert.deepEqual(parsed, [
      { id: 'a', date: '2030-02-28', startTime: '09:30', endTime: '16:30', place: { nl: 'Enschede', en: 'Enschede' }, capacity: 12 },
      {
        id: 'b',
        date: '2030-02-28',
        startTime: '09:30',
        endTime: '16:30',
        place: { nl: 'Almelo', en: 'Almelo (NL)' },
        address: 'Markt 1',
        capacity: 12,
      },
    ]);
  });

  it('names every problem with its position and field', () => {
    const bad = [
      { ...valid, id: 'Niet Goed' },
      { ...valid, date: '2030-02-30' },
      { ...valid, id: 'c', startTime: '16:30', endTime: '09:30' },
      { ...valid, id: 'd', capacity: 0 },
      { ...valid, id: 'e', place: { nl: '' } },
      { ...valid, id: 'f', colour: 'red' },
      { ...valid, id: 'a' }, // [1] already has id 'a'
      'not an object',
    ];
    let error;
    try {
      parseSessionsConfig(bad, 'sessions.json');
    } catch (err) {
      error = err;
    }
    assert.ok(error instanceof SessionsFileError);
    assert.deepEqual(
      error.problems.map((p) => p.split(':')[0]),
      ['[0].id', '[1].date', '[2].endTime', '[3].capacity', '[4].place.nl', '[5].colour', '[6].id', '[7]'],
    );
    assert.match(error.message, /^sessions\.json: /);
    assert.throws(() => parseSessionsConfig({ sessions: [] }), /must be a JSON array/);
  });

  it('reports a missing file and invalid JSON clearly', () => {
    const dir = tempDir('otd-sessions-file-');
    assert.throws(() => loadSessionsFile(path.join(dir, 'missing.json')), /missing\.json: file not found/);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '[{"id": "a",]');
    assert.throws(() => loadSessionsFile(broken), /broken\.json: not valid JSON/);
  });
});

describe('sessions in the database', () => {
  it('seeds the examples only into an empty table: 3, 5 and 8 weeks ahead, on a Tuesday, Thursday and Wednesday', (t) => {
    const db = openDatabase(tempDir('otd-seed-'));
    t.after(() => db.close());
    assert.equal(seedDemoSessions(db, '2030-01-01'), true);
    assert.equal(seedDemoSessions(db, '2030-01-01'), false);
    const list = listSessions(db, '2030-01-01');
    assert.deepEqual(
      list.map((s) => [s.date, s.place.nl, s.capacity]),
      [
        ['2030-01-22', 'Enschede (voorbeeld)', 20],
        ['2030-02-07', 'Almelo (voorbeeld)', 20],
        ['2030-02-27', 'Hengelo (voorbeeld)', 2],
      ],
    );
    assert.equal(db.prepare('SELECT count(*) FROM sessions WHERE example = 1').pluck().get(), 3);
    assert.equal(demoSessions('2030-01-01').length, 3);
  });

  it('puts the examples on working days whatever day the receiver starts on, in order, at least 3, 5 and 8 weeks ahead', () => {
    const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();
    const daysBetween = (a, b) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
    // 2030-01-05 is a Saturday, 2030-01-06 a Sunday: every day of a week, and a year's turn.
    for (const from of ['2030-01-05', '2030-01-06', '2030-01-07', '2030-01-08', '2030-01-09', '2030-01-10', '2030-01-11', '2029-12-31']) {
      const dates = demoSessions(from).map((s) => s.date);
      assert.deepEqual(dates.map(weekday), [2, 4, 3], `from ${from}: Tuesday, Thursday, Wednesday`);
      const ahead = dates.map((d) => daysBetween(from, d));
      [21, 35, 56].forEach((min, i) => assert.ok(ahead[i] >= min && ahead[i] < min + 7, `from ${from}: ${dates[i]} is ${ahead[i]} days ahead`));
      assert.deepEqual([...dates].sort(), dates, `from ${from}: in order`);
    }
  });

  it('onOrAfterWeekday: the day itself when it is that weekday, else the next one', () => {
    assert.equal(onOrAfterWeekday('2030-01-01', 2), '2030-01-01'); // a Tuesday
    assert.equal(onOrAfterWeekday('2030-01-02', 2), '2030-01-08');
    assert.equal(onOrAfterWeekday('2030-01-06', 1), '2030-01-07'); // Sunday → Monday
    assert.equal(onOrAfterWeekday('2029-12-29', 4), '2030-01-03'); // across the year
  });

  it('applies a sessions file: adds, updates, unlists, and keeps seats taken', (t) => {
    const db = openDatabase(tempDir('otd-apply-'));
    t.after(() => db.close());
    seedDemoSessions(db, today());
    applySessions(db, parseSessionsConfig(testSessions()));
    assert.deepEqual(
      listSessions(db, today()).map((s) => s.id),
      ['s-ten', 's-one', 's-big'],
    );
    db.prepare("UPDATE sessions SET seats_taken = 4 WHERE id = 's-ten'").run();

    const [ten] = testSessions();
    applySessions(db, parseSessionsConfig([{ ...ten, capacity: 6, place: 'Enschede, zaal 2' }]));
    const list = listSessions(db, today());
    assert.deepEqual(
      list.map((s) => [s.id, s.capacity, s.seatsLeft, s.place.nl]),
      [['s-ten', 6, 2, 'Enschede, zaal 2']],
    );
    // The unlisted sessions stay for the signups that point to them.
    assert.equal(db.prepare('SELECT count(*) FROM sessions').pluck().get(), 6);

    assert.throws(
      () => applySessions(db, parseSessionsConfig([{ ...ten, capacity: 3 }]), 'sessions.json'),
      /capacity: 3 is below the 4 seats already taken/,
    );
    assert.equal(listSessions(db, today())[0].capacity, 6, 'a refused file changes nothing');
  });

  it('cannot overbook, even by hand: the table checks seats_taken <= capacity', (t) => {
    const db = openDatabase(tempDir('otd-check-'));
    t.after(() => db.close());
    applySessions(db, parseSessionsConfig([{ ...valid, date: addDays(today(), 1), capacity: 1 }]));
    db.prepare("UPDATE sessions SET seats_taken = 1 WHERE id = 'a'").run();
    assert.throws(() => db.prepare("UPDATE sessions SET seats_taken = 2 WHERE id = 'a'").run(), /CHECK constraint failed/);
  });

  it('lists only sessions from today on', (t) => {
    const db = openDatabase(tempDir('otd-today-'));
    t.after(() => db.close());
    applySessions(
      db,
      parseSessionsConfig([
        { ...valid, id: 'past', date: '2030-01-09' },
        { ...valid, id: 'today', date: '2030-01-10' },
      ]),
    );
    assert.deepEqual(
      listSessions(db, '2030-01-10').map((s) => s.id),
      ['today'],
    );
  });
});

describe('helpers', () => {
  it('csvCell quotes every cell and defuses formulas', () => {
    assert.equal(csvCell('plain'), '"plain"');
    assert.equal(csvCell('say "hi", ok'), '"say ""hi"", ok"');
    assert.equal(csvCell(null), '""');
    assert.equal(csvCell(true), '"true"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.equal(csvCell(`${start}1+1`), `"'${start}1+1"`, JSON.stringify(start));
    }
    assert.equal(toCsv(['a', 'b'], [[1, 'x\ny']]), '"a","b"\r\n"1","x\ny"\r\n');
  });

  it('canonicalJson does not depend on key order', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: null }] }), canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    assert.equal(canonicalJson({ b: 1, a: 'x' }), '{"a":"x","b":1}');
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
  });

  it('tokensMatch compares exactly, whatever the lengths', () => {
    assert.equal(tokensMatch('secret-token-123456', 'secret-token-123456'), true);
    assert.equal(tokensMatch('secret-token-12345', 'secret-token-123456'), false);
    assert.equal(tokensMatch('', 'secret-token-123456'), false);
  });
});
