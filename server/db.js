import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';

/** The database file inside the data folder. */
export const DATABASE_FILE = 'otd.sqlite';

/** The data folder's mode when the receiver creates it: only the service user may enter it. */
export const DATA_DIR_MODE = 0o700;

/** The database files' mode (SQLite gives `-wal` and `-shm` the mode of the database file). */
export const DATABASE_FILE_MODE = 0o600;

/**
 * How long opening the database (migrations, the sessions file) waits for a lock another process
 * holds. Only at start; while serving, the connection does not wait at all (see `withLockRetry`).
 */
export const START_BUSY_TIMEOUT_MS = 5000;

/** How long a request waits, in all, for a lock another connection holds, before it answers 503. */
export const LOCK_WAIT_MS = 500;

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
  {
    version: 3,
    name: 'signups by session and e-mail address',
    sql: `
      -- One signup per e-mail address per session: the signup transaction looks for an earlier one
      -- (compared without regard to ASCII case) before it takes a seat.
      CREATE INDEX signups_session_email ON signups (session_id, lower(email));
    `,
  },
  {
    version: 4,
    name: 'shared scans',
    sql: `
      -- Scans that professionals chose to share anonymously (POST /api/scan-results). No IP address,
      -- no time finer than the month, nothing from the browser. The primary key is 16 random bytes
      -- and the table has no rowid, so rows are kept in an order that says nothing about when they
      -- arrived. municipality is '' when the person was not asked, 'liever_niet' when they chose not
      -- to say. answers holds one character per question of the survey, in the order of
      -- SHARE_QUESTIONS (src/content/scan-share-fields.ts): the answer's position on its scale (0-3),
      -- or '-' for a question the scan did not ask.
      CREATE TABLE scan_shares (
        id           BLOB PRIMARY KEY CHECK (length(id) = 16),
        survey       TEXT NOT NULL,
        month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        frequency    TEXT NOT NULL,
        municipality TEXT NOT NULL,
        answers      TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX scan_shares_month ON scan_shares (month);

      -- The same shares counted per month, municipality, frequency group, question and answer, kept
      -- in step by the transaction that stores or deletes a share, so the summary reads a few
      -- thousand rows per month whatever the number of shares.
      CREATE TABLE scan_share_counts (
        month        TEXT NOT NULL,
        municipality TEXT NOT NULL,
        frequency    TEXT NOT NULL,
        question     TEXT NOT NULL,
        answer       TEXT NOT NULL,
        count        INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (month, municipality, frequency, question, answer)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE scan_share_totals (
        month        TEXT NOT NULL,
        municipality TEXT NOT NULL,
        frequency    TEXT NOT NULL,
        n            INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (month, municipality, frequency)
      ) STRICT, WITHOUT ROWID;

      -- Idempotency-Keys of shares: a hash of the body and the month the key was first used, no
      -- answer and no link to the share's row; forgotten after the next month.
      CREATE TABLE scan_share_keys (
        key       TEXT PRIMARY KEY,
        body_hash TEXT NOT NULL,
        month     TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX scan_share_keys_month ON scan_share_keys (month);
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
 * Creates the data folder (mode 0700) and an empty database file (mode 0600) when they are
 * missing, whatever the process's umask: the folder holds personal data. Existing ones are left as
 * they are (see `looseModes`).
 * @param {string} dataDir
 * @returns {string} the database file
 */
function createPrivately(dataDir) {
  // mkdirSync's mode is narrowed by the umask, never widened; chmod makes it exact.
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: DATA_DIR_MODE });
    chmodSync(dataDir, DATA_DIR_MODE);
  }
  const file = path.join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    // SQLite creates the file 0644 less the umask; an empty file of our own is a new database to it,
    // and it gives the -wal and -shm files the database file's mode.
    closeSync(openSync(file, 'wx', DATABASE_FILE_MODE));
    chmodSync(file, DATABASE_FILE_MODE);
  }
  return file;
}

/**
 * The data folder and database files that others than their owner can read or enter, for a
 * warning at start (an existing folder is not changed behind the administrator's back).
 * @param {string} dataDir
 * @returns {{ path: string, mode: string }[]}
 */
export function looseModes(dataDir) {
  const files = [dataDir, ...['', '-wal', '-shm'].map((suffix) => path.join(dataDir, `${DATABASE_FILE}${suffix}`))];
  return files.flatMap((file) => {
    let mode;
    try {
      mode = statSync(file).mode & 0o777;
    } catch {
      return [];
    }
    return mode & 0o077 ? [{ path: file, mode: `0${mode.toString(8)}` }] : [];
  });
}

/**
 * Opens (and creates when needed) `<dataDir>/otd.sqlite`, configures it and brings the
 * schema up to date. The connection waits up to `START_BUSY_TIMEOUT_MS` for locks while it
 * migrates; `buildApp` then sets `busy_timeout = 0` for serving.
 * @param {string} dataDir
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(dataDir) {
  const db = new Database(createPrivately(dataDir));
  try {
    db.pragma('journal_mode = WAL');
    // A commit returns (and the receiver answers 201) only after the write-ahead log is synced to
    // the disk, so a signup that got its 201 survives a power cut too, not only a crash of the
    // process. (better-sqlite3 builds SQLite with NORMAL as the WAL default, which syncs only at
    // checkpoints.) It costs some 0.6 ms per signup; see bench/README.md.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${START_BUSY_TIMEOUT_MS}`);
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

/**
 * Whether an error is SQLite saying another connection holds a lock (a backup tool, the sqlite3
 * command line, another process).
 * @param {unknown} err
 */
export function isBusy(err) {
  const code = /** @type {{ code?: unknown }} */ (err)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs `work` (synchronous database work, usually an immediate transaction); when another
 * connection holds the lock, tries again after 5, 10, 20, … ms (at most 100 ms apart) without
 * blocking the event loop, so other requests (the health check, the session list) are answered
 * meanwhile. After `waitMs` in all it gives up and throws the SQLITE_BUSY error, which the error
 * handler answers with 503 and `Retry-After`.
 * @template T
 * @param {() => T} work
 * @param {number} [waitMs]
 * @returns {Promise<T>}
 */
export async function withLockRetry(work, waitMs = LOCK_WAIT_MS) {
  const deadline = Date.now() + waitMs;
  let delay = 5;
  for (;;) {
    try {
      return work();
    } catch (err) {
      const left = deadline - Date.now();
      if (!isBusy(err) || left <= 0) throw err;
      await sleep(Math.min(delay, left));
      delay = Math.min(delay * 2, 100);
    }
  }
}
