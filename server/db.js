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
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
