import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addMonths, currentMonth, decodeAnswers, encodeAnswers } from './scan-results.js';
import { TOKEN, testApp } from './testkit.js';

const NOW = new Date('2026-03-15T10:00:00Z');
const MONTH = '2026-03';

/** All nineteen answers, every one "oneens" or "nee" unless given. */
function answers(/** @type {Record<string, string>} */ overrides = {}) {
  /** @type {Record<string, string>} */
  const all = { 'general.competence': 'oneens' };
  for (const aspect of ['juridisch', 'relationeel', 'ouderschap', 'veiligheid', 'financieel', 'professioneel']) {
    all[`${aspect}.competence`] = 'oneens';
    all[`${aspect}.knowledge_source`] = 'nee';
    all[`${aspect}.escalation`] = 'ja';
  }
  return { ...all, ...overrides };
}

/** A valid share. */
function share(/** @type {Record<string, unknown>} */ overrides = {}) {
  return { survey: '2022-02', month: MONTH, frequency: 'gt_weekly', answers: answers(), ...overrides };
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown} body
 * @param {{ key?: string | null, headers?: Record<string, string> }} [options]
 */
function post(app, body, { key = randomUUID(), headers = {} } = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/scan-results',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** @param {import('fastify').FastifyInstance} app */
async function summary(app, query = '') {
  const res = await app.inject({ method: 'GET', url: `/api/scan-results/summary${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

/**
 * @param {any} s  a summary
 * @param {string} id
 * @param {string} group
 */
const col = (s, id, group = 'all') => s.questions.find((/** @type {any} */ q) => q.id === id).columns.find((/** @type {any} */ c) => c.group === group);

const appAt = (/** @type {Partial<import('./app.js').BuildAppOptions>} */ options = {}) => testApp({ now: () => NOW, ...options });

describe('POST /api/scan-results', () => {
  it('stores a share without an address or a time finer than the month, and answers 201 with nothing to identify it', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const res = await post(app, share({ municipality: 'enschede' }), { headers: { 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': '203.0.113.9' } });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { status: 'received' });
    assert.equal(res.headers['cache-control'], 'no-store');
    const rows = app.db.prepare('SELECT * FROM scan_shares').all();
    assert.equal(rows.length, 1);
    const row = /** @type {any} */ (rows[0]);
    assert.deepEqual(Object.keys(row).sort(), ['answers', 'frequency', 'id', 'month', 'municipality', 'survey']);
    assert.equal(row.month, MONTH);
    assert.equal(row.municipality, 'enschede');
    assert.deepEqual(decodeAnswers(row.answers), answers());
    // Nothing of the request anywhere in the file: no address, no agent, no day.
    const everything = JSON.stringify(
      ['scan_shares', 'scan_share_counts', 'scan_share_totals', 'scan_share_keys'].flatMap((table) =>
        app.db.prepare(`SELECT * FROM ${table}`).all().map((r) => Object.values(/** @type {object} */ (r)).map(String)),
      ),
    );
    for (const leak of ['203.0.113', '127.0.0.1', 'Mozilla', '2026-03-15', 'T10:']) assert.ok(!everything.includes(leak), leak);
    const keys = app.db.prepare('SELECT * FROM scan_share_keys').all();
    assert.deepEqual(Object.keys(/** @type {object} */ (keys[0])).sort(), ['body_hash', 'key', 'month']);
  });

  it('replays a retry with the same key and body, refuses the key with another body, and stores once', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const key = randomUUID();
    assert.equal((await post(app, share(), { key })).statusCode, 201);
    const again = await post(app, { ...share(), answers: { ...answers() } }, { key });
    assert.equal(again.statusCode, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const other = await post(app, share({ frequency: 'gt_monthly' }), { key });
    assert.equal(other.statusCode, 422);
    assert.equal(other.json().error, 'idempotency_key_reused');
    assert.equal(app.db.prepare('SELECT count(*) FROM scan_shares').pluck().get(), 1);
    assert.equal((await summary(app)).n, 1);
  });

  it('refuses what the shared schema refuses, naming the field, in the receiver\'s error shape', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    /** @type {[unknown, string][]} */
    const cases = [
      [share({ id: 'abc' }), 'id'],
      [share({ userAgent: 'x' }), 'userAgent'],
      [share({ timestamp: '2026-03-15T10:00:00Z' }), 'timestamp'],
      [share({ month: '2026-3' }), 'month'],
      [share({ survey: '2024-01' }), 'survey'],
      [share({ municipality: 'amsterdam' }), 'municipality'],
      [share({ frequency: 'daily' }), 'frequency'],
      [share({ answers: answers({ 'juridisch.competence': 'ja' }) }), 'answers.juridisch.competence'],
      [share({ answers: { ...answers(), 'juridisch.extra': 'ja' } }), 'answers.juridisch.extra'],
      [share({ answers: { 'juridisch.competence': 'eens' } }), 'answers.general.competence'],
    ];
    for (const [body, field] of cases) {
      const res = await post(app, body);
      assert.equal(res.statusCode, 422, `${field}: ${res.body}`);
      const json = res.json();
      assert.equal(json.error, 'invalid_share');
      assert.equal(typeof json.message, 'string');
      assert.ok(json.errors.some((/** @type {any} */ e) => e.field === field), `${field}: ${JSON.stringify(json.errors)}`);
    }
    // An aspect answered in part.
    const partial = answers();
    delete partial['financieel.escalation'];
    const res = await post(app, share({ answers: partial }));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors.map((/** @type {any} */ e) => e.field), ['answers.financieel.escalation']);
    assert.equal(app.db.prepare('SELECT count(*) FROM scan_shares').pluck().get(), 0);
  });

  it('accepts a scan of some aspects, "liever niet" and no municipality', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const some = { 'general.competence': 'eens', 'financieel.competence': 'oneens', 'financieel.knowledge_source': 'nee', 'financieel.escalation': 'misschien' };
    assert.equal((await post(app, share({ answers: some, municipality: 'liever_niet' }))).statusCode, 201);
    assert.equal((await post(app, share({ answers: some }))).statusCode, 201);
    const rows = app.db.prepare('SELECT municipality, answers FROM scan_shares ORDER BY municipality').all();
    assert.deepEqual(rows.map((/** @type {any} */ r) => r.municipality), ['', 'liever_niet']);
    assert.equal(/** @type {any} */ (rows[0]).answers, encodeAnswers(some));
    // general "eens" (2), then financieel: "oneens" (1), "nee" (1), "misschien" (2).
    assert.equal(/** @type {any} */ (rows[0]).answers, '2------------112---');
  });

  it('takes this month and the last (and the next, for clocks ahead), not older ones', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    assert.equal(currentMonth(NOW), MONTH);
    assert.equal((await post(app, share({ month: '2026-02' }))).statusCode, 201);
    assert.equal((await post(app, share({ month: '2026-04' }))).statusCode, 201);
    for (const month of ['2026-01', '2026-05', '2022-02']) {
      const res = await post(app, share({ month }));
      assert.equal(res.statusCode, 422, month);
      assert.equal(res.json().errors[0].field, 'month');
    }
  });

  it('needs JSON and an Idempotency-Key', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const noKey = await post(app, share(), { key: null });
    assert.equal(noKey.statusCode, 400);
    assert.equal(noKey.json().error, 'idempotency_key_required');
    const text = await app.inject({ method: 'POST', url: '/api/scan-results', headers: { 'content-type': 'text/plain', 'idempotency-key': 'k' }, payload: 'x' });
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().error, 'unsupported_media_type');
    const broken = await post(app, '{"survey":');
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error, 'bad_request');
  });

  it('is rate limited per client like signups', async (t) => {
    const { app } = await appAt({ rateLimit: { shares: 3 } });
    t.after(() => app.close());
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await post(app, share())).statusCode);
    assert.deepEqual(codes, [201, 201, 201, 429]);
    const limited = await post(app, share());
    assert.equal(limited.json().error, 'rate_limited');
    assert.ok(limited.headers['retry-after']);
  });

  it('answers the allowed origins with CORS, others without', async (t) => {
    const { app } = await appAt({ allowedOrigins: ['https://www.gemeente.example'] });
    t.after(() => app.close());
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/scan-results',
      headers: { origin: 'https://www.gemeente.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://www.gemeente.example');
    assert.match(String(preflight.headers['access-control-allow-headers']), /Idempotency-Key/i);
    assert.doesNotMatch(String(preflight.headers['access-control-allow-methods']), /DELETE/);
    const posted = await post(app, share(), { headers: { origin: 'https://www.gemeente.example' } });
    assert.equal(posted.headers['access-control-allow-origin'], 'https://www.gemeente.example');
    const foreign = await app.inject({ method: 'GET', url: '/api/scan-results/summary', headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const read = await app.inject({ method: 'GET', url: '/api/scan-results/summary', headers: { origin: 'https://www.gemeente.example' } });
    assert.equal(read.headers['access-control-allow-origin'], 'https://www.gemeente.example');
  });
});

describe('GET /api/scan-results/summary', () => {
  it('counts the shares and withholds every column until it has 10 answers', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    for (let i = 0; i < 9; i++) assert.equal((await post(app, share())).statusCode, 201);
    const nine = await summary(app);
    assert.equal(nine.n, 9);
    assert.equal(nine.withheld, false);
    assert.equal(nine.minCell, 10);
    assert.deepEqual(col(nine, 'juridisch.competence'), { group: 'all', suppressed: true, reason: 'too_few', n: null });
    assert.ok(nine.questions.every((/** @type {any} */ q) => q.columns.every((/** @type {any} */ c) => c.suppressed && c.n === null)));
    assert.ok(!JSON.stringify(nine.questions).includes('"count"'), 'no count of a withheld column');

    assert.equal((await post(app, share())).statusCode, 201);
    const ten = await summary(app);
    assert.equal(ten.n, 10);
    const all = col(ten, 'juridisch.competence');
    assert.equal(all.suppressed, false);
    assert.equal(all.n, 10);
    assert.deepEqual(all.answers.oneens, { count: 10, pct: 100 });
    assert.deepEqual(all.cumulative.insufficient, { count: 10, pct: 100 });
    assert.deepEqual(col(ten, 'juridisch.competence', 'gt_weekly').n, 10);
    assert.equal(col(ten, 'juridisch.competence', 'gt_monthly').suppressed, true);
    assert.deepEqual(ten.frequency.map((/** @type {any} */ f) => f.n), [10, null, null, null, null]);
  });

  it('withholds a municipality with 9 shares entirely and shows it at 10', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    for (let i = 0; i < 30; i++) await post(app, share({ municipality: 'enschede' }));
    for (let i = 0; i < 9; i++) await post(app, share({ municipality: 'losser', frequency: 'lt_quarterly' }));
    // Enough shares elsewhere that the region minus Enschede does not give Losser away.
    for (let i = 0; i < 10; i++) await post(app, share({ municipality: 'liever_niet' }));
    const losser = await summary(app, '?municipality=losser');
    assert.equal(losser.withheld, true);
    assert.equal(losser.n, null);
    assert.deepEqual(losser.questions, []);
    assert.equal(losser.municipalities.find((/** @type {any} */ m) => m.id === 'losser').n, null);
    const region = await summary(app);
    assert.equal(region.n, 49);
    assert.equal(region.municipalities.find((/** @type {any} */ m) => m.id === 'enschede').n, 30);
    assert.equal(region.municipalities.find((/** @type {any} */ m) => m.id === 'losser').n, null);

    await post(app, share({ municipality: 'losser', frequency: 'lt_quarterly' }));
    const ten = await summary(app, '?municipality=losser');
    assert.equal(ten.withheld, false);
    assert.equal(ten.n, 10);
    assert.equal(col(ten, 'general.competence').n, 10);
    assert.equal(col(ten, 'general.competence', 'lt_quarterly').n, 10);
    assert.equal(col(ten, 'general.competence', 'gt_weekly').suppressed, true);
    assert.equal((await summary(app)).municipalities.find((/** @type {any} */ m) => m.id === 'losser').n, 10);
  });

  it('withholds a second municipality when the region minus those shown would give a small one away', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    for (let i = 0; i < 12; i++) await post(app, share({ municipality: 'enschede' }));
    for (let i = 0; i < 20; i++) await post(app, share({ municipality: 'almelo' }));
    for (let i = 0; i < 3; i++) await post(app, share({ municipality: 'losser' }));
    const region = await summary(app);
    const n = (/** @type {string} */ id) => region.municipalities.find((/** @type {any} */ m) => m.id === id).n;
    assert.equal(n('losser'), null);
    assert.equal(n('enschede'), null, 'the region (35) minus Almelo (20) leaves 15, not 3');
    assert.equal(n('almelo'), 20);
    assert.equal((await summary(app, '?municipality=enschede')).withheld, true);
  });

  it('counts from the month given', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    for (let i = 0; i < 10; i++) await post(app, share({ month: '2026-02' }));
    for (let i = 0; i < 12; i++) await post(app, share({ month: '2026-03', frequency: 'gt_monthly' }));
    assert.equal((await summary(app)).n, 22);
    const march = await summary(app, '?since=2026-03');
    assert.equal(march.n, 12);
    assert.equal(march.since, '2026-03');
    assert.equal(col(march, 'general.competence', 'gt_monthly').n, 12);
    assert.equal(col(march, 'general.competence', 'gt_weekly').suppressed, true);
  });

  it('gives back the report\'s 2022 figures when the 2022 counts arrive as shares', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const seed = JSON.parse(readFileSync(new URL('../test/fixtures/seed/survey-2022.json', import.meta.url), 'utf8'));
    const questions = seed.aspects.flatMap((/** @type {any} */ a) => a.questions);
    let posted = 0;
    for (const { id: group, n } of seed.meta.frequency_groups) {
      /** @type {Record<string, string>[]} */
      const people = [];
      for (const q of questions) {
        let k = 0;
        for (const [answer, byGroup] of Object.entries(q.counts)) {
          for (let i = 0; i < /** @type {any} */ (byGroup)[group]; i++) (people[k++] ??= {})[q.id] = answer;
        }
      }
      // As many people as the group has: relationeel.escalation's copied "< eens per kwartaal" column
      // (16 answers from a group of 10) loses its extra six. A scan always asks the general question
      // and an aspect's three questions together; the few 2022 respondents who skipped one (never a
      // question checked below) fill it in.
      for (const p of people.slice(0, n)) {
        for (const q of questions) p[q.id] ??= q.id.endsWith('competence') ? 'eens' : 'misschien';
        assert.equal((await post(app, share({ frequency: group, answers: p }))).statusCode, 201);
        posted++;
      }
    }
    const s = await summary(app);
    assert.equal(s.n, posted);
    assert.equal(col(s, 'juridisch.competence').cumulative.insufficient.pct, 64.5);
    assert.equal(col(s, 'financieel.competence').cumulative.insufficient.pct, 81.8);
    assert.equal(col(s, 'relationeel.competence').cumulative.insufficient.pct, 28.1);
    assert.equal(col(s, 'juridisch.competence', 'gt_weekly').cumulative.insufficient.pct, 57.6);
  });

  it('may be cached a minute; a bad query is 400 and not cached', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    const ok = await app.inject({ method: 'GET', url: '/api/scan-results/summary' });
    assert.equal(ok.headers['cache-control'], 'public, max-age=60');
    for (const query of ['?since=2026-13', '?since=march', '?municipality=amsterdam', '?municipality=Enschede']) {
      const bad = await app.inject({ method: 'GET', url: `/api/scan-results/summary${query}` });
      assert.equal(bad.statusCode, 400, query);
      assert.equal(bad.json().error, 'bad_query');
      assert.equal(bad.headers['cache-control'], 'no-store');
    }
  });
});

describe('DELETE /api/scan-results (organiser)', () => {
  /** @param {import('fastify').FastifyInstance} app */
  const erase = (app, query = '', token = TOKEN) =>
    app.inject({ method: 'DELETE', url: `/api/scan-results${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('deletes a period\'s shares and their counts, with the token only', async (t) => {
    const { app } = await appAt();
    t.after(() => app.close());
    for (let i = 0; i < 10; i++) await post(app, share({ month: '2026-02' }));
    for (let i = 0; i < 11; i++) await post(app, share({ month: '2026-03' }));
    assert.equal((await erase(app, '?since=2026-02&until=2026-02', '')).statusCode, 401);
    assert.equal((await erase(app, '?since=2026-02&until=2026-02', 'wrong-token-0123456789')).statusCode, 403);
    for (const query of ['', '?since=2026-3', '?since=2026-03&until=2026-02']) {
      const bad = await erase(app, query);
      assert.equal(bad.statusCode, 400, query);
      assert.equal(bad.json().error, 'bad_query');
    }
    const res = await erase(app, '?since=2026-02&until=2026-02');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { deleted: 10, since: '2026-02', until: '2026-02' });
    assert.equal((await summary(app)).n, 11);
    assert.equal(app.db.prepare("SELECT count(*) FROM scan_share_counts WHERE month = '2026-02'").pluck().get(), 0);
    assert.equal((await erase(app, '?until=2026-12')).json().deleted, 11);
    assert.equal((await summary(app)).n, 0);
  });

  it('does not exist without an admin token', async (t) => {
    const { app } = await appAt({ adminToken: undefined });
    t.after(() => app.close());
    const res = await erase(app, '?since=2026-02');
    assert.equal(res.statusCode, 404);
  });
});

describe('months', () => {
  it('adds months across years', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-12', 1), '2026-01');
    assert.equal(addMonths('2026-03', 0), '2026-03');
  });
});
