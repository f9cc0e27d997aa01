import { readFileSync } from 'node:fs';
import { sessionConfigListSchema } from '../dist/shared/sessions.js';

/**
 * Training sessions: the sessions file, the demo seed and the public list.
 *
 * The file has the shape of `sessionListSchema` in `src/content/schema/sessions.ts`, without the
 * live numbers: `seatsLeft` and `waitingList` may be present (so an exported list can be fed back)
 * but are ignored, because the database counts the seats. The rules are the shared
 * `sessionConfigListSchema` (src/content/schema/sessions.ts, built into dist/shared/).
 */

/** The time zone the training days are in; "today" and "upcoming" are computed in it. */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * @typedef {object} SessionConfig  One session as configured (file or demo seed).
 * @property {string} id
 * @property {string} date  yyyy-mm-dd
 * @property {string} startTime  hh:mm
 * @property {string} endTime  hh:mm
 * @property {{ nl: string, en: string }} place
 * @property {string} [address]
 * @property {number} capacity
 */

/**
 * @typedef {object} PublicSession  One session as `GET /api/sessions` lists it.
 * @property {string} id
 * @property {string} date
 * @property {string} startTime
 * @property {string} endTime
 * @property {{ nl: string, en: string }} place
 * @property {string} [address]
 * @property {number} capacity
 * @property {number} seatsLeft
 * @property {true} waitingList
 */

/** A sessions file that cannot be used; the message lists every problem. */
export class SessionsFileError extends Error {
  /**
   * @param {string} source
   * @param {string[]} problems
   */
  constructor(source, problems) {
    super(`${source}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join('\n  - ')}`}`);
    this.name = 'SessionsFileError';
    this.problems = problems;
  }
}

/**
 * The calendar date in `TIME_ZONE`, as yyyy-mm-dd.
 * @param {Date} [now]
 * @returns {string}
 */
export function today(now = new Date()) {
  // The Swedish locale writes dates as yyyy-mm-dd.
  return now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}

/**
 * @param {string} isoDate  yyyy-mm-dd
 * @param {number} days
 * @returns {string}
 */
export function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Writes a zod path as `[0].place.nl`.
 * @param {PropertyKey[]} path
 */
function formatPath(path) {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/**
 * Checks a parsed sessions file with the shared `sessionConfigListSchema` (the same rules as the
 * elements' session list) and returns the sessions in the database's terms.
 * @param {unknown} data
 * @param {string} [source]  named in the error message
 * @returns {SessionConfig[]}
 * @throws {SessionsFileError}
 */
export function parseSessionsConfig(data, source = 'sessions') {
  if (!Array.isArray(data)) {
    throw new SessionsFileError(source, ['must be a JSON array of sessions']);
  }
  const result = sessionConfigListSchema.safeParse(data);
  if (!result.success) {
    // In file order: per session, then as found.
    const issues = [...result.error.issues].sort((a, b) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1));
    const problems = issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`)
        : [`${formatPath(issue.path)}: ${issue.message}`],
    );
    throw new SessionsFileError(source, problems);
  }
  return result.data.map((s) => ({
    id: s.id,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: typeof s.place === 'string' ? { nl: s.place, en: s.place } : { nl: s.place.nl, en: s.place.en ?? s.place.nl },
    ...(s.address !== undefined ? { address: s.address } : {}),
    capacity: s.capacity,
  }));
}

/**
 * Reads and checks a sessions file.
 * @param {string} file
 * @returns {SessionConfig[]}
 * @throws {SessionsFileError}
 */
