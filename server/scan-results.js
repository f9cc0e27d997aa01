// Shared scans ("A living survey"): `POST /api/scan-results` stores a scan a professional chose to
// share anonymously, `GET /api/scan-results/summary` answers the report's chapter 7 tables
// recomputed over the shares, with small cells withheld, and the organiser's
// `DELETE /api/scan-results?since=&until=` removes a period's shares.
import { createHash, randomBytes } from 'node:crypto';
// The same rules the scan uses, built from src/content/schema/scan-share.ts and
// src/logic/survey-summary.ts by `npx rollup -c`.
import { MONTH_PATTERN, MUNICIPALITY_IDS, parseScanShare, SHARE_QUESTIONS, SHARE_SURVEY_VERSION } from '../dist/shared/scan-share.js';
import {
  addCount,
  emptyTally,
  frequencyRows,
  MIN_CELL,
  MIN_MUNICIPALITY,
  summarise,
  withheldMunicipalities,
} from '../dist/shared/survey-summary.js';
import { withLockRetry } from './db.js';
import { today } from './sessions.js';

/** How long a browser or proxy may keep a summary, in seconds: new shares show within a minute. */
export const SUMMARY_MAX_AGE_S = 60;

/** The month (yyyy-mm) `delta` months from `month`. */
export function addMonths(/** @type {string} */ month, /** @type {number} */ delta) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** The current month in the Netherlands. */
export const currentMonth = (/** @type {Date} */ now) => today(now).slice(0, 7);

/**
 * A share's answers as the stored code: one character per question of SHARE_QUESTIONS, the answer's
 * position on its scale, or '-' for a question not asked.
 * @param {Readonly<Record<string, string>>} answers
 */
export function encodeAnswers(answers) {
  return SHARE_QUESTIONS.map((q) => {
    const a = answers[q.id];
    return a === undefined ? '-' : String(q.answers.indexOf(a));
  }).join('');
}

/**
 * The answers back from their code.
 * @param {string} code
 * @returns {Record<string, string>}
 */
export function decodeAnswers(code) {
  /** @type {Record<string, string>} */
  const answers = {};
  SHARE_QUESTIONS.forEach((q, i) => {
    const c = code[i];
    if (c !== undefined && c !== '-') answers[q.id] = q.answers[Number(c)];
  });
  return answers;
}

/**
 * Prepared statements that store and delete shares together with their counts (one transaction
 * each, by the caller). Shared by the routes and the benchmark, which fills a database directly.
 * @param {import('better-sqlite3').Database} db
 */
