import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import helmet from '@fastify/helmet';
import rateLimitPlugin from '@fastify/rate-limit';
import { apiRoutes } from './api.js';
import { isBusy, LOCK_WAIT_MS, looseModes, openDatabase } from './db.js';
import { answerClientError, errorHandler, frameworkErrors, onErrorAnswer } from './errors.js';
import { DEFAULT_SEATS_PER_CLIENT, SeatLedger } from './fair-share.js';
import { applySessions, loadSessionsFile, seedDemoSessions, today } from './sessions.js';

/** The repository root: `demo/` and `dist/` are served from here unless `rootDir` says otherwise. */
export const DEFAULT_ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The policy for HTML pages. The demo page therefore has no inline script and no inline style;
 * the widgets use constructable stylesheets, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Largest accepted request body: a signup is well under 4 KiB. Bigger bodies get 413. */
export const BODY_LIMIT = 16 * 1024;

/** Shortest accepted organiser token, so a guessable one is refused at start. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/**
 * How long a client may take, in milliseconds (see docs/server.md):
 * - `headersMs`: from connecting (or the end of the previous request) to the end of the headers;
 * - `requestMs`: to the end of the whole request, body included (at least `headersMs`); a signup
 *   is under 4 KiB, and the form itself gives up after 10 s;
 * - `idleMs`: without a byte either way while a request or answer is under way.
 * Over a limit, the client gets 408 (headers or body late) or the connection is closed (idle).
 * An idle keep-alive connection between requests is closed after `KEEP_ALIVE_TIMEOUT_MS`.
 * @typedef {{ headersMs: number, requestMs: number, idleMs: number }} Timeouts
 */
export const DEFAULT_TIMEOUTS = /** @type {Readonly<Timeouts>} */ (Object.freeze({ headersMs: 5000, requestMs: 10_000, idleMs: 30_000 }));

/** How long a kept-alive connection may wait for its next request (Node.js's own default). */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

/**
 * The timeouts with the defaults filled in, checked.
 * @param {Partial<Timeouts>} [timeouts]
 * @returns {Timeouts}
 */
export function resolveTimeouts(timeouts = {}) {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  for (const [name, value] of Object.entries(t)) {
    if (!Number.isInteger(value) || value < 1 || value > 3_600_000) {
      throw new TypeError(`buildApp: timeouts.${name} must be a whole number of milliseconds from 1 to 3,600,000, not ${value}`);
    }
  }
  if (t.headersMs > t.requestMs) {
    throw new TypeError(`buildApp: timeouts.headersMs (${t.headersMs}) must not be longer than timeouts.requestMs (${t.requestMs})`);
  }
  return t;
}

/**
 * Headers for JavaScript modules: `mime` says `application/javascript`, the HTML standard
 * prefers `text/javascript`.
 * @param {import('fastify').FastifyReply} reply
 * @param {string} filePath
 */
function setStaticHeaders(reply, filePath) {
  // A precompressed copy (x.js.br, x.js.gz) is still the script it compresses.
  const file = filePath.replace(/\.(br|gz)$/, '');
  if (file.endsWith('.js') || file.endsWith('.mjs')) {
    reply.header('content-type', 'text/javascript; charset=utf-8');
  }
  // Chunks carry a hash of their content in their name, so a browser may keep them for good; the
  // entries keep their names across releases, so a browser asks again (and gets a 304 if unchanged).
  if (/[\\/]chunks[\\/]/.test(file)) reply.header('cache-control', 'public, max-age=31536000, immutable');
  else if (/[\\/]cdn[\\/]/.test(file)) reply.header('cache-control', 'no-cache');
}

/**
 * Checks the CORS origins and writes them as browsers send them (`https://host[:port]`).
 * @param {readonly string[]} origins
 * @returns {string[]}
 */
export function normaliseOrigins(origins) {
  return origins
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let url;
      try {
        url = new URL(o);
      } catch {
        url = null;
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== o.replace(/\/$/, '')) {
        throw new TypeError(
          `allowed origin "${o}" is not an origin; write it as https://example.nl (scheme, host and any port; no path, no "*")`,
        );
      }
      return url.origin;
    });
}

/**
 * What fastify gets for `trustProxy`. fastify 5 ignores a number (it trusts no proxy at all), so a
 * number of hops becomes a function that trusts that many hops nearest to the receiver: with 1,
 * the client address is the right-most `X-Forwarded-For` entry, the one the proxy added.
 * @param {import('./config.js').TrustProxySetting} trustProxy
 * @returns {import('fastify').FastifyServerOptions['trustProxy']}
 */
