import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildApp } from './app.js';
import { DATABASE_FILE } from './db.js';
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
  writeSessionsFile,
  testSessions,
} from './testkit.js';

/** @param {import('fastify').FastifyInstance} app */
async function sessionsById(app) {
  const res = await app.inject({ method: 'GET', url: '/api/sessions' });
  assert.equal(res.statusCode, 200);
  return new Map(res.json().map((/** @type {any} */ s) => [s.id, s]));
}

/** @param {import('fastify').FastifyInstance} app */
const signupCount = (app) => app.db.prepare('SELECT count(*) FROM signups').pluck().get();

describe('GET /api/sessions', () => {
  it('lists the configured sessions with seats left, marked no-store', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await app.inject({ method: 'GET', url: '/api/sessions' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const [ten, one, big] = testSessions();
    assert.deepEqual(res.json(), [
      { id: 's-ten', date: ten.date, startTime: '09:30', endTime: '16:30', place: { nl: 'Enschede', en: 'Enschede' }, capacity: 10, seatsLeft: 10, waitingList: true },
      { id: 's-one', date: one.date, startTime: '09:30', endTime: '12:30', place: { nl: 'Almelo', en: 'Almelo' }, address: 'Markt 1, Almelo', capacity: 1, seatsLeft: 1, waitingList: true },
      { id: 's-big', date: big.date, startTime: '13:00', endTime: '17:00', place: { nl: 'Hengelo', en: 'Hengelo' }, capacity: 20, seatsLeft: 20, waitingList: true },
    ]);
  });

  it('seeds three example sessions in the future when no sessions file is given', async (t) => {
    const { app } = await testApp({ sessionsFile: undefined });
    t.after(() => app.close());
    const list = [...(await sessionsById(app)).values()];
    assert.equal(list.length, 3);
    assert.deepEqual(
      list.map((s) => s.capacity),
      [20, 20, 2],
    );
    const todayIso = new Date().toISOString().slice(0, 10);
    for (const s of list) {
      assert.ok(s.date > todayIso, s.date);
      assert.match(s.place.nl, /voorbeeld/);
      assert.match(s.place.en, /example/);
      assert.equal(s.startTime, '09:30');
      assert.equal(s.endTime, '16:30');
    }
  });
});

describe('POST /api/signups', () => {
  it('stores a signup, answers 201, and the organiser JSON and CSV hold exactly that row', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());

    const res = await postSignup(app, signup({ remarks: 'Graag vegetarisch' }));
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.json();
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    assert.equal(body.status, 'confirmed');
    assert.equal(body.session.id, 's-ten');
    assert.equal(body.session.seatsLeft, 9);
    assert.equal((await sessionsById(app)).get('s-ten').seatsLeft, 9);

    const rows = await exportedSignups(app);
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.equal(row.id, body.id);
    assert.match(String(row.createdAt), /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(
      { ...row, id: undefined, createdAt: undefined },
      {
        id: undefined,
        createdAt: undefined,
        status: 'confirmed',
        sessionId: 's-ten',
        sessionDate: testSessions()[0].date,
        sessionStartTime: '09:30',
        sessionEndTime: '16:30',
        sessionPlace: 'Enschede',
        firstName: 'Anna',
        lastName: 'de Vries',
        email: 'anna@example.nl',
        phone: '053 481 1234',
        organisation: 'Wijkteam Voorbeeld',
        domain: 'wijkteams',
        municipality: 'enschede',
        educationLevel: 'hbo_wo',
        skjPoints: true,
        skjNumber: '110000123', // spaces and dots stripped
        skjChamber: 'jeugd_en_gezinsprofessional',
        remarks: 'Graag vegetarisch',
        newsOptIn: false,
        lang: 'nl',
      },
    );

    const csv = await organiserGet(app, '/api/signups.csv');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(csv.headers['content-disposition']), /^attachment; filename="otd-signups\.csv"$/);
    assert.equal(csv.headers['cache-control'], 'no-store');
    assert.ok(csv.body.startsWith('\uFEFF'), 'starts with a byte order mark');
    const [header, ...records] = parseCsv(csv.body.slice(1));
    assert.equal(records.length, 1);
    const record = Object.fromEntries(header.map((h, i) => [h, records[0][i]]));
    assert.equal(record.id, body.id);
    assert.equal(record.firstName, 'Anna');
    assert.equal(record.email, 'anna@example.nl');
    assert.equal(record.sessionDate, testSessions()[0].date);
    assert.equal(record.sessionPlace, 'Enschede');
    assert.equal(record.skjNumber, '110000123');
    assert.equal(record.skjPoints, 'true');
    assert.equal(record.phone, '053 481 1234');
  });

  it('stores an English signup with lang en, trimmed', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(
      app,
      signup({ lang: 'en', firstName: '  John ', lastName: 'Smith', skjPoints: false, skjNumber: undefined, skjChamber: undefined }),
    );
    assert.equal(res.statusCode, 201);
    const [row] = await exportedSignups(app);
    assert.equal(row.lang, 'en');
    assert.equal(row.firstName, 'John');
    assert.equal(row.skjPoints, false);
  });

  it('stores no SKJ details when the person does not want points (data minimisation)', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ skjPoints: false, skjNumber: '123456789', skjChamber: 'pedagoog' }));
    assert.equal(res.statusCode, 201);
    const [row] = await exportedSignups(app);
    assert.equal(row.skjNumber, null);
    assert.equal(row.skjChamber, null);
  });

  it('puts a waiting-list signup on the waiting list without taking a seat', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ sessionId: 'wachtlijst' }));
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().status, 'waiting_list');
    assert.equal(res.json().session, null);
    const [row] = await exportedSignups(app);
    assert.equal(row.status, 'waiting_list');
    assert.equal(row.sessionId, null);
    assert.equal((await sessionsById(app)).get('s-ten').seatsLeft, 10);
  });

  it('answers 422 naming each invalid field, and stores nothing', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ firstName: '  ', email: 'not-an-address', domain: 'astrologie', skjNumber: '' }));
    assert.equal(res.statusCode, 422);
    const { errors } = res.json();
    const byField = new Map(errors.map((/** @type {any} */ e) => [e.field, e]));
    assert.equal(byField.get('firstName')?.kind, 'required');
    assert.equal(byField.get('email')?.kind, 'email');
    assert.equal(byField.get('domain')?.kind, 'choose');
    assert.equal(byField.get('skjNumber')?.kind, 'required');
    for (const e of errors) assert.equal(typeof e.message, 'string');
    assert.equal(signupCount(app), 0);
  });

  it('answers 422 for a body that is not an object', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    for (const body of ['[]', 'null', '"text"', '42']) {
      const res = await postSignup(app, body);
      assert.equal(res.statusCode, 422, body);
      assert.ok(Array.isArray(res.json().errors), body);
    }
    assert.equal(signupCount(app), 0);
  });

  it('answers 422 naming an unknown field', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ isOrganiser: true }));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors, [{ field: 'isOrganiser', kind: 'unknown', message: 'Unknown field' }]);
    assert.equal(signupCount(app), 0);
  });

  it('answers 422 on sessionId for an unknown or past session', async (t) => {
    const { app, base } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ sessionId: 'no-such-session' }));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors.map((/** @type {any} */ e) => [e.field, e.kind]), [['sessionId', 'choose']]);

    // A session in the past is neither listed nor bookable.
    const past = await buildApp({
      dataDir: path.join(base, 'past'),
      rootDir: fakeRoot(path.join(base, 'root2')),
      sessionsFile: writeSessionsFile(tempDir('otd-past-'), [
        { id: 'yesterday', date: '2000-01-01', startTime: '09:00', endTime: '10:00', place: 'Oud', capacity: 5 },
      ]),
      rateLimit: false,
    });
    t.after(() => past.close());
    assert.equal((await sessionsById(past)).size, 0);
    const late = await postSignup(past, signup({ sessionId: 'yesterday' }));
    assert.equal(late.statusCode, 422);
    assert.equal(late.json().errors[0].field, 'sessionId');
  });

  it('answers 415 for anything but JSON', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const json = JSON.stringify(signup());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await postSignup(app, json, { headers: { 'content-type': type } });
      assert.equal(res.statusCode, 415, type);
      assert.equal(res.json().error, 'unsupported_media_type', type);
    }
    const none = await app.inject({ method: 'POST', url: '/api/signups', headers: { 'idempotency-key': 'k' } });
    assert.equal(none.statusCode, 415);
    assert.equal(signupCount(app), 0);
  });

  it('answers 413 for a body over 16 KiB', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ remarks: 'x'.repeat(17 * 1024) }));
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error, 'payload_too_large');
    assert.equal(signupCount(app), 0);
  });

  it('answers 400 for malformed JSON, without a stack trace', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, '{"firstName": ');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error, 'bad_request');
    assert.doesNotMatch(res.body, /\bat .*\.js:\d+/);
  });

  it('requires an Idempotency-Key of 1 to 200 printable characters', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    for (const key of [null, '', 'x'.repeat(201), 'tab\there']) {
      const res = await postSignup(app, signup(), { key });
      assert.equal(res.statusCode, 400, String(key));
      assert.equal(res.json().error, 'idempotency_key_required');
    }
    assert.equal((await postSignup(app, signup(), { key: 'k'.repeat(200) })).statusCode, 201);
    assert.equal(signupCount(app), 1);
  });

  it('stores SQL-looking strings verbatim, as text', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const evil = "Robert'); DROP TABLE signups;--";
    const res = await postSignup(
      app,
      signup({ firstName: evil, lastName: "O'Brien", organisation: '1 OR 1=1; --', remarks: '" OR ""="' }),
    );
    assert.equal(res.statusCode, 201);
    const [row] = await exportedSignups(app);
    assert.equal(row.firstName, evil);
    assert.equal(row.lastName, "O'Brien");
    assert.equal(row.organisation, '1 OR 1=1; --');
    assert.equal(row.remarks, '" OR ""="');
    const types = app.db.prepare('SELECT typeof(first_name) AS t FROM signups').pluck().all();
    assert.deepEqual(types, ['text']);
    assert.equal(signupCount(app), 1); // the table is still there
  });

  it('accepts a filled honeypot quietly and stores nothing', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await postSignup(app, signup({ website: 'https://spam.example' }));
    assert.equal(res.statusCode, 201);
    const body = res.json();
    assert.equal(body.status, 'confirmed');
    assert.equal(typeof body.id, 'string');
    assert.equal(body.session.id, 's-ten');
    assert.equal(signupCount(app), 0);
    assert.equal(app.db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get(), 0);
    assert.equal((await sessionsById(app)).get('s-ten').seatsLeft, 10);
    // Also when the rest is nonsense: a bot learns nothing from the answer.
    const junk = await postSignup(app, { website: 'x', email: 'nope' });
    assert.equal(junk.statusCode, 201);
    assert.equal(signupCount(app), 0);
  });

  it('answers the same key and body with the first answer, and stores one row', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const body = signup();
    const first = await postSignup(app, body, { key: 'draft-1' });
    // The same data with the keys in another order is the same body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await postSignup(app, reordered, { key: 'draft-1' });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.body, first.body);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(first.headers['idempotent-replayed'], undefined);
    assert.equal(signupCount(app), 1);
    assert.equal((await sessionsById(app)).get('s-ten').seatsLeft, 9);
  });

  it('refuses the same key with another body (422 idempotency_key_reused)', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    assert.equal((await postSignup(app, signup(), { key: 'draft-2' })).statusCode, 201);
    const other = await postSignup(app, signup({ firstName: 'Bea' }), { key: 'draft-2' });
    assert.equal(other.statusCode, 422);
    assert.equal(other.json().error, 'idempotency_key_reused');
    const rows = await exportedSignups(app);
    assert.deepEqual(
      rows.map((r) => r.firstName),
      ['Anna'],
    );
  });

  it('answers 409 with the fresh sessions when the session is full, and stores nothing', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    assert.equal((await postSignup(app, signup({ sessionId: 's-one' }))).statusCode, 201);
    const full = await postSignup(app, signup({ sessionId: 's-one', firstName: 'Bea', email: 'bea@example.nl' }), { key: 'draft-3' });
    assert.equal(full.statusCode, 409);
    const body = full.json();
    assert.equal(body.error, 'session_full');
    assert.deepEqual(
      body.sessions.map((/** @type {any} */ s) => [s.id, s.seatsLeft]),
      [
        ['s-ten', 10],
        ['s-one', 0],
        ['s-big', 20],
      ],
    );
    assert.equal(signupCount(app), 1);
    // Nothing was kept for the key: the person picks another session and sends the same draft.
    const retry = await postSignup(app, signup({ sessionId: 's-big', firstName: 'Bea', email: 'bea@example.nl' }), { key: 'draft-3' });
    assert.equal(retry.statusCode, 201);
    assert.equal(signupCount(app), 2);
  });

  it('gives twenty concurrent signups for ten seats exactly ten seats, never eleven', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postSignup(app, signup({ firstName: `Person ${i}`, email: `p${i}@example.nl` }), { key: `concurrent-${i}` }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [...Array(10).fill(201), ...Array(10).fill(409)]);
    assert.equal(app.db.prepare("SELECT count(*) FROM signups WHERE session_id = 's-ten'").pluck().get(), 10);
    assert.equal(app.db.prepare("SELECT seats_taken FROM sessions WHERE id = 's-ten'").pluck().get(), 10);
    assert.equal((await sessionsById(app)).get('s-ten').seatsLeft, 0);
  });

  it('keeps data across a restart on the same data folder', async () => {
    const base = tempDir('otd-restart-');
    const options = {
      dataDir: path.join(base, 'data'),
      rootDir: fakeRoot(path.join(base, 'root')),
      sessionsFile: writeSessionsFile(base, testSessions()),
      adminToken: TOKEN,
      rateLimit: /** @type {const} */ (false),
    };
    const first = await buildApp(options);
    const res = await postSignup(first, signup({ sessionId: 's-one' }), { key: 'restart-key' });
    assert.equal(res.statusCode, 201);
    await first.close();

    const second = await buildApp(options);
    try {
      const rows = await exportedSignups(second);
      assert.deepEqual(
        rows.map((r) => r.id),
        [res.json().id],
      );
      assert.equal((await sessionsById(second)).get('s-one').seatsLeft, 0);
      // The idempotency key survives too: a retry after the restart gets the first answer.
      const again = await postSignup(second, signup({ sessionId: 's-one' }), { key: 'restart-key' });
      assert.equal(again.statusCode, 201);
      assert.equal(again.body, res.body);
    } finally {
      await second.close();
    }
  });
});

