// The receiver under slow clients, locked databases, floods and odd bytes: timeouts, short lock
// waits, the fair-share guard, one signup per e-mail address per session, one error shape for every
// layer, control characters, file modes and CORS on the organiser routes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { buildApp, DEFAULT_TIMEOUTS, KEEP_ALIVE_TIMEOUT_MS, resolveTimeouts } from './app.js';
import { parseSeatsPerClient, parseTimeouts, readSettings } from './config.js';
import { DATABASE_FILE, LOCK_WAIT_MS, openDatabase } from './db.js';
import { DEFAULT_SEATS_PER_CLIENT, SEAT_WINDOW_MS, SeatLedger } from './fair-share.js';
import {
  TOKEN,
  exportedSignups,
  fakeRoot,
  organiserGet,
  parseCsv,
  postSignup,
  signup,
  tempDir,
  testApp,
  testSessions,
  writeSessionsFile,
} from './testkit.js';

/** A logger stream that keeps every JSON line, parsed. */
function captureLog() {
  /** @type {any[]} */
  const entries = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) entries.push(JSON.parse(line));
      done();
    },
  });
  return { entries, stream };
}

/**
 * Writes `text` to a fresh connection and collects everything until the server closes it (or
 * `closeAfterMs` passes, then the client closes).
 * @param {number} port
 * @param {string} text
 * @param {{ closeAfterMs?: number }} [options]
 * @returns {Promise<{ ms: number, raw: string, status: number | null, headers: Record<string, string>, body: string, closedByServer: boolean }>}
 */
function rawRequest(port, text, { closeAfterMs = 5000 } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let raw = '';
    let closedByServer = true;
    socket.setEncoding('utf8');
    socket.on('data', (d) => (raw += d));
    socket.on('error', () => {});
    const timer = setTimeout(() => {
      closedByServer = false;
      socket.destroy();
    }, closeAfterMs);
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine);
      const headers = Object.fromEntries(
        headerLines.map((h) => [h.slice(0, h.indexOf(':')).toLowerCase(), h.slice(h.indexOf(':') + 1).trim()]),
      );
      resolve({ ms: performance.now() - started, raw, status: status ? Number(status[1]) : null, headers, body: rest.join('\r\n\r\n'), closedByServer });
    });
  });
}

/** @param {import('fastify').FastifyInstance} app */
async function listen(app) {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return /** @type {import('node:net').AddressInfo} */ (app.server.address()).port;
}

/** @param {import('fastify').FastifyInstance} app */
const signupCount = (app) => app.db.prepare('SELECT count(*) FROM signups').pluck().get();

