import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { buildApp } from './app.js';
import { describeTrustProxy, parseLogLevel, parsePort, parseTrustProxy, readSettings } from './config.js';
import { MIGRATIONS, openDatabase } from './db.js';
import { postSignup, signup, testApp } from './testkit.js';

/** Throwaway folders, removed when the run ends. */
const tempDirs = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A minimal repository layout: demo/index.html, the snippet in cdn/ with its compressed copies, a hashed chunk. */
function fakeRoot(dir) {
  mkdirSync(path.join(dir, 'demo'), { recursive: true });
  mkdirSync(path.join(dir, 'cdn', 'chunks'), { recursive: true });
  mkdirSync(path.join(dir, 'dist', 'schema'), { recursive: true });
  writeFileSync(path.join(dir, 'demo', 'index.html'), '<!doctype html><html lang="nl"><title>t</title></html>\n');
  writeFileSync(path.join(dir, 'demo', '.env'), 'SECRET=1\n');
  const script = 'export const fake = true;\n'.repeat(20);
  writeFileSync(path.join(dir, 'cdn', 'otd-widgets.js'), script);
  writeFileSync(path.join(dir, 'cdn', 'otd-widgets.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dir, 'cdn', 'otd-widgets.js.gz'), gzipSync(script));
  writeFileSync(path.join(dir, 'cdn', 'chunks', 'lit-AbC123.js'), 'export const lit = 1;\n');
  writeFileSync(path.join(dir, 'dist', 'schema', 'sessions.schema.json'), '{}\n');
  return dir;
}

describe('reference receiver', () => {
  /** @type {import('fastify').FastifyInstance} */
  let app;
  /** @type {string} */
  let dataDir;

  before(async () => {
    const base = tempDir('otd-server-');
    dataDir = path.join(base, 'data'); // does not exist yet: openDatabase creates it
    app = await buildApp({ dataDir, rootDir: fakeRoot(path.join(base, 'root')) });
  });
  after(async () => {
    await app?.close();
  });

  it('answers /healthz with ok after querying the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: 'ok' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('serves demo/index.html at / with CSP, nosniff and referrer policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html lang="nl">/);
    // The policy as the browser receives it, directive by directive: no inline script or style, no framing by others.
    const directives = Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    assert.deepEqual(directives, {
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'img-src': "'self' data:",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
    });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  });

  it('serves the widgets under /cdn/ as text/javascript, the snippet revalidated and a hashed chunk kept for good', async () => {
    const res = await app.inject({ method: 'GET', url: '/cdn/otd-widgets.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.body, 'export const fake = true;\n'.repeat(20));
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-security-policy'], undefined);
    assert.equal(res.headers['cache-control'], 'no-cache');
    const chunk = await app.inject({ method: 'GET', url: '/cdn/chunks/lit-AbC123.js' });
    assert.equal(chunk.statusCode, 200);
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    const schema = await app.inject({ method: 'GET', url: '/dist/schema/sessions.schema.json' });
    assert.equal(schema.statusCode, 200);
  });

  it('sends the brotli or gzip copy when the browser accepts it, with Vary, and the plain file otherwise', async () => {
    const plain = 'export const fake = true;\n'.repeat(20);
    for (const [accept, encoding, decode] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ]) {
      const res = await app.inject({ method: 'GET', url: '/cdn/otd-widgets.js', headers: { 'accept-encoding': accept } });
      assert.equal(res.statusCode, 200, accept);
      assert.equal(res.headers['content-encoding'], encoding, accept);
      assert.match(String(res.headers['vary']), /accept-encoding/i, accept);
      assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8', accept);
      assert.equal(decode(res.rawPayload).toString(), plain, accept);
    }
    const identity = await app.inject({ method: 'GET', url: '/cdn/otd-widgets.js', headers: { 'accept-encoding': 'identity' } });
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(identity.body, plain);
  });

  it('answers 404 for an unknown path, with the security headers', async () => {
    for (const url of ['/no-such-page', '/cdn/no-such-file.js', '/dist/no-such-file.js']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    }
  });

  it('does not serve dotfiles', async () => {
    const res = await app.inject({ method: 'GET', url: '/.env' });
    assert.equal(res.statusCode, 404);
  });

  it('answers 503 when the database fails', async (t) => {
    const base = tempDir('otd-server-broken-');
    const broken = await buildApp({ dataDir: path.join(base, 'data'), rootDir: fakeRoot(path.join(base, 'root')) });
    t.after(() => broken.close());
    broken.db.close();
    const res = await broken.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json(), { status: 'error', database: 'error' });
  });
});