describe('organiser routes', () => {
  const routes = [
    ['GET', '/api/signups.json'],
    ['GET', '/api/signups.csv'],
    ['DELETE', '/api/signups/any-id'],
  ];

  it('are off (404) when no admin token is configured', async (t) => {
    const { app } = await testApp({ adminToken: undefined });
    t.after(() => app.close());
    for (const [method, url] of routes) {
      const res = await app.inject({ method: /** @type {any} */ (method), url, headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.statusCode, 404, `${method} ${url}`);
    }
  });

  it('answer 401 without a bearer token and 403 with a wrong one', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    for (const [method, url] of routes) {
      const m = /** @type {any} */ (method);
      const missing = await app.inject({ method: m, url });
      assert.equal(missing.statusCode, 401, `${method} ${url}`);
      assert.match(String(missing.headers['www-authenticate']), /^Bearer/);
      const basic = await app.inject({ method: m, url, headers: { authorization: `Basic ${TOKEN}` } });
      assert.equal(basic.statusCode, 401, `${method} ${url} basic`);
      for (const wrong of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
        const res = await app.inject({ method: m, url, headers: { authorization: `Bearer ${wrong}` } });
        assert.equal(res.statusCode, 403, `${method} ${url} ${wrong}`);
        assert.equal(res.json().error, 'forbidden');
      }
    }
  });

  it('erase a signup and free its seat (204, then 404)', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const { id } = (await postSignup(app, signup({ sessionId: 's-one' }))).json();
    const bea = { sessionId: 's-one', firstName: 'Bea', email: 'bea@example.nl' };
    assert.equal((await postSignup(app, signup(bea))).json().error, 'session_full');

    const auth = { authorization: `Bearer ${TOKEN}` };
    const del = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: auth });
    assert.equal(del.statusCode, 204);
    assert.equal(del.body, '');
    assert.equal(signupCount(app), 0);
    assert.equal((await sessionsById(app)).get('s-one').seatsLeft, 1);
    assert.equal((await postSignup(app, signup(bea))).statusCode, 201);

    const again = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: auth });
    assert.equal(again.statusCode, 404);

    // A waiting-list signup is erased without touching any seat.
    const waiting = (await postSignup(app, signup({ sessionId: 'wachtlijst' }))).json();
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/signups/${waiting.id}`, headers: auth })).statusCode, 204);
    assert.equal((await sessionsById(app)).get('s-one').seatsLeft, 0);
  });

  it('erase a signup from the database file and its write-ahead log, not only from the table', async (t) => {
    const { app, dataDir } = await testApp();
    t.after(() => app.close());
    const email = `erase-${randomUUID()}@example.nl`;
    const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((f) => path.join(dataDir, f));
    /** Every byte SQLite has on disk for this database. */
    const onDisk = () => Buffer.concat(files.filter((f) => existsSync(f)).map((f) => readFileSync(f)));

    // Other signups on the same page, before and after, as in a real database.
    assert.equal((await postSignup(app, signup({ email: 'before@example.nl' }))).statusCode, 201);
    const { id } = (await postSignup(app, signup({ email }))).json();
    assert.equal((await postSignup(app, signup({ email: 'after@example.nl' }))).statusCode, 201);
    assert.ok(onDisk().includes(email), 'the test sees the address on disk before the erasure');

    const del = await app.inject({ method: 'DELETE', url: `/api/signups/${id}`, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(del.statusCode, 204);
    assert.equal(app.db.pragma('secure_delete', { simple: true }), 1);
    assert.ok(!onDisk().includes(email), 'the erased address is still in otd.sqlite or otd.sqlite-wal');
    // Nor is anything kept under its Idempotency-Key (the answer names it; the key stored a hash of the body).
    const answers = app.db.prepare('SELECT response FROM idempotency_keys').pluck().all();
    assert.equal(answers.length, 2);
    assert.ok(answers.every((r) => !r.includes(id)), 'the erased signup is still named in idempotency_keys');
    assert.ok(onDisk().includes('before@example.nl') && onDisk().includes('after@example.nl'), 'the other signups stay');
    assert.deepEqual(
      (await exportedSignups(app)).map((r) => r.email),
      ['before@example.nl', 'after@example.nl'],
    );
  });

  it('protect the CSV against formula injection and quote it per RFC 4180', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const values = {
      firstName: '=HYPERLINK("https://evil.example","klik")',
      lastName: '@SUM(A1:A2)',
      organisation: '-2+3, "quoted", and more',
      phone: '+31 53 481 1234',
      remarks: 'regel 1\r\nregel 2\n=1+1',
    };
    assert.equal((await postSignup(app, signup(values))).statusCode, 201);
    const csv = await organiserGet(app, '/api/signups.csv');
    const [header, record] = parseCsv(csv.body.slice(1));
    const cell = (/** @type {string} */ name) => record[header.indexOf(name)];
    assert.equal(cell('firstName'), `'${values.firstName}`);
    assert.equal(cell('lastName'), `'${values.lastName}`);
    assert.equal(cell('organisation'), `'${values.organisation}`);
    assert.equal(cell('phone'), `'${values.phone}`);
    assert.equal(cell('remarks'), 'regel 1\nregel 2\n=1+1'); // starts with a letter: kept as is (line breaks as LF)
    assert.equal(cell('email'), 'anna@example.nl');
    // The JSON export keeps the exact values.
    const [row] = await exportedSignups(app);
    assert.equal(row.firstName, values.firstName);
  });
});