describe('timeouts', () => {
  it('default to 5 s for the headers, 10 s for the whole request and 30 s idle, and are set on the server', async (t) => {
    assert.deepEqual({ ...DEFAULT_TIMEOUTS }, { headersMs: 5000, requestMs: 10_000, idleMs: 30_000 });
    const { app } = await testApp();
    t.after(() => app.close());
    assert.equal(app.server.headersTimeout, 5000);
    assert.equal(app.server.requestTimeout, 10_000);
    assert.equal(app.server.timeout, 30_000);
    assert.equal(app.server.keepAliveTimeout, KEEP_ALIVE_TIMEOUT_MS);
  });

  it('refuse nonsense: not whole milliseconds, or headers longer than the whole request', () => {
    assert.deepEqual(resolveTimeouts({ requestMs: 20_000 }), { headersMs: 5000, requestMs: 20_000, idleMs: 30_000 });
    assert.throws(() => resolveTimeouts({ headersMs: 0 }), /timeouts\.headersMs must be a whole number of milliseconds/);
    assert.throws(() => resolveTimeouts({ idleMs: 1.5 }), /timeouts\.idleMs/);
    assert.throws(() => resolveTimeouts({ headersMs: 20_000 }), /must not be longer than timeouts\.requestMs/);
  });

  it('come from OTD_HEADERS_TIMEOUT_MS, OTD_REQUEST_TIMEOUT_MS and OTD_IDLE_TIMEOUT_MS', () => {
    assert.deepEqual(parseTimeouts({}), {});
    assert.deepEqual(parseTimeouts({ OTD_REQUEST_TIMEOUT_MS: '20000', OTD_IDLE_TIMEOUT_MS: ' 60000 ' }), {
      requestMs: 20_000,
      idleMs: 60_000,
    });
    assert.throws(() => parseTimeouts({ OTD_REQUEST_TIMEOUT_MS: '10s' }), /OTD_REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 1000/);
    assert.throws(() => parseTimeouts({ OTD_IDLE_TIMEOUT_MS: '500' }), /OTD_IDLE_TIMEOUT_MS/);
    assert.throws(() => parseTimeouts({ OTD_HEADERS_TIMEOUT_MS: '15000' }), /OTD_HEADERS_TIMEOUT_MS \(15000\) must not be longer than OTD_REQUEST_TIMEOUT_MS \(10000\)/);
    assert.deepEqual(readSettings({ OTD_HEADERS_TIMEOUT_MS: '2000' }).timeouts, { headersMs: 2000 });
  });

  it('cut a slow-body client off within the request timeout with a JSON 408, while other clients are served', async (t) => {
    const { entries, stream } = captureLog();
    const timeouts = { headersMs: 2000, requestMs: 3000, idleMs: 6000 };
    const { app } = await testApp({ timeouts, logger: { level: 'info', stream } });
    t.after(() => app.close());
    const port = await listen(app);
    const origin = `http://127.0.0.1:${port}`;
    await (await fetch(`${origin}/healthz`)).arrayBuffer(); // the client's first connection, not timed

    // Headers and one byte of a 1000-byte body, then nothing: the probe from the report.
    let slowOpen = 2;
    const slowBody = rawRequest(
      port,
      'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: s\r\nContent-Length: 1000\r\n\r\n{',
    ).finally(() => (slowOpen -= 1));
    // A request line and one header, then nothing.
    const slowHeaders = rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n').finally(() => (slowOpen -= 1));

    // Meanwhile, ordinary clients: health checks and a signup, each answered at once.
    /** @type {number[]} */
    const served = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const res = await fetch(`${origin}/healthz`);
      assert.equal(res.status, 200);
      await res.arrayBuffer();
      served.push(performance.now() - t0);
    }
    const posted = await fetch(`${origin}/api/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'meanwhile' },
      body: JSON.stringify(signup()),
    });
    assert.equal(posted.status, 201);
    assert.equal(slowOpen, 2, 'the ordinary requests should be served while both slow clients are still connected');
    // (Generous: the test machine may be busy with other work.)
    assert.ok(Math.max(...served) < 1000, `health checks took ${served.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    // Node.js checks the timeouts every 500 ms here (a quarter of the headers timeout, at most a second).
    const body = await slowBody;
    assert.ok(body.closedByServer, 'the slow-body client was not cut off');
    assert.ok(body.ms >= timeouts.requestMs - 50 && body.ms < timeouts.requestMs + 1000, `cut off after ${body.ms.toFixed(0)} ms`);
    assert.equal(body.status, 408);
    assert.equal(body.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(body.body), { error: 'request_timeout', message: 'The request did not arrive in time.' });

    const headers = await slowHeaders;
    assert.ok(headers.closedByServer, 'the slow-headers client was not cut off');
    assert.ok(headers.ms >= timeouts.headersMs - 50 && headers.ms < timeouts.headersMs + 1000, `cut off after ${headers.ms.toFixed(0)} ms`);
    assert.equal(headers.status, 408);

    const timedOut = entries.filter((e) => e.msg === 'answered 408 request_timeout');
    assert.equal(timedOut.length, 2, JSON.stringify(entries));
    assert.ok(timedOut.every((e) => e.level === 40));
    assert.equal(signupCount(app), 1);
  });

  it('close an idle connection after the idle timeout', async (t) => {
    const { app } = await testApp({ timeouts: { headersMs: 500, requestMs: 600, idleMs: 700 } });
    t.after(() => app.close());
    const port = await listen(app);
    // Connected, nothing sent: the headers timeout or the idle timeout closes it, whichever first.
    const idle = await rawRequest(port, '', { closeAfterMs: 5000 });
    assert.ok(idle.closedByServer);
    assert.ok(idle.ms < 2000, `closed after ${idle.ms.toFixed(0)} ms`);
  });
});

describe('a database locked by another connection', () => {
  /** @param {string} dataDir */
  const secondConnection = (dataDir) => new Database(path.join(dataDir, DATABASE_FILE));

  it('answers a signup 503 with Retry-After within a second, while /healthz and the sessions answer at once', async (t) => {
    const { entries, stream } = captureLog();
    const { app, dataDir } = await testApp({ logger: { level: 'warn', stream } });
    t.after(() => app.close());
    const other = secondConnection(dataDir);
    t.after(() => other.close());
    other.exec('BEGIN IMMEDIATE'); // the write lock, as a backup script or the sqlite3 tool can hold it

    const started = performance.now();
    const signupDone = postSignup(app, signup(), { key: 'locked-out' }).then((res) => ({ res, ms: performance.now() - started }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const t0 = performance.now();
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    const healthMs = performance.now() - t0;
    const sessions = await app.inject({ method: 'GET', url: '/api/sessions' });
    const readMs = performance.now() - t0;
    let pending = true;
    void signupDone.then(() => (pending = false));
    await Promise.resolve();
    assert.ok(pending, 'the signup should still be waiting for the lock');
    const { res, ms } = await signupDone;

    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok', database: 'ok' });
    // Answered while the signup still waits, and well before its wait is over (the bounds are
    // generous: the test machine may be busy with other work).
    assert.ok(healthMs < LOCK_WAIT_MS, `/healthz took ${healthMs.toFixed(0)} ms`);
    assert.equal(sessions.statusCode, 200);
    assert.ok(readMs < LOCK_WAIT_MS, `/healthz and /api/sessions took ${readMs.toFixed(0)} ms`);

    assert.equal(res.statusCode, 503);
    assert.equal(res.headers['retry-after'], '1');
    assert.deepEqual(Object.keys(res.json()).sort(), ['error', 'message']);
    assert.equal(res.json().error, 'database_busy');
    assert.ok(ms >= LOCK_WAIT_MS - 20 && ms < 1000, `answered after ${ms.toFixed(0)} ms`);
    assert.ok(entries.some((e) => e.level === 40 && e.msg === 'answered 503 database_busy'), JSON.stringify(entries));

    // The form sends the same draft again with the same key; now it goes through, once.
    other.exec('COMMIT');
    const again = await postSignup(app, signup(), { key: 'locked-out' });
    assert.equal(again.statusCode, 201);
    assert.equal(signupCount(app), 1);
  });

  it('takes the lock when it is freed within the wait, without an error', async (t) => {
    const { app, dataDir } = await testApp();
    t.after(() => app.close());
    const other = secondConnection(dataDir);
    t.after(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => other.exec('COMMIT'), 150);
    const res = await postSignup(app, signup());
    assert.equal(res.statusCode, 201);
  });

  it('answers an erasure 503 within a second while the write lock is held, and 204 at once with a reader open', async (t) => {
    const { entries, stream } = captureLog();
    const { app, dataDir } = await testApp({ logger: { level: 'warn', stream } });
    t.after(() => app.close());
    const { id } = (await postSignup(app, signup())).json();
    const other = secondConnection(dataDir);
    t.after(() => other.close());
    const auth = { authorization: `Bearer ${TOKEN}` };

    other.exec('BEGIN IMMEDIATE');
    let t0 = performance.now();
    const locked = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: auth });
    assert.equal(locked.statusCode, 503);
    assert.equal(locked.headers['retry-after'], '1');
    assert.ok(performance.now() - t0 < 1000);
    other.exec('COMMIT');

    // A reader (a backup in progress) keeps the write-ahead log from being emptied; the erasure
    // does not wait for it.
    other.exec('BEGIN');
    other.prepare('SELECT count(*) FROM signups').get();
    t0 = performance.now();
    const erased = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: auth });
    const ms = performance.now() - t0;
    other.exec('COMMIT');
    assert.equal(erased.statusCode, 204);
    assert.ok(ms < LOCK_WAIT_MS, `the erasure took ${ms.toFixed(0)} ms`);
    assert.ok(entries.some((e) => e.level === 40 && /write-ahead log/.test(e.msg)), JSON.stringify(entries));
    assert.equal(signupCount(app), 0);
  });

  it('does not wait inside SQLite while serving (busy_timeout 0), only while opening', async (t) => {
    const { app, dataDir } = await testApp();
    t.after(() => app.close());
    assert.equal(app.db.pragma('busy_timeout', { simple: true }), 0);
    const db = openDatabase(path.join(tempDir('otd-open-'), 'data'));
    t.after(() => db.close());
    assert.ok(Number(db.pragma('busy_timeout', { simple: true })) >= 1000);
    assert.ok(dataDir);
  });
});

