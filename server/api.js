import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import cors from '@fastify/cors';
// The same rules the form uses, built from src/content/schema/signup.ts by `npx rollup -c`.
import { normaliseSkjNumber, parseSignup, WAITING_LIST } from '../dist/shared/signup.js';
import { toCsv } from './csv.js';
import { withLockRetry } from './db.js';
import { shareOrganiserRoutes, shareRoutes } from './scan-results.js';
import { findOpenSession, listSessions, today, toPublicSession } from './sessions.js';

/** Longest accepted `Idempotency-Key`; printable ASCII only. */
export const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,200}$/;

/** Answers to an idempotency key are kept this long, then forgotten. */
export const IDEMPOTENCY_KEY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Requests per client IP per minute. `false` turns rate limiting off (tests).
 * @typedef {object} RateLimits
 * @property {number} [signups]  `POST /api/signups` (default 30)
 * @property {number} [reads]  `GET /api/sessions` (default 120)
 * @property {number} [organisers]  the organiser routes (default 30)
 * @property {number} [shares]  `POST /api/scan-results` (default 30)
 * @property {number} [summary]  `GET /api/scan-results/summary` (default 120)
 */
export const DEFAULT_RATE_LIMITS = Object.freeze({ signups: 30, reads: 120, organisers: 30, shares: 30, summary: 120 });

/**
 * @typedef {object} ApiOptions
 * @property {import('better-sqlite3').Database} db
 * @property {string} [adminToken]  enables the organiser routes
 * @property {string[]} allowedOrigins  normalised origins allowed by CORS; empty: same origin only
 * @property {RateLimits | false} rateLimit
 * @property {import('./fair-share.js').SeatLedger} seats  the fair-share guard
 * @property {number} lockWaitMs  how long a write waits in all for another connection's lock
 * @property {() => Date} now
 */

/**
 * JSON with object keys sorted, so the same data always gives the same text (and hash).
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => /** @type {Record<string, unknown>} */ (value)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(/** @type {Record<string, unknown>} */ (value)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text).digest();

/**
 * Compares a presented token with the configured one without leaking, through timing, how much
 * of it matched (both are hashed first, so the lengths are equal too).
 * @param {string} presented
 * @param {string} expected
 */
export function tokensMatch(presented, expected) {
  return timingSafeEqual(sha256(presented), sha256(expected));
}

/** @param {import('fastify').FastifyRequest} request */
function isJson(request) {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  return type === 'application/json';
}

/**
 * The receiver's API, registered under `/api`.
 * @param {import('fastify').FastifyInstance} app
 * @param {ApiOptions} options
 */
export async function apiRoutes(app, options) {
  app.addHook('onSend', async (request, reply, payload) => {
    // Only a route that says so (the public survey summary) may be kept, and only its 200 answers.
    const maxAge = /** @type {{ publicMaxAge?: number } | undefined} */ (request.routeOptions?.config)?.publicMaxAge;
    reply.header('cache-control', maxAge && reply.statusCode === 200 ? `public, max-age=${maxAge}` : 'no-store');
    return payload;
  });
  const { db, adminToken, allowedOrigins, rateLimit, seats, lockWaitMs, now } = options; // not the prefix: it would nest
  const own = { db, adminToken, allowedOrigins, rateLimit, seats, lockWaitMs, now };
  await app.register(publicRoutes, own);
  // Without a token the organiser routes do not exist: they answer 404 like any unknown path.
  if (adminToken) await app.register(organiserRoutes, own);
}

/**
 * @param {RateLimits | false} limits
 * @param {keyof RateLimits} which
 */
function rateLimitConfig(limits, which) {
  if (limits === false) return {};
  return { rateLimit: { max: limits[which] ?? DEFAULT_RATE_LIMITS[which], timeWindow: '1 minute' } };
}

/** The paths the widgets call, the only ones with CORS (under the `/api` prefix). */
const PUBLIC_PATHS = new Set(['/api/sessions', '/api/signups', '/api/scan-results', '/api/scan-results/summary']);

/** @param {import('fastify').FastifyRequest} request */
function pathOf(request) {
  const query = request.url.indexOf('?');
  return query < 0 ? request.url : request.url.slice(0, query);
}

/**
 * `GET /api/sessions` and `POST /api/signups`: what the form uses, open to the allowed origins.
 * @param {import('fastify').FastifyInstance} app
 * @param {ApiOptions} options
 */
