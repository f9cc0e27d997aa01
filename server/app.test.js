import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, CONTENT_SECURITY_POLICY } from './app.js';
import { MIGRATIONS, openDatabase } from './db.js';

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

/** A minimal repository layout: demo/index.html and dist/otd-widgets.js. */
function fakeRoot(dir) {
  mkdirSync(path.join(dir, 'demo'), { recursive: true });
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'demo', 'index.html'), '<!doctype html><html lang="nl"><title>t</title></html>\n');
  writeFileSync(path.join(dir, 'demo', '.env'), 'SECRET=1\n');
  writeFileSync(path.join(dir, 'dist', 'otd-widgets.js'), 'export const fake = true;\n');
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
    assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  });

  it('serves the bundle under /dist/ as text/javascript', async () => {
    const res = await app.inject({ method: 'GET', url: '/dist/otd-widgets.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.body, 'export const fake = true;\n');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-security-policy'], undefined);
  });

  it('answers 404 for an unknown path, with the security headers', async () => {
    for (const url of ['/no-such-page', '/dist/no-such-file.js']) {
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
    const created = first.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get();
    first.close();

    const second = openDatabase(dataDir);
    t.after(() => second.close());
    assert.equal(second.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    assert.equal(second.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), latest);
    assert.equal(second.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get(), created);
  });
});
