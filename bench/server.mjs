// npm run bench:server: the receiver under load on loopback. autocannon drives GET /api/sessions and
// valid POST /api/signups (unique Idempotency-Keys and emails, spread over the sessions) for 30 s, then
// the organiser export proves every 201 stored once, nothing lost, no session overbooked.
//
//   node bench/server.mjs [--duration 30] [--connections 20]
//
// The receiver runs in a child process (buildApp on a temporary data folder, rate limits off), so
// autocannon and the server do not share one event loop. Needs a build (`npx rollup -c`): the receiver
// imports dist/shared/. Exits 1 when a check fails. See bench/README.md.
/* global process, console, URL, fetch, setTimeout */
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The receiver imports these (built by `npx rollup -c`); someone may be rebuilding, so wait a while. */
async function waitForBuild() {
  const needed = ['dist/shared/signup.js', 'dist/shared/sessions.js'].map((f) => path.join(ROOT, f));
  for (let attempt = 0; attempt < 90; attempt++) {
    if (needed.every((f) => existsSync(f))) return;
    if (attempt === 0) console.error('Waiting for dist/shared/ (run `npx rollup -c` first)…');
    await sleep(2000);
  }
  throw new Error('bench: dist/shared/signup.js is missing; run `npx rollup -c`');
}

// ------------------------------------------------------------------ the child: the receiver