describe('the fair-share guard', () => {
  /** @param {string} email @param {string} [sessionId] */
  const person = (email, sessionId = 's-ten') => signup({ email, firstName: email.split('@')[0], sessionId });

  it('gives one client address at most 3 seats per session per hour by default, then a readable 429', async (t) => {
    let clock = new Date();
    // The rate limits on, with their defaults, and the guard with its default.
    const { app } = await testApp({ rateLimit: {}, now: () => clock });
    t.after(() => app.close());
    const codes = [];
    for (let i = 1; i <= 3; i++) codes.push((await postSignup(app, person(`p${i}@example.nl`), { key: `k${i}` })).statusCode);
    assert.deepEqual(codes, [201, 201, 201]);
    assert.equal(DEFAULT_SEATS_PER_CLIENT, 3);

    const limited = await postSignup(app, person('p4@example.nl'), { key: 'k4' });
    assert.equal(limited.statusCode, 429);
    const body = limited.json();
    assert.equal(body.error, 'seat_limit');
    assert.match(body.message, /most seats allowed for this session in an hour \(3\)/);
    assert.equal(body.retryAfterSeconds, 3600);
    assert.equal(limited.headers['retry-after'], '3600');
    assert.equal(signupCount(app), 3);

    // The stored answers still replay (a retry of a signup that got through is not a new seat).
    const replay = await postSignup(app, person('p1@example.nl'), { key: 'k1' });
    assert.equal(replay.statusCode, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    // Another session, the waiting list and another client address are not affected.
    assert.equal((await postSignup(app, person('p4@example.nl', 's-big'))).statusCode, 201);
    assert.equal((await postSignup(app, person('p5@example.nl', 'wachtlijst'))).statusCode, 201);
    const other = await app.inject({
      method: 'POST',
      url: '/api/signups',
      remoteAddress: '192.0.2.7',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'other-client' },
      payload: JSON.stringify(person('p6@example.nl')),
    });
    assert.equal(other.statusCode, 201);

    // The refusal was not stored under its key: an hour later the same draft goes through.
    clock = new Date(clock.getTime() + SEAT_WINDOW_MS + 1000);
    const later = await postSignup(app, person('p4@example.nl'), { key: 'k4' });
    assert.equal(later.statusCode, 201);
  });

  it('says how long to wait until the oldest seat leaves the hour', async (t) => {
    let clock = new Date();
    const { app } = await testApp({ seatsPerClient: 2, now: () => clock });
    t.after(() => app.close());
    assert.equal((await postSignup(app, person('a@example.nl'))).statusCode, 201);
    clock = new Date(clock.getTime() + 20 * 60 * 1000);
    assert.equal((await postSignup(app, person('b@example.nl'))).statusCode, 201);
    clock = new Date(clock.getTime() + 10 * 60 * 1000);
    const limited = await postSignup(app, person('c@example.nl'));
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().retryAfterSeconds, 30 * 60);
  });

  it('holds under concurrent posts: ten at once from one address take three seats', async (t) => {
    const { app } = await testApp({ seatsPerClient: 3 });
    t.after(() => app.close());
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => postSignup(app, person(`c${i}@example.nl`))));
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [201, 201, 201, ...Array(7).fill(429)]);
    assert.equal(signupCount(app), 3);
  });

  it('counts per visitor behind the configured proxy', async (t) => {
    const { app } = await testApp({ seatsPerClient: 1, trustProxy: ['127.0.0.1'] });
    t.after(() => app.close());
    /** @param {string} email @param {string} forwardedFor */
    const via = (email, forwardedFor) => postSignup(app, person(email), { headers: { 'x-forwarded-for': forwardedFor } });
    assert.equal((await via('a@example.nl', '203.0.113.9')).statusCode, 201);
    assert.equal((await via('b@example.nl', '198.51.100.1, 203.0.113.9')).statusCode, 429, 'a forged entry is no new address');
    assert.equal((await via('c@example.nl', '203.0.113.10')).statusCode, 201, 'another visitor through the proxy');
  });

  it('can be turned off (0), is off with the rate limits off, and comes from OTD_SEATS_PER_CLIENT', async (t) => {
    for (const options of [{ rateLimit: {}, seatsPerClient: 0 }, { rateLimit: /** @type {const} */ (false) }]) {
      const { app } = await testApp(options);
      t.after(() => app.close());
      for (let i = 0; i < 6; i++) assert.equal((await postSignup(app, person(`o${i}@example.nl`))).statusCode, 201);
    }
    assert.equal(parseSeatsPerClient(undefined), 3);
    assert.equal(parseSeatsPerClient(''), 3);
    assert.equal(parseSeatsPerClient('0'), 0);
    assert.equal(parseSeatsPerClient(' 5 '), 5);
    for (const wrong of ['-1', 'two', '2.5', '99999']) {
      assert.throws(() => parseSeatsPerClient(wrong), /OTD_SEATS_PER_CLIENT must be a whole number of seats/, wrong);
    }
    assert.equal(readSettings({}).seatsPerClient, 3);
    await assert.rejects(testApp({ seatsPerClient: -1 }), /seatsPerClient must be a whole number/);
  });

  it('forgets the addresses whose seats have left the hour', () => {
    const ledger = new SeatLedger(2);
    const t0 = 1_000_000;
    ledger.record('203.0.113.1', 's', t0);
    ledger.record('203.0.113.2', 's', t0 + 1000);
    assert.equal(ledger.taken.size, 2);
    ledger.record('203.0.113.3', 's', t0 + SEAT_WINDOW_MS + 2000);
    assert.deepEqual([...ledger.taken.keys()], [SeatLedger.key('203.0.113.3', 's')]);
  });
});