describe('hardening', () => {
  it('rate limits signups per client', async (t) => {
    const { app } = await testApp({ rateLimit: { signups: 2 } });
    t.after(() => app.close());
    assert.equal((await postSignup(app, signup({ email: 'p1@example.nl' }))).statusCode, 201);
    assert.equal((await postSignup(app, signup({ email: 'p2@example.nl' }))).statusCode, 201);
    const limited = await postSignup(app, signup({ email: 'p3@example.nl' }));
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error, 'rate_limited');
    assert.ok(limited.headers['retry-after']);
    assert.equal(signupCount(app), 2);
    // Another client is not affected.
    const other = await app.inject({
      method: 'POST',
      url: '/api/signups',
      remoteAddress: '192.0.2.7',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'other-client' },
      payload: JSON.stringify(signup({ email: 'p4@example.nl' })),
    });
    assert.equal(other.statusCode, 201);
  });

  it('rate limits wrong organiser tokens too', async (t) => {
    const { app } = await testApp({ rateLimit: { organisers: 3 } });
    t.after(() => app.close());
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({ method: 'GET', url: '/api/signups.json', headers: { authorization: `Bearer guess-${i}` } });
      codes.push(res.statusCode);
    }
    assert.deepEqual(codes, [403, 403, 403, 429, 429]);
  });

  it('allows CORS only for the configured origins, and never on the organiser routes', async (t) => {
    const { app } = await testApp({ allowedOrigins: ['https://www.enschede.nl', 'http://localhost:5173/'] });
    t.after(() => app.close());
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/signups',
      headers: {
        origin: 'https://www.enschede.nl',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://www.enschede.nl');
    assert.match(String(preflight.headers['access-control-allow-headers']), /Idempotency-Key/);

    const allowed = await app.inject({ method: 'GET', url: '/api/sessions', headers: { origin: 'http://localhost:5173' } });
    assert.equal(allowed.headers['access-control-allow-origin'], 'http://localhost:5173');
    const foreign = await app.inject({ method: 'GET', url: '/api/sessions', headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const organiser = await app.inject({
      method: 'GET',
      url: '/api/signups.json',
      headers: { origin: 'https://www.enschede.nl', authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(organiser.statusCode, 200);
    assert.equal(organiser.headers['access-control-allow-origin'], undefined);
  });

  it('sends no CORS headers when no origins are configured', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await app.inject({ method: 'GET', url: '/api/sessions', headers: { origin: 'https://www.enschede.nl' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });

  /**
   * An app with a route that shows the address fastify (and so the rate limiter) takes as the client's.
   * @param {import('./config.js').TrustProxySetting} trustProxy
   */
  async function appBehind(trustProxy) {
    const { app } = await testApp({ trustProxy });
    app.get('/test/ip', async (request) => ({ ip: request.ip }));
    return app;
  }
  /**
   * @param {import('fastify').FastifyInstance} app
   * @param {string} remoteAddress  who connects: the proxy, or a visitor past it
   * @param {string} [forwardedFor]
   */
  async function clientIp(app, remoteAddress, forwardedFor) {
    const res = await app.inject({
      method: 'GET',
      url: '/test/ip',
      remoteAddress,
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });
    assert.equal(res.statusCode, 200);
    return res.json().ip;
  }
  // What nginx sends when a visitor (203.0.113.9) writes their own X-Forwarded-For: the made-up
  // entry first, then the address nginx saw.
  const FORGED = '198.51.100.66, 203.0.113.9';

  it('takes the client address as OTD_TRUST_PROXY says', async (t) => {
    const cases = /** @type {[import('./config.js').TrustProxySetting, string, string | undefined, string][]} */ ([
      // setting, connecting address, X-Forwarded-For, the address fastify and the rate limiter use
      [false, '127.0.0.1', FORGED, '127.0.0.1'],
      [1, '127.0.0.1', '203.0.113.9', '203.0.113.9'],
      [1, '127.0.0.1', FORGED, '203.0.113.9'],
      [1, '127.0.0.1', undefined, '127.0.0.1'],
      [2, '127.0.0.1', '198.51.100.20, 203.0.113.9', '198.51.100.20'],
      [['127.0.0.1'], '127.0.0.1', FORGED, '203.0.113.9'],
      [['127.0.0.1'], '192.0.2.50', FORGED, '192.0.2.50'], // not the proxy: its header is ignored
      [['10.0.0.0/8', '127.0.0.1'], '10.1.2.3', FORGED, '203.0.113.9'],
      [['10.0.0.0/8'], '10.1.2.3', `${FORGED}, 10.9.9.9`, '203.0.113.9'], // two proxies on the list
      [3, '127.0.0.1', '203.0.113.9', '203.0.113.9'], // fewer entries than hops: the left-most
      [true, '127.0.0.1', FORGED, '198.51.100.66'], // the left-most entry: written by the visitor
    ]);
    for (const [setting, remote, header, expected] of cases) {
      const app = await appBehind(setting);
      t.after(() => app.close());
      assert.equal(await clientIp(app, remote, header), expected, `${JSON.stringify(setting)} from ${remote}, X-Forwarded-For ${header}`);
    }
  });

  it('rate limits each visitor behind a proxy given as a hop count, whatever they write in X-Forwarded-For', async (t) => {
    const { app } = await testApp({ trustProxy: 1, rateLimit: { signups: 1 } });
    t.after(() => app.close());
    /** @param {string} forwardedFor  as nginx sends it */
    const post = (forwardedFor) =>
      postSignup(app, signup({ sessionId: 'wachtlijst' }), { headers: { 'x-forwarded-for': forwardedFor } });
    assert.equal((await post('203.0.113.9')).statusCode, 201);
    assert.equal((await post('198.51.100.1, 203.0.113.9')).statusCode, 429, 'a forged entry does not give a new limit');
    assert.equal((await post('198.51.100.2')).statusCode, 201, 'another visitor through the same proxy has their own limit');
  });

  it('refuses a hop count that is not a whole number', async () => {
    const dataDir = path.join(tempDir('otd-config-'), 'data');
    for (const hops of [-1, 1.5]) {
      await assert.rejects(buildApp({ dataDir, trustProxy: hops }), /whole number of hops/, String(hops));
    }
  });

  it('refuses a weak admin token and origins that are not origins', async () => {
    const base = tempDir('otd-config-');
    const dataDir = path.join(base, 'data');
    await assert.rejects(buildApp({ dataDir, adminToken: 'short' }), /at least 16 characters/);
    for (const origin of ['*', 'enschede.nl', 'https://www.enschede.nl/aanmelden', 'ftp://x.example']) {
      await assert.rejects(buildApp({ dataDir, allowedOrigins: [origin] }), /is not an origin/, origin);
    }
  });

  it('sends helmet security headers on the API, and hides internal errors', async (t) => {
    const { app } = await testApp();
    t.after(() => app.close());
    const res = await app.inject({ method: 'GET', url: '/api/sessions' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.equal(res.headers['x-powered-by'], undefined);

    app.db.exec('DROP TABLE idempotency_keys'); // break the database under the handler
    const broken = await postSignup(app, signup());
    assert.equal(broken.statusCode, 500);
    assert.deepEqual(Object.keys(broken.json()).sort(), ['error', 'message']);
    assert.equal(broken.json().error, 'internal_error');
    assert.doesNotMatch(broken.body, /idempotency_keys|sqlite|\.js:\d+/i);
  });
});