if (process.argv[2] === '--child') {
  const { buildApp } = await import('../server/app.js');
  const app = await buildApp({
    dataDir: /** @type {string} */ (process.env.BENCH_DATA_DIR),
    sessionsFile: process.env.BENCH_SESSIONS_FILE,
    adminToken: process.env.BENCH_ADMIN_TOKEN,
    rateLimit: false,
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.on('disconnect', () => {
    app.close().then(() => process.exit(0));
  });
  /** @type {NodeJS.Process & { send: Function }} */ (process).send({ port: /** @type {any} */ (app.server.address()).port });
} else {
  await main();
}

// ------------------------------------------------------------------ the parent: load and checks

async function main() {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '20' } },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0 && duration <= 600)) throw new Error('--duration: 1 to 600 seconds');
  if (!(Number.isInteger(connections) && connections > 0)) throw new Error('--connections: a positive whole number');

  await waitForBuild();
  const { parseSignup } = await import('../dist/shared/signup.js');

  const base = mkdtempSync(path.join(tmpdir(), 'otd-bench-server-'));
  const token = randomBytes(24).toString('hex');
  // Eight sessions, 30 to 100 days ahead, each with room for far more signups than 30 s can bring.
  const CAPACITY = 1_000_000;
  const sessions = Array.from({ length: 8 }, (_, i) => {
    const date = new Date(Date.now() + (30 + i * 10) * 86_400_000).toISOString().slice(0, 10);
    return { id: `bench-${i + 1}`, date, startTime: '09:30', endTime: '16:30', place: `Bench ${i + 1}`, capacity: CAPACITY };
  });
  const sessionsFile = path.join(base, 'sessions.json');
  writeFileSync(sessionsFile, JSON.stringify(sessions, null, 2));

  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    env: { ...process.env, BENCH_DATA_DIR: path.join(base, 'data'), BENCH_SESSIONS_FILE: sessionsFile, BENCH_ADMIN_TOKEN: token },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ok;
  try {
    const port = await new Promise((resolve, reject) => {
      child.once('message', (m) => resolve(/** @type {{ port: number }} */ (m).port));
      child.once('exit', (code) => reject(new Error(`the receiver stopped at start (exit ${code})`)));
    });
    const origin = `http://127.0.0.1:${port}`;
    ok = await run({ origin, token, sessions, capacity: CAPACITY, duration, connections, parseSignup });
  } finally {
    child.disconnect();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    rmSync(base, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

/**
 * A valid signup, like server/testkit.js's, made unique by `n`.
 * @param {number} n
 * @param {string} runId
 * @param {string} sessionId
 */
function signup(n, runId, sessionId) {
  return {
    firstName: 'Anna',
    lastName: `Bench ${n}`,
    email: `bench.${runId}.${n}@example.org`,
    phone: '053 481 1234',
    organisation: 'Wijkteam Voorbeeld',
    domain: 'wijkteams',
    municipality: 'enschede',
    educationLevel: 'hbo_wo',
    skjPoints: n % 2 === 0,
    ...(n % 2 === 0 ? { skjNumber: '110 000.123', skjChamber: 'jeugd_en_gezinsprofessional' } : {}),
    sessionId,
    remarks: '',
    newsOptIn: false,
    lang: n % 3 === 0 ? 'en' : 'nl',
    website: '',
  };
}

/**
 * @param {{ origin: string, token: string, sessions: { id: string }[], capacity: number, duration: number,
 *   connections: number, parseSignup: (x: unknown) => { ok: boolean, errors?: unknown } }} o
 * @returns {Promise<boolean>} whether every check passed
 */
async function run({ origin, token, sessions, capacity, duration, connections, parseSignup }) {
  const runId = randomUUID().slice(0, 8);
  const probe = signup(0, runId, sessions[0].id);
  const parsed = parseSignup(probe);
  if (!parsed.ok) throw new Error(`bench: the signup is not valid: ${JSON.stringify(parsed.errors)}`);

  let built = 0; // POSTs prepared (each with its own key and email)
  /** @type {Map<string, { n: number, sessionId: string }>} signup id → what was sent, for every 201 */
  const created = new Map();
  /** @type {Map<number, { key: string, body: string, id: string }>} */
  const createdByN = new Map();
  let created201 = 0;
  /** @type {Record<string, Record<number, number>>} */
  const statuses = { 'GET /api/sessions': {}, 'POST /api/signups': {} };
  const count = (/** @type {string} */ route, /** @type {number} */ status) => {
    statuses[route][status] = (statuses[route][status] ?? 0) + 1;
  };
  let badBodies = 0;

  const instance = autocannon({
    url: origin,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        path: '/api/sessions',
        onResponse: (status) => count('GET /api/sessions', status),
      },
      {
        method: 'POST',
        path: '/api/signups',
        setupRequest: (req, context) => {
          const n = ++built;
          const sessionId = sessions[n % sessions.length].id;
          const key = `bench-${runId}-${n}`;
          const body = JSON.stringify(signup(n, runId, sessionId));
          context.sent = { n, sessionId, key, body };
          return {
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': key },
            body,
          };
        },
        onResponse: (status, body, context) => {
          count('POST /api/signups', status);
          if (status !== 201) return;
          created201 += 1;
          const sent = context.sent;
          try {
            const answer = JSON.parse(String(body));
            created.set(answer.id, { n: sent.n, sessionId: sent.sessionId });
            createdByN.set(sent.n, { key: sent.key, body: sent.body, id: answer.id });
            if (answer.status !== 'confirmed' || answer.session?.id !== sent.sessionId) badBodies += 1;
          } catch {
            badBodies += 1;
          }
        },
      },
    ],
  });
  const result = await instance;

  // ---------------------------------------------------------------- figures
  const nf = new Intl.NumberFormat('en-GB');
  const byRoute = Object.entries(statuses)
    .map(([route, s]) => `${route}: ${Object.entries(s).map(([code, n]) => `${nf.format(n)} × ${code}`).join(', ') || 'none'}`)
    .join('; ');
  console.log(
    `Receiver under load: ${duration} s, ${connections} connections, GET /api/sessions and POST /api/signups ` +
      `alternating, loopback, Node ${process.version}, receiver in its own process`,
  );
  console.log(`requests/s   ${nf.format(Math.round(result.requests.average))} (mean), ${nf.format(result.requests.total)} requests`);
  console.log(`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (max ${result.latency.max} ms)`);
  console.log(`errors       ${result.errors} (timeouts ${result.timeouts}); non-2xx ${result.non2xx}`);
  console.log(`by route     ${byRoute}`);

  // ---------------------------------------------------------------- checks
  const headers = { authorization: `Bearer ${token}` };
  /** @type {{ id: string, email: string, sessionId: string | null, status: string }[]} */
  const rows = await (await fetch(`${origin}/api/signups.json`, { headers })).json();
  /** @type {{ id: string, capacity: number, seatsLeft: number }[]} */
  const listed = await (await fetch(`${origin}/api/sessions`)).json();

  /** @type {[boolean, string][]} */
  const checks = [];
  const check = (/** @type {boolean} */ ok, /** @type {string} */ text) => checks.push([ok, text]);

  const rowIds = new Map();
  for (const r of rows) rowIds.set(r.id, (rowIds.get(r.id) ?? 0) + 1);
  const emails = new Map();
  for (const r of rows) emails.set(r.email, (emails.get(r.email) ?? 0) + 1);
  const storedOnce = [...created.keys()].filter((id) => rowIds.get(id) === 1).length;
  const matching = rows.filter((r) => created.get(r.id)?.sessionId === r.sessionId).length;
  check(
    created.size === created201 && storedOnce === created201 && badBodies === 0,
    `every 201 stored exactly once: ${nf.format(storedOnce)} of ${nf.format(created201)} (counted in onResponse; autocannon's 2xx: ${nf.format(result['2xx'])})`,
  );
  check(matching === created201, `each stored in the session it was sent for: ${nf.format(matching)} of ${nf.format(created201)}`);
  const dupIds = [...rowIds.values()].filter((n) => n > 1).length;
  const dupEmails = [...emails.values()].filter((n) => n > 1).length;
  const ours = rows.filter((r) => r.email.startsWith(`bench.${runId}.`)).length;
  check(dupIds === 0 && dupEmails === 0 && ours === rows.length, `nothing stored twice or from elsewhere: ${nf.format(rows.length)} rows, ${dupIds} repeated ids, ${dupEmails} repeated emails`);
  // A POST still in flight when autocannon stops may be stored without its 201 being seen.
  const postsAnswered = Object.values(statuses['POST /api/signups']).reduce((a, b) => a + b, 0);
  const unanswered = built - postsAnswered;
  const extra = rows.length - storedOnce;
  check(extra >= 0 && extra <= unanswered, `rows whose 201 was not seen: ${extra} (allowed: the ${unanswered} POSTs prepared but unanswered when the run stopped)`);

  const perSession = new Map(sessions.map((s) => [s.id, 0]));
  for (const r of rows) if (r.sessionId) perSession.set(r.sessionId, (perSession.get(r.sessionId) ?? 0) + 1);
  const over = [...perSession.values()].filter((n) => n > capacity).length;
  const counterOk = listed.length === sessions.length && listed.every((s) => s.capacity - s.seatsLeft === perSession.get(s.id));
  check(
    over === 0 && counterOk,
    `no session overbooked: most taken ${nf.format(Math.max(...perSession.values()))} of ${nf.format(capacity)}; seats counted = rows per session: ${counterOk ? 'yes' : 'no'}`,
  );

  // Replays: the same key and body again gives the stored answer, and no new row.
  const sample = [...createdByN.values()].filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 50)) === 0).slice(0, 50);
  let replayed = 0;
  for (const s of sample) {
    const res = await fetch(`${origin}/api/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': s.key },
      body: s.body,
    });
    const answer = await res.json();
    if (res.status === 201 && res.headers.get('idempotent-replayed') === 'true' && answer.id === s.id) replayed += 1;
  }
  const after = await (await fetch(`${origin}/api/signups.json`, { headers })).json();
  check(
    sample.length > 0 && replayed === sample.length && after.length === rows.length,
    `replays: ${replayed} of ${sample.length} answered with the stored answer; rows after: ${nf.format(after.length)}`,
  );

  console.log(`checks       (organiser export, ${nf.format(rows.length)} rows)`);
  for (const [ok, text] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${text}`);
  return checks.every(([ok]) => ok);
}
