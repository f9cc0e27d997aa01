// The receiver under odd bytes and odd set-ups: control characters and lone surrogates in the
// signup, and the data folder's modes and durability.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { buildApp } from './app.js';
import { DATABASE_FILE } from './db.js';
import {
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

/** @param {import('fastify').FastifyInstance} app */
const signupCount = (app) => app.db.prepare('SELECT count(*) FROM signups').pluck().get();

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