async function publicRoutes(app, { db, allowedOrigins, rateLimit, seats, lockWaitMs, now }) {
  if (allowedOrigins.length) {
    // @fastify/cors answers preflights with an OPTIONS route for every path under this prefix, the
    // organiser routes' too; the delegator gives CORS to the form's two paths only, so a preflight
    // for any other path gets 404 without CORS headers.
    const corsOptions = {
      origin: allowedOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Idempotency-Key'],
      // So that the form can read the fair-share answer's wait from another origin too.
      exposedHeaders: ['Retry-After'],
      maxAge: 600,
    };
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'OPTIONS' || !PUBLIC_PATHS.has(pathOf(request))) return;
      if (!request.headers.origin || !request.headers['access-control-request-method']) {
        return reply.code(400).send({
          error: 'bad_preflight',
          message: 'A CORS preflight needs the Origin and Access-Control-Request-Method headers.',
        });
      }
    });
    await app.register(cors, {
      delegator: (request, callback) =>
        callback(null, PUBLIC_PATHS.has(pathOf(/** @type {any} */ (request))) ? corsOptions : { origin: false }),
    });
  }

  app.get('/sessions', { config: rateLimitConfig(rateLimit, 'reads') }, async () => listSessions(db, today(now())));

  await app.register(shareRoutes, {
    db,
    limit: (/** @type {'shares' | 'summary'} */ which) => ({ config: rateLimitConfig(rateLimit, which) }),
    lockWaitMs,
    now,
    idempotencyKey: IDEMPOTENCY_KEY,
  });

  const getKey = db.prepare('SELECT body_hash, status, response FROM idempotency_keys WHERE key = ?');
  const putKey = db.prepare(
    'INSERT INTO idempotency_keys (key, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const purgeKeys = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  const takeSeat = db.prepare(
    'UPDATE sessions SET seats_taken = seats_taken + 1 WHERE id = ? AND seats_taken < capacity',
  );
  const sameEmail = db.prepare('SELECT 1 FROM signups WHERE session_id = ? AND lower(email) = lower(?) LIMIT 1');
  const insertSignup = db.prepare(`
    INSERT INTO signups (
      id, created_at, session_id, waiting_list, first_name, last_name, email, phone, organisation,
      domain, municipality, education_level, skj_points, skj_number, skj_chamber, remarks, news_opt_in, lang
    ) VALUES (
      @id, @createdAt, @sessionId, @waitingList, @firstName, @lastName, @email, @phone, @organisation,
      @domain, @municipality, @educationLevel, @skjPoints, @skjNumber, @skjChamber, @remarks, @newsOptIn, @lang
    )
  `);

  /**
   * Everything that reads or changes state for one signup, in one immediate transaction, so two
   * requests can never take the last seat both, and the stored answer matches the stored row.
   * @param {string} key
   * @param {string} bodyHash
   * @param {import('../src/content/schema/signup.ts').Signup} signup
   * @param {string} client  the client's address, for the fair-share guard (kept in memory only)
   * @param {number} time  ms
   * @returns {{ status: number, body: unknown, replayed?: boolean, retryAfter?: number, seatIn?: string }}
   */
  const signUp = db.transaction((key, bodyHash, signup, client, time) => {
    const seen = /** @type {{ body_hash: string, status: number, response: string } | undefined} */ (
      getKey.get(key)
    );
    if (seen) {
      if (seen.body_hash === bodyHash) return { status: seen.status, body: JSON.parse(seen.response), replayed: true };
      return {
        status: 422,
        body: {
          error: 'idempotency_key_reused',
          message: 'This Idempotency-Key was already used for another signup; use a new key for a new signup.',
        },
      };
    }

    const day = today(now());
    const waiting = signup.sessionId === WAITING_LIST;
    let session = null;
    if (!waiting) {
      const row = findOpenSession(db, signup.sessionId, day);
      if (!row) {
        return {
          status: 422,
          body: { errors: [{ field: 'sessionId', kind: 'choose', message: 'Unknown or past session' }] },
        };
      }
      // One signup per e-mail address per session: a second one is a readable 409, not a new seat.
      if (sameEmail.get(row.id, signup.email)) {
        return {
          status: 409,
          body: {
            error: 'already_signed_up',
            message: 'This e-mail address is already signed up for this session.',
          },
        };
      }
      const full = {
        status: 409,
        body: {
          error: 'session_full',
          message: 'This session filled up meanwhile; choose another one.',
          sessions: listSessions(db, day),
        },
      };
      if (row.seats_taken >= row.capacity) return full;
      // The fair-share guard, after the checks above: a full session or a repeated address is
      // the more useful answer.
      const share = seats.check(client, row.id, time);
      if (!share.ok) {
        return {
          status: 429,
          retryAfter: share.retryAfterSeconds,
          body: {
            error: 'seat_limit',
            message: `This connection has taken the most seats allowed for this session in an hour (${seats.limit}); try again later, choose another session or ask the organiser.`,
            retryAfterSeconds: share.retryAfterSeconds,
          },
        };
      }
      if (takeSeat.run(row.id).changes === 0) return full;
      session = toPublicSession({ ...row, seats_taken: row.seats_taken + 1 });
    }

    const id = randomUUID();
    const createdAt = now().toISOString();
    insertSignup.run({
      id,
      createdAt,
      sessionId: waiting ? null : signup.sessionId,
      waitingList: waiting ? 1 : 0,
      firstName: signup.firstName,
      lastName: signup.lastName,
      email: signup.email,
      phone: signup.phone || null,
      organisation: signup.organisation,
      domain: signup.domain,
      municipality: signup.municipality,
      educationLevel: signup.educationLevel ?? null,
      skjPoints: signup.skjPoints ? 1 : 0,
      // Data minimisation: the SKJ details only when the person wants points.
      skjNumber: signup.skjPoints && signup.skjNumber ? normaliseSkjNumber(signup.skjNumber) : null,
      skjChamber: signup.skjPoints ? (signup.skjChamber ?? null) : null,
      remarks: signup.remarks || null,
      newsOptIn: signup.newsOptIn ? 1 : 0,
      lang: signup.lang,
    });
    const body = { id, status: waiting ? 'waiting_list' : 'confirmed', session };
    putKey.run(key, bodyHash, 201, JSON.stringify(body), createdAt);
    return { status: 201, body, ...(session ? { seatIn: session.id } : {}) };
  });

  let lastPurge = 0;

  app.post('/signups', { config: rateLimitConfig(rateLimit, 'signups') }, async (request, reply) => {
    if (!isJson(request)) {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Send the signup as application/json.' });
    }
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      return reply.code(400).send({
        error: 'idempotency_key_required',
        message: 'Send an Idempotency-Key header of 1 to 200 printable characters, one per signup.',
      });
    }

    const body = /** @type {unknown} */ (request.body);
    const record = body && typeof body === 'object' ? /** @type {Record<string, unknown>} */ (body) : {};
    // The honeypot: only bots fill it in. They get an ordinary answer, and nothing is stored.
    if (typeof record.website === 'string' && record.website.trim() !== '') {
      request.log.info('signup honeypot filled; not stored');
      const waiting = record.sessionId === WAITING_LIST;
      const row = !waiting && typeof record.sessionId === 'string' ? findOpenSession(db, record.sessionId, today(now())) : undefined;
      return reply
        .code(201)
        .send({ id: randomUUID(), status: waiting ? 'waiting_list' : 'confirmed', session: row ? toPublicSession(row) : null });
    }

    const parsed = parseSignup(body);
    if (!parsed.ok) {
      return reply.code(422).send({ error: 'invalid_signup', message: 'Some fields are not valid.', errors: parsed.errors });
    }

    const bodyHash = sha256(canonicalJson(body)).toString('hex');
    const client = request.ip;
    const outcome = await withLockRetry(() => {
      const time = now().getTime();
      if (time - lastPurge > 60 * 60 * 1000) {
        purgeKeys.run(new Date(time - IDEMPOTENCY_KEY_TTL_MS).toISOString());
        lastPurge = time;
      }
      const result = signUp.immediate(key, bodyHash, parsed.signup, client, time);
      // Counted after the commit, in the same turn of the event loop as the check inside it.
      if (result.seatIn) seats.record(client, result.seatIn, time);
      return result;
    }, lockWaitMs);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    if (outcome.retryAfter) reply.header('retry-after', String(outcome.retryAfter));
    return reply.code(outcome.status).send(outcome.body);
  });
}