export function fastifyTrustProxy(trustProxy) {
  if (typeof trustProxy === 'number') {
    if (!Number.isInteger(trustProxy) || trustProxy < 0) {
      throw new TypeError(`buildApp: trustProxy must be a whole number of hops, not ${trustProxy}`);
    }
    if (trustProxy === 0) return false;
    const hops = trustProxy;
    return (/** @type {string} */ _address, /** @type {number} */ hop) => hop < hops;
  }
  return trustProxy;
}

/**
 * How a request appears in the log: method, host and path, without the query string (no route
 * reads one, and a link could put personal data in it), and without the client's IP address and
 * port. Bodies and other headers are never logged.
 * @param {import('fastify').FastifyRequest} request
 */
export function serializeRequest(request) {
  const url = typeof request.url === 'string' ? request.url : '';
  const query = url.indexOf('?');
  return {
    method: request.method,
    url: query < 0 ? url : url.slice(0, query),
    host: request.host,
  };
}

/**
 * The logger options with the request serializer above; `false` stays off.
 * @param {import('fastify').FastifyServerOptions['logger']} logger
 * @returns {import('fastify').FastifyServerOptions['logger']}
 */
function withPrivateSerializers(logger) {
  if (!logger) return false;
  const options = logger === true ? {} : /** @type {import('fastify').FastifyLoggerOptions} */ (logger);
  return { ...options, serializers: { ...options.serializers, req: serializeRequest } };
}

/**
 * @typedef {object} BuildAppOptions
 * @property {string} dataDir  Folder for `otd.sqlite`; created when missing.
 * @property {string} [rootDir]  Folder holding `demo/` and `dist/`; defaults to the repository root.
 * @property {import('fastify').FastifyServerOptions['logger']} [logger]  Passed to fastify, with a
 *   request serializer that leaves out the client's address and the query string; off by default.
 * @property {string} [adminToken]  Bearer token for the organiser routes (at least 16 characters);
 *   without it those routes answer 404.
 * @property {readonly string[]} [allowedOrigins]  Origins that may call the form's API from the
 *   browser (CORS); none: same origin only.
 * @property {string} [sessionsFile]  JSON file with the training sessions; without it, three
 *   example sessions are seeded into an empty database.
 * @property {import('./api.js').RateLimits | false} [rateLimit]  Requests per client IP per minute;
 *   `false` turns the limiter off, and the fair-share guard unless `seatsPerClient` is given (tests).
 * @property {import('./config.js').TrustProxySetting} [trustProxy]  Set when behind a reverse
 *   proxy, so the rate limit counts per client and not per proxy: the proxies' addresses or CIDR
 *   ranges, a number of hops, or `true` (every proxy; a visitor can then choose their address).
 * @property {number} [seatsPerClient]  Seats one client address may take per session per hour
 *   (default 3, or 0 when `rateLimit` is `false`); 0 turns the guard off.
 * @property {Partial<Timeouts>} [timeouts]  How long a client may take (see `DEFAULT_TIMEOUTS`).
 * @property {number} [lockWaitMs]  How long a request waits in all for a database lock another
 *   connection holds before it answers 503 (default `LOCK_WAIT_MS`).
 * @property {() => Date} [now]  The clock (tests).
 */

/**
 * The reference receiver: the demo page, the built bundle, a health check, and the API of
 * `<otd-course-signup>`.
 * @param {BuildAppOptions} options
 * @returns {Promise<import('fastify').FastifyInstance>}
 */
