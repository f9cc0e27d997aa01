import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The database file inside the data folder. */
export const DATABASE_FILE = 'otd.sqlite';

/**
 * @typedef {object} Migration
 * @property {number} version  Strictly increasing, starting at 1; never renumber a shipped one.
 * @property {string} name     Short description, stored in `schema_migrations`.
 * @property {string} sql      The statements to run, in one transaction.
 */

/**
 * The schema, one step at a time. To change it, append a migration with the next version
 * number; never edit one that has been released.
 * @type {readonly Migration[]}
 */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'meta',
    sql: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `,
  },
  {
    version: 2,
    name: 'sessions, signups and idempotency keys',
    sql: `
      -- Training sessions. seats_taken is the counter a signup raises inside one transaction;
      -- the CHECK makes overbooking impossible even if a code path forgot the condition.
      -- listed = 0 keeps a session that was removed from the sessions file for the signups that
      -- point to it, without offering it any more. example = 1 marks the seeded demo sessions.
      CREATE TABLE sessions (
        id          TEXT PRIMARY KEY,
        date        TEXT NOT NULL,
        start_time  TEXT NOT NULL,
        end_time    TEXT NOT NULL,
        place_nl    TEXT NOT NULL,
        place_en    TEXT NOT NULL,
        address     TEXT,
        capacity    INTEGER NOT NULL CHECK (capacity > 0),
        seats_taken INTEGER NOT NULL DEFAULT 0 CHECK (seats_taken >= 0 AND seats_taken <= capacity),
        listed      INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1)),
        example     INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1))
      ) STRICT;

      -- One row per signup. session_id is NULL for the waiting list. The SKJ number is stored
      -- without spaces and dots, and only when the person asked for SKJ points.
      CREATE TABLE signups (
        id              TEXT PRIMARY KEY,
        created_at      TEXT NOT NULL,
        session_id      TEXT REFERENCES sessions (id),
        waiting_list    INTEGER NOT NULL CHECK (waiting_list IN (0, 1)),
        first_name      TEXT NOT NULL,
        last_name       TEXT NOT NULL,
        email           TEXT NOT NULL,
        phone           TEXT,
        organisation    TEXT NOT NULL,
        domain          TEXT NOT NULL,
        municipality    TEXT NOT NULL,
        education_level TEXT,
        skj_points      INTEGER NOT NULL CHECK (skj_points IN (0, 1)),
        skj_number      TEXT,
        skj_chamber     TEXT,
        remarks         TEXT,
        news_opt_in     INTEGER NOT NULL CHECK (news_opt_in IN (0, 1)),
        lang            TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
        CHECK ((session_id IS NULL) = (waiting_list = 1))
      ) STRICT;
      CREATE INDEX signups_session_id ON signups (session_id);

      -- The first successful answer to each Idempotency-Key, replayed for a retry of the same body.
      CREATE TABLE idempotency_keys (
        key        TEXT PRIMARY KEY,
        body_hash  TEXT NOT NULL,
        status     INTEGER NOT NULL,
        response   TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
    `,
  },
];

/**
 * Applies every migration newer than the recorded version, each in its own transaction,
 * and records it in `schema_migrations`. Safe to call again: applied ones are skipped.
 * @param {import('better-sqlite3').Database} db
 * @param {readonly Migration[]} [migrations]
 * @returns {number[]} the versions applied by this call
 */
export function migrate(db, migrations = MIGRATIONS) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT;
  `);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  );
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
  );
  /** @type {number[]} */
  const done = [];
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of sorted) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name);
    })();
    done.push(m.version);
  }
  return done;
}

/**
 * Opens (and creates when needed) `<dataDir>/otd.sqlite`, configures it and brings the
 * schema up to date.
 * @param {string} dataDir
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten with zeros instead of left in free pages, so an erased signup is
    // gone from the file (together with the checkpoint after each erasure, see api.js).
    db.pragma('secure_delete = ON');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