export function shareStore(db) {
  const insertShare = db.prepare(
    'INSERT INTO scan_shares (id, survey, month, frequency, municipality, answers) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const bumpCount = db.prepare(`
    INSERT INTO scan_share_counts (month, municipality, frequency, question, answer, count) VALUES (?, ?, ?, ?, ?, 1)
    ON CONFLICT (month, municipality, frequency, question, answer) DO UPDATE SET count = count + 1
  `);
  const bumpTotal = db.prepare(`
    INSERT INTO scan_share_totals (month, municipality, frequency, n) VALUES (?, ?, ?, 1)
    ON CONFLICT (month, municipality, frequency) DO UPDATE SET n = n + 1
  `);
  const countShares = db.prepare('SELECT count(*) FROM scan_shares WHERE month BETWEEN ? AND ?').pluck();
  const deleteShares = db.prepare('DELETE FROM scan_shares WHERE month BETWEEN ? AND ?');
  const deleteCounts = db.prepare('DELETE FROM scan_share_counts WHERE month BETWEEN ? AND ?');
  const deleteTotals = db.prepare('DELETE FROM scan_share_totals WHERE month BETWEEN ? AND ?');
  return {
    /**
     * Stores one checked share and counts it (call inside a transaction).
     * @param {import('../src/content/schema/scan-share.ts').ScanShare} share
     */
    store(share) {
      const municipality = share.municipality ?? '';
      insertShare.run(randomBytes(16), share.survey, share.month, share.frequency, municipality, encodeAnswers(share.answers));
      for (const [question, answer] of Object.entries(share.answers)) {
        bumpCount.run(share.month, municipality, share.frequency, question, answer);
      }
      bumpTotal.run(share.month, municipality, share.frequency);
    },
    /**
     * Deletes the shares of the months from `since` to `until` (both yyyy-mm, inclusive) and their
     * counts (call inside a transaction); the number deleted.
     * @param {string} since
     * @param {string} until
     */
    deletePeriod(since, until) {
      const n = /** @type {number} */ (countShares.get(since, until));
      deleteShares.run(since, until);
      deleteCounts.run(since, until);
      deleteTotals.run(since, until);
      return n;
    },
  };
}

/**
 * The summary of the shares from `since` on (all when null), for one municipality or the region.
 * @param {import('better-sqlite3').Database} db
 */
export function summaryReader(db) {
  const totals = db.prepare(
    'SELECT municipality, frequency, sum(n) AS n FROM scan_share_totals WHERE month >= ? GROUP BY municipality, frequency',
  );
  const countsAll = db.prepare(
    'SELECT question, answer, frequency, sum(count) AS n FROM scan_share_counts WHERE month >= ? GROUP BY question, answer, frequency',
  );
  const countsOf = db.prepare(`
    SELECT question, answer, frequency, sum(count) AS n FROM scan_share_counts
    WHERE month >= ? AND municipality = ? GROUP BY question, answer, frequency
  `);
  /**
   * @param {{ since: string | null, municipality: string | null }} query
   * @returns {import('../src/logic/survey-summary.ts').SurveySummary}
   */
  return ({ since, municipality }) => {
    const from = since ?? '';
    /** @type {Record<string, number>} */
    const perMunicipality = {};
    /** @type {Record<string, number>} */
    const perGroup = {};
    let total = 0;
    for (const row of /** @type {{ municipality: string, frequency: string, n: number }[]} */ (totals.all(from))) {
      total += row.n;
      perMunicipality[row.municipality] = (perMunicipality[row.municipality] ?? 0) + row.n;
      if (municipality === null || row.municipality === municipality) perGroup[row.frequency] = (perGroup[row.frequency] ?? 0) + row.n;
    }
    const hidden = withheldMunicipalities(perMunicipality, total, MIN_MUNICIPALITY);
    const municipalities = MUNICIPALITY_IDS.map((id) => ({ id, n: hidden.has(id) ? null : (perMunicipality[id] ?? 0) }));
    const base = { survey: SHARE_SURVEY_VERSION, since, municipality, minCell: MIN_CELL, municipalities };
    if (municipality !== null && hidden.has(municipality)) {
      return { ...base, withheld: true, n: null, frequency: frequencyRows({}, MIN_CELL), questions: [] };
    }
    const tally = emptyTally();
    const rows = municipality === null ? countsAll.all(from) : countsOf.all(from, municipality);
    for (const row of /** @type {{ question: string, answer: string, frequency: any, n: number }[]} */ (rows)) {
      addCount(tally, row.question, row.answer, row.frequency, row.n);
    }
    const n = Object.values(perGroup).reduce((sum, v) => sum + v, 0);
    return {
      ...base,
      withheld: false,
      n,
      frequency: frequencyRows(/** @type {any} */ (perGroup), MIN_CELL),
      questions: summarise(tally),
    };
  };
}

/** @param {unknown} value */
const sha256Hex = (value) => createHash('sha256').update(String(value)).digest('hex');

/**
 * JSON with object keys sorted (as api.js's canonicalJson), for the body hash.
 * @param {unknown} value
 * @returns {string}
 */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => /** @type {Record<string, unknown>} */ (value)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(/** @type {Record<string, unknown>} */ (value)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A yyyy-mm query parameter: undefined when absent or empty, null when malformed.
 * @param {unknown} value
 * @returns {string | undefined | null}
 */
function monthParam(value) {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' && MONTH_PATTERN.test(value) ? value : null;
}

/**
 * @typedef {object} ShareRouteOptions
 * @property {import('better-sqlite3').Database} db
 * @property {(which: 'shares' | 'summary') => object} limit  the rate limit config of a route
 * @property {number} lockWaitMs
 * @property {() => Date} now
 * @property {RegExp} idempotencyKey
 */

/**
 * `POST /scan-results` and `GET /scan-results/summary`, under the `/api` prefix.
 * @param {import('fastify').FastifyInstance} app
 * @param {ShareRouteOptions} options
 */
export async function shareRoutes(app, { db, limit, lockWaitMs, now, idempotencyKey }) {
  const shares = shareStore(db);
  const readSummary = summaryReader(db);
  const getKey = db.prepare('SELECT body_hash FROM scan_share_keys WHERE key = ?').pluck();
  const putKey = db.prepare('INSERT INTO scan_share_keys (key, body_hash, month) VALUES (?, ?, ?)');
  const purgeKeys = db.prepare('DELETE FROM scan_share_keys WHERE month < ?');
  const RECEIVED = Object.freeze({ status: 'received' });

  /** One share: the key checked, the share and its counts stored, the key kept, in one transaction. */
  const receive = db.transaction(
    (
      /** @type {string} */ key,
      /** @type {string} */ bodyHash,
      /** @type {import('../src/content/schema/scan-share.ts').ScanShare} */ share,
      /** @type {string} */ month,
    ) => {
      const seen = getKey.get(key);
      if (seen !== undefined) return seen === bodyHash ? 'replayed' : 'reused';
      shares.store(share);
      putKey.run(key, bodyHash, month);
      return 'stored';
    },
  );

  let lastPurge = 0;

  app.post('/scan-results', limit('shares'), async (request, reply) => {
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Send the share as application/json.' });
    }
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !idempotencyKey.test(key)) {
      return reply.code(400).send({
        error: 'idempotency_key_required',
        message: 'Send an Idempotency-Key header of 1 to 200 printable characters, one per share.',
      });
    }
    const parsed = parseScanShare(request.body);
    if (!parsed.ok) {
      return reply.code(422).send({ error: 'invalid_share', message: 'Some fields are not valid.', errors: parsed.errors });
    }
    // A share is sent when the scan is done, or within days from the outbox: this month or the last
    // (or the next, for a clock a little ahead at the turn of a month).
    const month = currentMonth(now());
    if (parsed.share.month < addMonths(month, -1) || parsed.share.month > addMonths(month, 1)) {
      return reply.code(422).send({
        error: 'invalid_share',
        message: 'Some fields are not valid.',
        errors: [{ field: 'month', message: 'Not this month or the last' }],
      });
    }
    const bodyHash = sha256Hex(canonical(request.body));
    const outcome = await withLockRetry(() => {
      const time = now().getTime();
      if (time - lastPurge > 60 * 60 * 1000) {
        purgeKeys.run(addMonths(month, -1));
        lastPurge = time;
      }
      return receive.immediate(key, bodyHash, parsed.share, month);
    }, lockWaitMs);
    if (outcome === 'reused') {
      return reply.code(422).send({
        error: 'idempotency_key_reused',
        message: 'This Idempotency-Key was already used for another share; use a new key for a new share.',
      });
    }
    if (outcome === 'replayed') reply.header('idempotent-replayed', 'true');
    return reply.code(201).send(RECEIVED);
  });

  const summaryLimit = /** @type {{ config?: object }} */ (limit('summary'));
  // Public figures, the same for everyone: a browser or proxy may keep them a minute (api.js sets
  // the header on a 200; every other answer stays no-store).
  const summaryOptions = { config: { ...summaryLimit.config, publicMaxAge: SUMMARY_MAX_AGE_S } };
  app.get('/scan-results/summary', summaryOptions, async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const since = monthParam(query.since);
    const municipality = query.municipality === undefined || query.municipality === '' ? undefined : query.municipality;
    if (since === null) {
      return reply.code(400).send({ error: 'bad_query', message: 'since must be a month, yyyy-mm.' });
    }
    if (municipality !== undefined && !(typeof municipality === 'string' && MUNICIPALITY_IDS.includes(municipality))) {
      return reply.code(400).send({ error: 'bad_query', message: `municipality must be one of ${MUNICIPALITY_IDS.join(', ')}.` });
    }
    const summary = readSummary({ since: since ?? null, municipality: /** @type {string | undefined} */ (municipality) ?? null });
    return summary;
  });
}

/**
 * The organiser's `DELETE /scan-results?since=yyyy-mm&until=yyyy-mm` (both inclusive; at least
 * one), under the bearer token: deletes every share of the period and its counts.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ db: import('better-sqlite3').Database, limit: object, lockWaitMs: number }} options
 */
export async function shareOrganiserRoutes(app, { db, limit, lockWaitMs }) {
  const shares = shareStore(db);
  const erase = db.transaction((/** @type {string} */ since, /** @type {string} */ until) => shares.deletePeriod(since, until));
  app.delete('/scan-results', limit, async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const since = monthParam(query.since);
    const until = monthParam(query.until);
    if (since === null || until === null || (since === undefined && until === undefined) || (since && until && since > until)) {
      return reply.code(400).send({
        error: 'bad_query',
        message: 'Give the period as since=yyyy-mm and/or until=yyyy-mm (both inclusive, since not after until).',
      });
    }
    const deleted = await withLockRetry(() => erase.immediate(since ?? '0000-01', until ?? '9999-12'), lockWaitMs);
    // As for an erased signup: no earlier copy of the pages stays in the write-ahead log.
    const [checkpoint] = /** @type {{ busy: number }[]} */ (db.pragma('wal_checkpoint(TRUNCATE)'));
    if (checkpoint?.busy) {
      request.log.warn('shares deleted, but another connection kept SQLite from emptying its write-ahead log (otd.sqlite-wal)');
    }
    return { deleted, since: since ?? null, until: until ?? null };
  });
}