describe('one signup per e-mail address per session', () => {
  it('answers a second one with a readable 409 already_signed_up, not a new seat', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    assert.equal((await postSignup(app, signup({ email: 'anna@example.nl' }))).statusCode, 201);
    for (const email of ['anna@example.nl', 'Anna@Example.NL', ' anna@example.nl ']) {
      const again = await postSignup(app, signup({ email, firstName: 'Anna Maria' }));
      assert.equal(again.statusCode, 409, email);
      assert.deepEqual(again.json(), {
        error: 'already_signed_up',
        message: 'This e-mail address is already signed up for this session.',
      });
    }
    const [listed] = (await app.inject({ method: 'GET', url: '/api/sessions' })).json();
    assert.equal(listed.seatsLeft, 9);
    assert.equal(signupCount(app), 1);

    // Another session, and the waiting list, are another matter.
    assert.equal((await postSignup(app, signup({ sessionId: 's-big' }))).statusCode, 201);
    assert.equal((await postSignup(app, signup({ sessionId: 'wachtlijst' }))).statusCode, 201);
  });

  it('says so also when the session is full, and lets the address sign up again after an erasure', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const { id } = (await postSignup(app, signup({ sessionId: 's-one' }))).json();
    assert.equal((await postSignup(app, signup({ sessionId: 's-one' }))).json().error, 'already_signed_up');
    assert.equal((await postSignup(app, signup({ sessionId: 's-one', email: 'bea@example.nl' }))).json().error, 'session_full');
    const del = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(del.statusCode, 204);
    assert.equal((await postSignup(app, signup({ sessionId: 's-one' }))).statusCode, 201);
  });

  it('holds under concurrent posts of the same address with different keys', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => postSignup(app, signup({ firstName: `Anna ${i}` }))));
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [201, ...Array(7).fill(409)]);
    assert.equal(signupCount(app), 1);
  });
});