export function loadSessionsFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = /** @type {NodeJS.ErrnoException} */ (err).code;
    throw new SessionsFileError(file, [code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`]);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SessionsFileError(file, [`not valid JSON (${/** @type {Error} */ (err).message})`]);
  }
  return parseSessionsConfig(data, file);
}

/**
 * Makes the listed sessions exactly the configured ones: new ones are added, existing ones
 * updated (their seats taken are kept), and sessions no longer configured stop being listed
 * (they stay in the database for the signups that point to them).
 * @param {import('better-sqlite3').Database} db
 * @param {SessionConfig[]} sessions
 * @param {string} [source]
 * @throws {SessionsFileError} when a capacity is below the seats already taken
 */
export function applySessions(db, sessions, source = 'sessions') {
  const taken = db.prepare('SELECT seats_taken FROM sessions WHERE id = ?').pluck();
  const upsert = db.prepare(`
    INSERT INTO sessions (id, date, start_time, end_time, place_nl, place_en, address, capacity, listed, example)
    VALUES (@id, @date, @startTime, @endTime, @placeNl, @placeEn, @address, @capacity, 1, 0)
    ON CONFLICT (id) DO UPDATE SET
      date = excluded.date, start_time = excluded.start_time, end_time = excluded.end_time,
      place_nl = excluded.place_nl, place_en = excluded.place_en, address = excluded.address,
      capacity = excluded.capacity, listed = 1, example = 0
  `);
  const unlistAll = db.prepare('UPDATE sessions SET listed = 0');
  db.transaction(() => {
    /** @type {string[]} */
    const problems = [];
    sessions.forEach((s, i) => {
      const seats = /** @type {number | undefined} */ (taken.get(s.id));
      if (seats !== undefined && s.capacity < seats) {
        problems.push(`[${i}].capacity: ${s.capacity} is below the ${seats} seats already taken for "${s.id}"`);
      }
    });
    if (problems.length) throw new SessionsFileError(source, problems);
    unlistAll.run();
    for (const s of sessions) {
      upsert.run({
        id: s.id,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        placeNl: s.place.nl,
        placeEn: s.place.en,
        address: s.address ?? null,
        capacity: s.capacity,
      });
    }
  }).immediate();
}

/**
 * The first `weekday` (0 Sunday … 6 Saturday) on or after `isoDate`.
 * @param {string} isoDate  yyyy-mm-dd
 * @param {number} weekday
 * @returns {string}
 */
export function onOrAfterWeekday(isoDate, weekday) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(isoDate, (weekday - day + 7) % 7);
}

/**
 * Three clearly fictional sessions, on working days: the Tuesday 3 weeks after `fromDate` or the
 * first after it, likewise a Thursday after 5 weeks and a Wednesday after 8, whatever day
 * `fromDate` is. The last one has two seats, so a demo shows a session that is nearly full.
 * @param {string} fromDate  yyyy-mm-dd
 * @returns {SessionConfig[]}
 */
export function demoSessions(fromDate) {
  /** @type {[days: number, weekday: number, town: string, capacity: number][]} */
  const plan = [
    [21, 2, 'Enschede', 20],
    [35, 4, 'Almelo', 20],
    [56, 3, 'Hengelo', 2],
  ];
  return plan.map(([days, weekday, town, capacity]) => ({
    id: `voorbeeld-${town.toLowerCase()}`,
    date: onOrAfterWeekday(addDays(fromDate, days), weekday),
    startTime: '09:30',
    endTime: '16:30',
    place: { nl: `${town} (voorbeeld)`, en: `${town} (example)` },
    address: `Voorbeeldstraat 1, ${town}`,
    capacity,
  }));
}

/**
 * Seeds the demo sessions, only when there are no sessions at all.
 * @param {import('better-sqlite3').Database} db
 * @param {string} fromDate  yyyy-mm-dd
 * @returns {boolean} whether it seeded
 */
export function seedDemoSessions(db, fromDate) {
  const insert = db.prepare(`
    INSERT INTO sessions (id, date, start_time, end_time, place_nl, place_en, address, capacity, listed, example)
    VALUES (@id, @date, @startTime, @endTime, @placeNl, @placeEn, @address, @capacity, 1, 1)
  `);
  return db
    .transaction(() => {
      if (db.prepare('SELECT count(*) FROM sessions').pluck().get() !== 0) return false;
      for (const s of demoSessions(fromDate)) {
        insert.run({
          id: s.id,
          date: s.date,
          startTime: s.startTime,
          endTime: s.endTime,
          placeNl: s.place.nl,
          placeEn: s.place.en,
          address: s.address ?? null,
          capacity: s.capacity,
        });
      }
      return true;
    })
    .immediate();
}

/**
 * @typedef {object} SessionRow
 * @property {string} id
 * @property {string} date
 * @property {string} start_time
 * @property {string} end_time
 * @property {string} place_nl
 * @property {string} place_en
 * @property {string | null} address
 * @property {number} capacity
 * @property {number} seats_taken
 */

/**
 * @param {SessionRow} row
 * @returns {PublicSession}
 */
export function toPublicSession(row) {
  return {
    id: row.id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: { nl: row.place_nl, en: row.place_en },
    ...(row.address ? { address: row.address } : {}),
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.seats_taken),
    waitingList: true,
  };
}

const SESSION_COLUMNS = 'id, date, start_time, end_time, place_nl, place_en, address, capacity, seats_taken';

/**
 * The sessions people can choose: listed, and today or later.
 * @param {import('better-sqlite3').Database} db
 * @param {string} fromDate  yyyy-mm-dd
 * @returns {PublicSession[]}
 */
export function listSessions(db, fromDate) {
  const rows = /** @type {SessionRow[]} */ (
    db
      .prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE listed = 1 AND date >= ? ORDER BY date, start_time, id`)
      .all(fromDate)
  );
  return rows.map(toPublicSession);
}

/**
 * One session people can choose, or undefined.
 * @param {import('better-sqlite3').Database} db
 * @param {string} id
 * @param {string} fromDate  yyyy-mm-dd
 * @returns {SessionRow | undefined}
 */
export function findOpenSession(db, id, fromDate) {
  return /** @type {SessionRow | undefined} */ (
    db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ? AND listed = 1 AND date >= ?`).get(id, fromDate)
  );
}