describe('database', () => {
  it('records migrations and is idempotent when opened twice', (t) => {
    const dataDir = path.join(tempDir('otd-db-'), 'nested', 'data');
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));

    const first = openDatabase(dataDir);
    const rows = first.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(
      rows.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    assert.equal(first.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(first.pragma('foreign_keys', { simple: true }), 1);
    assert.ok(Number(first.pragma('busy_timeout', { simple: true })) > 0);
    assert.equal(first.pragma('secure_delete', { simple: true }), 1);
    const created = first.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get();
    first.close();

    const second = openDatabase(dataDir);
    t.after(() => second.close());
    assert.equal(second.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    assert.equal(second.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), latest);
    assert.equal(second.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get(), created);
  });
});

describe('logs', () => {
  /** A logger stream that keeps every JSON line. */
  function captureLog() {
    /** @type {string[]} */
    const lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    return { lines, stream };
  }

  it('record each request without the client address, port, query string or body', async (t) => {
    const { lines, stream } = captureLog();
    const { app } = await testApp({ logger: { level: 'info', stream }, trustProxy: ['192.0.2.10'] });
    t.after(() => app.close());
    const email = 'log-check-4711@example.nl';
    const visitor = '203.0.113.45';
    const proxy = '192.0.2.10';

    const posted = await postSignup(app, signup({ email, lastName: 'Logtestnaam' }), {
      headers: { 'x-forwarded-for': visitor },
    });
    assert.equal(posted.statusCode, 201);
    const read = await app.inject({
      method: 'GET',
      url: `/api/sessions?email=${encodeURIComponent(email)}`,
      remoteAddress: proxy,
      headers: { 'x-forwarded-for': visitor },
    });
    assert.equal(read.statusCode, 200);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/signups',
      remoteAddress: proxy,
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k', 'x-forwarded-for': visitor },
      payload: `{"email": "${email}"`,
    });
    assert.equal(broken.statusCode, 400);

    const text = lines.join('\n');
    const entries = lines.map((l) => JSON.parse(l));
    const incoming = entries.filter((e) => e.msg === 'incoming request');
    const completed = entries.filter((e) => e.msg === 'request completed');
    assert.equal(incoming.length, 3, text);
    assert.equal(completed.length, 3, text);
    // What is kept: method, path, status, response time.
    assert.deepEqual(
      incoming.map((e) => [e.req.method, e.req.url]),
      [
        ['POST', '/api/signups'],
        ['GET', '/api/sessions'],
        ['POST', '/api/signups'],
      ],
    );
    assert.deepEqual(
      completed.map((e) => e.res.statusCode),
      [201, 200, 400],
    );
    for (const e of completed) assert.equal(typeof e.responseTime, 'number');
    // What is not: addresses, ports, the query string, anything of the body.
    for (const e of incoming) {
      assert.deepEqual(Object.keys(e.req).sort(), ['host', 'method', 'url'], JSON.stringify(e.req));
    }
    for (const secret of [visitor, proxy, '127.0.0.1', 'remoteAddress', 'remotePort', email, 'log-check', 'Logtestnaam']) {
      assert.ok(!text.includes(secret), `the log contains ${secret}:\n${text}`);
    }
  });

  it('turns on with logger: true, with the same request fields', async (t) => {
    const { app } = await testApp({ logger: true });
    t.after(() => app.close());
    const req = { method: 'GET', url: '/api/sessions?x=1', host: 'example.nl', ip: '203.0.113.45', socket: { remotePort: 1234 } };
    const serialized = app.log[Symbol.for('pino.serializers')].req(req);
    assert.deepEqual(serialized, { method: 'GET', url: '/api/sessions', host: 'example.nl' });
  });
});