export async function buildApp({
  dataDir,
  rootDir = DEFAULT_ROOT_DIR,
  logger = false,
  adminToken,
  allowedOrigins = [],
  sessionsFile,
  rateLimit = {},
  trustProxy = false,
  seatsPerClient,
  timeouts,
  lockWaitMs = LOCK_WAIT_MS,
  now = () => new Date(),
}) {
  if (!dataDir) throw new TypeError('buildApp: dataDir is required');
  const limits = resolveTimeouts(timeouts);
  // With the rate limits off (tests, the benchmark: every request from one address) the guard is
  // off too, unless asked for.
  const seats = new SeatLedger(seatsPerClient ?? (rateLimit === false ? 0 : DEFAULT_SEATS_PER_CLIENT));
  if (!Number.isInteger(lockWaitMs) || lockWaitMs < 0) {
    throw new TypeError(`buildApp: lockWaitMs must be a whole number of milliseconds, not ${lockWaitMs}`);
  }
  if (adminToken !== undefined && adminToken !== '' && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new TypeError(`buildApp: the admin token must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters`);
  }
  const origins = normaliseOrigins(allowedOrigins);
  const proxyTrust = fastifyTrustProxy(trustProxy);
  const root = path.resolve(rootDir);
  const dataPath = path.resolve(dataDir);
  const db = openDatabase(dataPath);

  try {
    if (sessionsFile) {
      applySessions(db, loadSessionsFile(sessionsFile), sessionsFile);
    } else {
      seedDemoSessions(db, today(now()));
    }
    // From here on nothing waits inside SQLite for a lock (that would stop the event loop and so
    // every request); withLockRetry waits between attempts instead.
    db.pragma('busy_timeout = 0');
    const app = Fastify({
      logger: withPrivateSerializers(logger),
      bodyLimit: BODY_LIMIT,
      trustProxy: proxyTrust,
      // fastify leaves these off (0); Node.js checks the first two every connectionsCheckingInterval.
      http: {
        headersTimeout: limits.headersMs,
        requestTimeout: limits.requestMs,
        connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersMs / 4))),
      },
      requestTimeout: limits.requestMs,
      connectionTimeout: limits.idleMs,
      keepAliveTimeout: Math.min(KEEP_ALIVE_TIMEOUT_MS, limits.idleMs),
      frameworkErrors,
      clientErrorHandler(err, socket) {
        answerClientError(err, socket, this.log);
      },
    });
    for (const loose of looseModes(dataPath)) {
      app.log.warn(`${loose.path} has mode ${loose.mode}: others than its owner can read it; the data folder should be 0700 and its files 0600 (chmod)`);
    }
    return await configure(app, db, root, {
      adminToken: adminToken || undefined,
      allowedOrigins: origins,
      rateLimit,
      seats,
      lockWaitMs,
      now,
    });
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('better-sqlite3').Database} db
 * @param {string} root
 * @param {Omit<import('./api.js').ApiOptions, 'db'>} api
 */
async function configure(app, db, root, api) {
  app.decorate('db', db);
  app.addHook('onClose', async () => {
    db.close();
  });

  // Answers never carry a stack trace or an internal message; every error answer is JSON and
  // logged (errors.js).
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', onErrorAnswer);

  // The standard security headers on every answer. The CSP is set on HTML pages only (below):
  // the widgets' JavaScript and the API's JSON need none.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    // A precompressed script is typed by its file name after setHeaders ran: one JavaScript type for all.
    if (type.startsWith('application/javascript')) reply.header('content-type', 'text/javascript; charset=utf-8');
    return payload;
  });

  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ error: 'not_found', message: 'Not found' });
  });

  // Per-route limits (see api.js); nothing else is limited.
  if (api.rateLimit !== false) {
    await app.register(rateLimitPlugin, { global: false });
  }

  // One read of the database file. In WAL mode a read never waits for another connection's write
  // lock, and with busy_timeout 0 nothing here waits at all: a lock that does stop the read (an
  // exclusive locking mode elsewhere) is answered at once as busy.
  const healthQuery = db.prepare('SELECT max(version) FROM schema_migrations').pluck();
  app.get('/healthz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      healthQuery.get();
      return { status: 'ok', database: 'ok' };
    } catch (err) {
      if (isBusy(err)) {
        request.log.warn('health check: the database is locked by another connection');
        return reply.code(503).header('retry-after', '1').send({ status: 'error', database: 'busy' });
      }
      request.log.error({ err }, 'health check: database query failed');
      return reply.code(503).send({ status: 'error', database: 'error' });
    }
  });

  await app.register(apiRoutes, { prefix: '/api', db, ...api });

  await app.register(fastifyStatic, {
    root: path.join(root, 'demo'),
    prefix: '/',
    index: 'index.html',
    dotfiles: 'ignore',
    setHeaders: setStaticHeaders,
  });
  // The widgets for script tags, sent brotli- or gzip-compressed when the browser accepts it (the
  // build writes .br and .gz beside every file).
  await app.register(fastifyStatic, {
    root: path.join(root, 'cdn'),
    prefix: '/cdn/',
    decorateReply: false,
    dotfiles: 'ignore',
    preCompressed: true,
    setHeaders: setStaticHeaders,
  });
  // The JSON Schemas for content files (dist/schema/), and the rest of the npm build.
  await app.register(fastifyStatic, {
    root: path.join(root, 'dist'),
    prefix: '/dist/',
    decorateReply: false,
    dotfiles: 'ignore',
    preCompressed: true,
    setHeaders: setStaticHeaders,
  });

  return app;
}
