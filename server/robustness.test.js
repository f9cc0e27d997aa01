// The receiver under odd bytes: control characters and lone surrogates in the signup.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportedSignups, organiserGet, parseCsv, postSignup, signup, testApp } from './testkit.js';

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