describe('settings from the environment', () => {
  it('PORT: unset or empty is 8080, otherwise a whole number from 0 to 65535', () => {
    assert.equal(parsePort(undefined), 8080);
    assert.equal(parsePort(''), 8080);
    assert.equal(parsePort('  '), 8080);
    assert.equal(parsePort('3000'), 3000);
    assert.equal(parsePort('0'), 0);
    assert.equal(parsePort('65535'), 65535);
    for (const wrong of ['abc', '65536', '-1', '80.5', '0x50', '1e3', '80 80', '999999']) {
      assert.throws(() => parsePort(wrong), /PORT must be a whole number from 0 to 65535/, wrong);
    }
  });

  it('OTD_TRUST_PROXY: a number is hops, a list is addresses and ranges, true is every proxy', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy(''), false);
    assert.equal(parseTrustProxy('false'), false);
    assert.equal(parseTrustProxy('0'), false);
    assert.equal(parseTrustProxy('true'), true);
    assert.equal(parseTrustProxy('1'), 1);
    assert.equal(parseTrustProxy(' 2 '), 2);
    assert.deepEqual(parseTrustProxy('127.0.0.1'), ['127.0.0.1']);
    assert.deepEqual(parseTrustProxy('127.0.0.1, 10.0.0.0/8,fd00::/8 ,::1'), ['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1']);
    assert.deepEqual(parseTrustProxy('loopback,10.0.0.0/255.0.0.0'), ['loopback', '10.0.0.0/255.0.0.0']);
    for (const wrong of ['nginx', '127.0.0.1, proxy.local', '10.0.0.0/33', '::1/129', '1.2.3', 'yes', ',']) {
      assert.throws(() => parseTrustProxy(wrong), /OTD_TRUST_PROXY must be true, a number of hops, or the proxies' IP addresses/, wrong);
    }
  });

  it('LOG_LEVEL: unset or empty is info, otherwise one of pino\'s levels', () => {
    assert.equal(parseLogLevel(undefined), 'info');
    assert.equal(parseLogLevel(''), 'info');
    assert.equal(parseLogLevel('warn'), 'warn');
    assert.throws(() => parseLogLevel('verbose'), /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it('reads every setting, and names every wrong one at once', () => {
    const settings = readSettings({ PORT: '', HOST: '', OTD_DATA_DIR: '/srv/otd', OTD_TRUST_PROXY: '1', OTD_ALLOWED_ORIGINS: 'https://a.nl, https://b.nl' });
    assert.equal(settings.port, 8080);
    assert.equal(settings.host, '127.0.0.1');
    assert.equal(settings.dataDir, path.resolve('/srv/otd'));
    assert.equal(settings.trustProxy, 1);
    assert.deepEqual(settings.allowedOrigins, ['https://a.nl', 'https://b.nl']);
    assert.equal(settings.adminToken, undefined);
    assert.equal(settings.sessionsFile, undefined);
    assert.equal(settings.logLevel, 'info');
    assert.throws(
      () => readSettings({ PORT: 'http', OTD_TRUST_PROXY: 'nginx', LOG_LEVEL: 'loud' }),
      (err) => err instanceof Error && err.message.split('\n').length === 3 && /PORT/.test(err.message) && /OTD_TRUST_PROXY/.test(err.message) && /LOG_LEVEL/.test(err.message),
    );
  });

  it('warns in the start-up log when a visitor could choose their own address', () => {
    assert.equal(describeTrustProxy(false, '127.0.0.1'), null);
    const all = describeTrustProxy(true, '127.0.0.1');
    assert.equal(all?.warnings.length, 1);
    assert.match(all?.warnings[0] ?? '', /left-most X-Forwarded-For entry, which a visitor can write themselves/);
    assert.deepEqual(describeTrustProxy(1, '127.0.0.1'), {
      info: 'trusting proxy: 1 hop (the client address is X-Forwarded-For entry 1 from the right)',
      warnings: [],
    });
    assert.match(describeTrustProxy(2, '0.0.0.0')?.warnings[0] ?? '', /HOST=0\.0\.0\.0 accepts connections from other machines/);
    assert.deepEqual(describeTrustProxy(['127.0.0.1', '10.0.0.0/8'], '0.0.0.0'), {
      info: 'trusting proxy: 127.0.0.1, 10.0.0.0/8',
      warnings: [],
    });
  });
});

describe('server/start.js', () => {
  const startJs = fileURLToPath(new URL('./start.js', import.meta.url));
  /** The environment without this machine's receiver settings, plus `env`. */
  const environment = (/** @type {Record<string, string>} */ env) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|LOG_LEVEL|OTD_.*)$/.test(k)));
    return { ...clean, OTD_DATA_DIR: path.join(tempDir('otd-start-'), 'data'), ...env };
  };

  it('refuses a port that is not a port, and a proxy that is not an address, naming both', async () => {
    const child = spawn(process.execPath, [startJs], {
      env: environment({ PORT: '80a', OTD_TRUST_PROXY: 'my-proxy' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(stderr, /^otd-widgets: PORT must be a whole number from 0 to 65535 \(0 picks a free port\), not "80a"$/m);
    assert.match(stderr, /^otd-widgets: OTD_TRUST_PROXY must be .*"my-proxy" is none of these$/m);
  });

  it('starts with OTD_TRUST_PROXY=true, warns about it, and logs requests without addresses', async (t) => {
    const child = spawn(process.execPath, [startJs], {
      env: environment({ PORT: '0', OTD_TRUST_PROXY: 'true' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    t.after(() => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    /** @type {any[]} */
    const entries = [];
    let buffer = '';
    /** @type {(() => void) | undefined} */
    let onLine;
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line) entries.push(JSON.parse(line));
      onLine?.();
    });
    /** @param {(e: any) => boolean} test */
    const waitFor = (test) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such log line in ${JSON.stringify(entries)}`)), 10_000);
        onLine = () => {
          const found = entries.find(test);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        onLine();
      });

    const warning = await waitFor((e) => e.level === 40);
    assert.match(warning.msg, /^OTD_TRUST_PROXY=true: .*left-most X-Forwarded-For.*dodge the rate limits/);
    const started = await waitFor((e) => /^otd-widgets demo: http:\/\/127\.0\.0\.1:\d+\//.test(e.msg));
    const base = /http:\/\/[^/]+/.exec(started.msg)?.[0];

    const res = await fetch(`${base}/healthz?who=me`, { headers: { 'x-forwarded-for': '203.0.113.45' } });
    assert.equal(res.status, 200);
    const completed = await waitFor((e) => e.msg === 'request completed');
    assert.equal(completed.res.statusCode, 200);
    const requestLines = JSON.stringify(entries.filter((e) => e.req || e.res));
    assert.match(requestLines, /"url":"\/healthz"/);
    for (const e of entries.filter((x) => x.req)) assert.deepEqual(Object.keys(e.req).sort(), ['host', 'method', 'url']);
    // (The host is the receiver's own, 127.0.0.1:<port>; the visitor's address is nowhere.)
    for (const secret of ['203.0.113.45', 'remoteAddress', 'remotePort', 'who=me']) {
      assert.ok(!requestLines.includes(secret), `${secret} in ${requestLines}`);
    }

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });
});