describe('every error in the receiver\'s JSON shape, and in the log', () => {
  /** @type {import('fastify').FastifyInstance} */
  let app;
  /** @type {number} */
  let port;
  /** @type {any[]} */
  let entries;
  before(async () => {
    const log = captureLog();
    entries = log.entries;
    ({ app } = await testApp({
      allowedOrigins: ['https://www.enschede.nl'],
      logger: { level: 'info', stream: log.stream },
      timeouts: { headersMs: 400, requestMs: 800, idleMs: 3000 },
    }));
    port = await listen(app);
  });
  after(() => app.close());

  const ORIGIN = 'Origin: https://www.enschede.nl\r\n';
  /** What the report found, and a few more: request, expected status and code. */
  const cases = /** @type {[string, string | (() => string), number, string][]} */ ([
    ['a 5,000-character id', () => `DELETE /api/signups/${'a'.repeat(5000)} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\n\r\n`, 414, 'uri_too_long'],
    ['an overlong UTF-8 dot-dot-slash', 'GET /dist/..%c0%afpackage.json HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad_url'],
    ['a 100 KB URL', () => `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'headers_too_large'],
    ['OPTIONS /api/signups without Origin', 'OPTIONS /api/signups HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad_preflight'],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n', 400, 'bad_request'],
    ['a header with a NUL byte', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 400, 'bad_request'],
    ['headers that never end', 'GET /healthz HTTP/1.1\r\nHost: x\r\n', 408, 'request_timeout'],
    ['a body that never comes', 'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: 100\r\n\r\n{', 408, 'request_timeout'],
    ['malformed JSON', 'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: 9\r\n\r\n{"email":', 400, 'bad_request'],
    ['a body over 16 KiB', `POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: ${17 * 1024}\r\n\r\n${'x'.repeat(17 * 1024)}`, 413, 'payload_too_large'],
    ['XML', 'POST /api/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nIdempotency-Key: k\r\nContent-Length: 4\r\n\r\n<a/>', 415, 'unsupported_media_type'],
    ['a preflight for an organiser route', `OPTIONS /api/signups.json HTTP/1.1\r\nHost: x\r\n${ORIGIN}Access-Control-Request-Method: GET\r\n\r\n`, 404, 'not_found'],
    ['an organiser route without a token', 'GET /api/signups.csv HTTP/1.1\r\nHost: x\r\n\r\n', 401, 'unauthorized'],
  ]);

  for (const [what, request, status, code] of cases) {
    it(`${what}: ${status} ${code}`, async () => {
      const text = typeof request === 'function' ? request() : request;
      const before = entries.length;
      const res = await rawRequest(port, text.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'));
      assert.equal(res.status, status, res.raw.slice(0, 300));
      assert.match(res.headers['content-type'] ?? '', /^application\/json/);
      const body = JSON.parse(res.body);
      assert.equal(body.error, code);
      assert.equal(typeof body.message, 'string');
      assert.doesNotMatch(res.body, /FST_|statusCode|\bat .*\.js:\d+/);
      assert.equal(res.headers['access-control-allow-origin'], undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const logged = entries.slice(before).filter((e) => e.msg === `answered ${status} ${code}`);
      assert.equal(logged.length, 1, JSON.stringify(entries.slice(before)));
      // 404 is information (mostly crawlers); every other refusal is a warning, which an operator
      // sees at LOG_LEVEL=warn too.
      assert.equal(logged[0].level, status === 404 ? 30 : 40);
    });
  }

  it('logs none of it with an address, a body or the requested path', () => {
    // (The info-level request lines have the path, without the query string, by design.)
    const text = JSON.stringify(entries.filter((e) => /^answered /.test(e.msg)));
    assert.ok(text.length > 100);
    for (const secret of ['127.0.0.1', 'remoteAddress', 'remotePort', '..%c0%af', 'aaaaaaaaaa', '"email":', 'xxxxxxxx', 'rawPacket']) {
      assert.ok(!text.includes(secret), `the log contains ${secret}`);
    }
  });

  it('logs a server error as an error', async (t) => {
    const log = captureLog();
    const { app: broken } = await testApp({ logger: { level: 'warn', stream: log.stream } });
    t.after(() => broken.close());
    broken.db.exec('DROP TABLE idempotency_keys');
    const res = await postSignup(broken, signup());
    assert.equal(res.statusCode, 500);
    assert.ok(log.entries.some((e) => e.level === 50 && e.msg === 'answered 500 internal_error'));
  });
});

describe('control characters and lone surrogates', () => {
  it('are refused with a readable 422 naming the field, and nothing is stored', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const bad = {
      firstName: 'An\u0000na',
      lastName: 'de\u0007 Vries',
      organisation: 'Wijk\u001b[31mteam',
      phone: '053\t481 1234',
      email: 'anna\r\n@example.nl',
    };
    const res = await postSignup(app, signup(bad));
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error, 'invalid_signup');
    assert.deepEqual(
      res.json().errors.map((/** @type {any} */ e) => [e.field, e.kind]).sort(),
      Object.keys(bad).map((f) => [f, 'control_chars']).sort(),
    );
    for (const e of res.json().errors) assert.match(e.message, /control character/);

    // A lone surrogate, as JSON escapes it (it cannot be written as UTF-8).
    const lone = await postSignup(app, JSON.stringify(signup()).replace('"Anna"', '"lone\\ud800x"'));
    assert.equal(lone.statusCode, 422);
    assert.deepEqual(lone.json().errors.map((/** @type {any} */ e) => [e.field, e.kind]), [['firstName', 'control_chars']]);
    assert.equal(signupCount(app), 0);
  });

  it('leave nothing but the remarks\' line feeds in the exports', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ firstName: 'Zoë 😀', remarks: 'regel 1\r\nregel 2\nregel 3' }));
    assert.equal(res.statusCode, 201);
    const [row] = await exportedSignups(app);
    assert.equal(row.firstName, 'Zoë 😀');
    assert.equal(row.remarks, 'regel 1\nregel 2\nregel 3');
    const csv = (await organiserGet(app, '/api/signups.csv')).body;
    const cells = parseCsv(csv.slice(1)).flat();
    for (const cell of cells) assert.doesNotMatch(cell, /[^\P{Cc}\n]/u);
    assert.ok(!/\ufffd/.test(csv));
  });
});

describe('the data folder', () => {
  it('is created 0700, with the database files 0600, whatever the umask', async (t) => {
    const previous = process.umask(0o022);
    t.after(() => process.umask(previous));
    const base = tempDir('otd-modes-');
    const dataDir = path.join(base, 'new', 'data');
    const app = await buildApp({
      dataDir,
      rootDir: fakeRoot(path.join(base, 'root')),
      sessionsFile: writeSessionsFile(base, testSessions()),
      rateLimit: false,
    });
    t.after(() => app.close());
    assert.equal((await postSignup(app, signup())).statusCode, 201);
    const mode = (/** @type {string} */ file) => statSync(file).mode & 0o777;
    assert.equal(mode(dataDir), 0o700);
    for (const suffix of ['', '-wal', '-shm']) {
      assert.equal(mode(path.join(dataDir, `${DATABASE_FILE}${suffix}`)), 0o600, `${DATABASE_FILE}${suffix}`);
    }
  });

  it('warns at start when an existing folder lets others in, and leaves it as it is', async (t) => {
    const { entries, stream } = captureLog();
    const base = tempDir('otd-loose-');
    const dataDir = path.join(base, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const app = await buildApp({ dataDir, rootDir: fakeRoot(path.join(base, 'root')), logger: { level: 'warn', stream } });
    t.after(() => app.close());
    assert.equal(statSync(dataDir).mode & 0o777, 0o755);
    const warning = entries.find((e) => e.level === 40 && e.msg.startsWith(dataDir));
    assert.ok(warning, JSON.stringify(entries));
    assert.match(warning.msg, /has mode 0755: others than its owner can read it/);
  });

  it('commits with synchronous = FULL, so a 201 is on disk', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    assert.equal(app.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(app.db.pragma('synchronous', { simple: true }), 2); // FULL
  });
});

describe('CORS on the organiser routes', () => {
  it('answers their preflights without CORS headers, and the form\'s as before', async (t) => {
    const { app } = await testApp({ allowedOrigins: ['https://www.enschede.nl'] });
    t.after(() => app.close());
    const preflight = (/** @type {string} */ url, /** @type {string} */ method) =>
      app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin: 'https://www.enschede.nl', 'access-control-request-method': method, 'access-control-request-headers': 'authorization' },
      });
    for (const [url, method] of [
      ['/api/signups.json', 'GET'],
      ['/api/signups.csv', 'GET'],
      ['/api/signups/some-id', 'DELETE'],
      ['/api/other', 'GET'],
    ]) {
      const res = await preflight(url, method);
      assert.equal(res.statusCode, 404, url);
      for (const header of Object.keys(res.headers)) assert.doesNotMatch(header, /^access-control-/, `${url}: ${header}`);
      assert.equal(res.json().error, 'not_found');
    }
    const form = await preflight('/api/signups', 'POST');
    assert.equal(form.statusCode, 204);
    assert.equal(form.headers['access-control-allow-origin'], 'https://www.enschede.nl');
    assert.equal(form.headers['access-control-expose-headers'], 'Retry-After');
    const sessions = await preflight('/api/sessions?x=1', 'GET');
    assert.equal(sessions.headers['access-control-allow-origin'], 'https://www.enschede.nl');
  });
});