/** The columns of the organiser export, in order. */
export const EXPORT_COLUMNS = /** @type {const} */ ([
  'id',
  'createdAt',
  'status',
  'sessionId',
  'sessionDate',
  'sessionStartTime',
  'sessionEndTime',
  'sessionPlace',
  'firstName',
  'lastName',
  'email',
  'phone',
  'organisation',
  'domain',
  'municipality',
  'educationLevel',
  'skjPoints',
  'skjNumber',
  'skjChamber',
  'remarks',
  'newsOptIn',
  'lang',
]);

/**
 * `GET /api/signups.csv`, `GET /api/signups.json`, `DELETE /api/signups/:id`, behind the bearer
 * token. Same origin only (no CORS), and rate limited before the token is checked, so guessing
 * it is slow.
 * @param {import('fastify').FastifyInstance} app
 * @param {ApiOptions} options
 */
async function organiserRoutes(app, { db, adminToken, rateLimit, lockWaitMs }) {
  const expected = /** @type {string} */ (adminToken);

  // preHandler runs after the rate limiter (onRequest), so wrong tokens count against the limit.
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
    if (!match) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="otd-organisers"')
        .send({ error: 'unauthorized', message: 'Send Authorization: Bearer <OTD_ADMIN_TOKEN>.' });
    }
    if (!tokensMatch(match[1], expected)) {
      return reply.code(403).send({ error: 'forbidden', message: 'Wrong token.' });
    }
  });

  const selectAll = db.prepare(`
    SELECT s.*, x.date AS session_date, x.start_time AS session_start_time, x.end_time AS session_end_time,
           x.place_nl AS session_place_nl, x.place_en AS session_place_en
    FROM signups s LEFT JOIN sessions x ON x.id = s.session_id
    ORDER BY s.created_at, s.rowid
  `);

  /** @returns {Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>[]} */
  function exportRows() {
    return selectAll.all().map((/** @type {any} */ r) => ({
      id: r.id,
      createdAt: r.created_at,
      status: r.waiting_list ? 'waiting_list' : 'confirmed',
      sessionId: r.session_id,
      sessionDate: r.session_date ?? null,
      sessionStartTime: r.session_start_time ?? null,
      sessionEndTime: r.session_end_time ?? null,
      sessionPlace: r.session_place_nl ?? null,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      organisation: r.organisation,
      domain: r.domain,
      municipality: r.municipality,
      educationLevel: r.education_level,
      skjPoints: r.skj_points === 1,
      skjNumber: r.skj_number,
      skjChamber: r.skj_chamber,
      remarks: r.remarks,
      newsOptIn: r.news_opt_in === 1,
      lang: r.lang,
    }));
  }

  const limit = { config: rateLimitConfig(rateLimit, 'organisers') };

  app.get('/signups.json', limit, async () => exportRows());

  app.get('/signups.csv', limit, async (_request, reply) => {
    const rows = exportRows().map((r) => EXPORT_COLUMNS.map((c) => r[c]));
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="otd-signups.csv"');
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    return `\uFEFF${toCsv(EXPORT_COLUMNS, rows)}`;
  });

  const findSignup = db.prepare('SELECT session_id FROM signups WHERE id = ?');
  const deleteSignup = db.prepare('DELETE FROM signups WHERE id = ?');
  const freeSeat = db.prepare('UPDATE sessions SET seats_taken = seats_taken - 1 WHERE id = ? AND seats_taken > 0');
  // The stored answer to the signup's Idempotency-Key names it and holds a hash of what was posted.
  const deleteAnswer = db.prepare("DELETE FROM idempotency_keys WHERE json_extract(response, '$.id') = ?");
  const erase = db.transaction((/** @type {string} */ id) => {
    const row = /** @type {{ session_id: string | null } | undefined} */ (findSignup.get(id));
    if (!row) return false;
    deleteSignup.run(id);
    deleteAnswer.run(id);
    if (row.session_id) freeSeat.run(row.session_id);
    return true;
  });

  await app.register(shareOrganiserRoutes, { db, limit, lockWaitMs });

  app.delete('/signups/:id', limit, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    if (!(await withLockRetry(() => erase.immediate(id), lockWaitMs))) {
      return reply.code(404).send({ error: 'not_found', message: 'No signup with this id.' });
    }
    // The write-ahead log still holds earlier copies of the row's page; copy the log into the
    // database file (where secure_delete has zeroed the row) and empty it. A reader in another
    // process (a backup) keeps it from being emptied: the checkpoint does not wait for it.
    const [checkpoint] = /** @type {{ busy: number }[]} */ (db.pragma('wal_checkpoint(TRUNCATE)'));
    if (checkpoint?.busy) {
      request.log.warn('signup erased, but another connection kept SQLite from emptying its write-ahead log (otd.sqlite-wal); earlier copies of the row stay there until the next erasure or until the receiver stops');
    }
    return reply.code(204).send();
  });
}
