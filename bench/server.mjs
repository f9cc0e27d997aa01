// npm run bench:server: the receiver under load on loopback, in two scenarios, each on a fresh
// receiver:
//
// - load: autocannon drives GET /api/sessions and valid POST /api/signups (unique Idempotency-Keys
//   and emails, spread over the sessions) for 30 s;
// - mixed: the same, while the organiser export (GET /api/signups.csv) runs every second and another
//   process backs the database up again and again with SQLite's online backup API.
//
// After each, the organiser export proves every 201 stored once, nothing lost, no session overbooked.
//
// - shares: a data folder filled with --shares (default 1 000 000) shared scans, stored by the
//   receiver's own store (server/scan-results.js `shareStore`, the statements POST /api/scan-results
//   runs, without HTTP and zod), spread over 24 months, the 14 municipalities, "liever niet" and
//   none, the five groups and every answer; then GET /api/scan-results/summary (with its
//   suppression) is timed one request after the other for the region, a year, a municipality and
//   a municipality with too few shares. The summary's n must equal the shares stored.
//
//   node bench/server.mjs [--duration 30] [--connections 20] [--scenario all|load|mixed|shares] [--shares 1000000]
//
// The receiver runs in a child process (buildApp on a temporary data folder, rate limits and the
// fair-share guard off: every request comes from 127.0.0.1), so autocannon and the server do not
// share one event loop; the backups run in a third process. Needs a build (`npx rollup -c`): the
// receiver imports dist/shared/. Exits 1 when a check fails. See bench/README.md.
/* global process, console, URL, fetch, setTimeout */
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
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
    seatsPerClient: 0,
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.on('disconnect', () => {
    app.close().then(() => process.exit(0));
  });
  /** @type {NodeJS.Process & { send: Function }} */ (process).send({ port: /** @type {any} */ (app.server.address()).port });
} else if (process.argv[2] === '--backup-child') {
  await backupChild();
} else {
  await main();
}

// ------------------------------------------------------------------ the backup process (mixed)

/**
 * Backs the receiver's database up with SQLite's online backup API (better-sqlite3's `backup()`),
 * one after the other with a second's pause, until the parent says stop; then reports each
 * backup's time and whether `PRAGMA integrity_check` says ok. Its own process, as an
 * administrator's backup job would be.
 */
async function backupChild() {
  const { default: Database } = await import('better-sqlite3');
  const source = new Database(/** @type {string} */ (process.env.BENCH_DATABASE), { readonly: true, fileMustExist: true });
  const outDir = /** @type {string} */ (process.env.BENCH_BACKUP_DIR);
  /** @type {{ ms: number, ok: boolean, rows: number, error?: string }[]} */
  const backups = [];
  let stop = false;
  process.on('message', () => (stop = true));
  process.on('disconnect', () => process.exit(1));
  /** @type {NodeJS.Process & { send: Function }} */ (process).send({ ready: true });
  for (let n = 1; !stop; n++) {
    const file = path.join(outDir, `backup-${n}.sqlite`);
    const started = performance.now();
    try {
      // All pages in one step: one read transaction, so the receiver's writes meanwhile (from
      // another process) cannot make SQLite restart the copy. The receiver is not blocked by it.
      await source.backup(file, { progress: () => 0x7fffffff });
      const ms = performance.now() - started;
      const copy = new Database(file, { readonly: true });
      const ok = copy.pragma('integrity_check', { simple: true }) === 'ok';
      const rows = /** @type {number} */ (copy.prepare('SELECT count(*) FROM signups').pluck().get());
      copy.close();
      backups.push({ ms, ok, rows });
    } catch (err) {
      backups.push({ ms: performance.now() - started, ok: false, rows: 0, error: String(err) });
    }
    rmSync(file, { force: true });
    if (!stop) await sleep(1000);
  }
  source.close();
  /** @type {NodeJS.Process & { send: Function }} */ (process).send({ backups }, () => process.exit(0));
}

// ------------------------------------------------------------------ the parent: load and checks

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '20' },
      scenario: { type: 'string', default: 'all' },
      shares: { type: 'string', default: '1000000' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0 && duration <= 600)) throw new Error('--duration: 1 to 600 seconds');
  if (!(Number.isInteger(connections) && connections > 0)) throw new Error('--connections: a positive whole number');
  const shareCount = Number(values.shares);
  if (!(Number.isInteger(shareCount) && shareCount > 0)) throw new Error('--shares: a positive whole number');
  const scenarios = values.scenario === 'all' ? ['load', 'mixed', 'shares'] : [values.scenario];
  if (!scenarios.every((s) => s === 'load' || s === 'mixed' || s === 'shares')) throw new Error('--scenario: all, load, mixed or shares');

  await waitForBuild();
  const { parseSignup } = await import('../dist/shared/signup.js');

  let ok = true;
  for (const [i, scenario] of scenarios.entries()) {
    if (i > 0) console.log('');
    ok =
      (scenario === 'shares'
        ? await sharesRun(shareCount)
        : await scenarioRun(/** @type {'load' | 'mixed'} */ (scenario), { duration, connections, parseSignup })) && ok;
  }
  if (!ok) process.exitCode = 1;
}

/**
 * One scenario on a fresh receiver (and data folder).
 * @param {'load' | 'mixed'} scenario
 * @param {{ duration: number, connections: number, parseSignup: (x: unknown) => { ok: boolean, errors?: unknown } }} o
 * @returns {Promise<boolean>}
 */
async function scenarioRun(scenario, { duration, connections, parseSignup }) {
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
    const mixed =
      scenario === 'mixed' ? { database: path.join(base, 'data', 'otd.sqlite'), backupDir: mkdtempSync(path.join(base, 'backups-')) } : null;
    ok = await run({ origin, token, sessions, capacity: CAPACITY, duration, connections, parseSignup, mixed });
  } finally {
    child.disconnect();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    rmSync(base, { recursive: true, force: true });
  }
  return ok;
}

/**
 * p50, p99 and the maximum of some times, in whole ms.
 * @param {number[]} times
 */
function percentiles(times) {
  if (!times.length) return 'none';
  const sorted = [...times].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (max ${Math.round(sorted[sorted.length - 1])} ms)`;
}

/**
 * The organiser export every second while the load runs, and the backup process.
 * @param {string} origin
 * @param {string} token
 * @param {{ database: string, backupDir: string }} mixed
 */
async function startSideLoad(origin, token, mixed) {
  /** @type {number[]} */
  const exportTimes = [];
  /** @type {Record<string, number>} */
  const exportStatuses = {};
  let exportErrors = 0;
  let running = true;
  const exporter = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${origin}/api/signups.csv`, { headers: { authorization: `Bearer ${token}` } });
        await res.arrayBuffer();
        exportStatuses[res.status] = (exportStatuses[res.status] ?? 0) + 1;
        if (res.status === 200) exportTimes.push(performance.now() - started);
      } catch {
        exportErrors += 1;
      }
      await sleep(Math.max(0, 1000 - (performance.now() - started)));
    }
  })();
  const backup = fork(fileURLToPath(import.meta.url), ['--backup-child'], {
    env: { ...process.env, BENCH_DATABASE: mixed.database, BENCH_BACKUP_DIR: mixed.backupDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    backup.once('message', resolve);
    backup.once('exit', (code) => reject(new Error(`the backup process stopped at start (exit ${code})`)));
  });
  return {
    /** Stops both and returns what they saw. */
    async stop() {
      running = false;
      await exporter;
      /** @type {Promise<{ backups: { ms: number, ok: boolean, rows: number, error?: string }[] }>} */
      const report = new Promise((resolve) => {
        backup.once('message', (m) => resolve(/** @type {any} */ (m)));
        backup.once('exit', () => resolve({ backups: [] }));
      });
      backup.send('stop');
      const { backups } = await report;
      return { exportTimes, exportStatuses, exportErrors, backups };
    },
  };
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
 *   connections: number, parseSignup: (x: unknown) => { ok: boolean, errors?: unknown },
 *   mixed: { database: string, backupDir: string } | null }} o
 * @returns {Promise<boolean>} whether every check passed
 */
async function run({ origin, token, sessions, capacity, duration, connections, parseSignup, mixed }) {
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
  const side = mixed ? await startSideLoad(origin, token, mixed) : null;
  const result = await instance;
  const seen = side ? await side.stop() : null;

  // ---------------------------------------------------------------- figures
  const nf = new Intl.NumberFormat('en-GB');
  const byRoute = Object.entries(statuses)
    .map(([route, s]) => `${route}: ${Object.entries(s).map(([code, n]) => `${nf.format(n)} × ${code}`).join(', ') || 'none'}`)
    .join('; ');
  console.log(
    `${mixed ? 'Mixed' : 'Load'}: ${duration} s, ${connections} connections, GET /api/sessions and POST /api/signups ` +
      `alternating${mixed ? ', plus GET /api/signups.csv every second and online backups from another process' : ''}, ` +
      `loopback, Node ${process.version}, receiver in its own process`,
  );
  console.log(`requests/s   ${nf.format(Math.round(result.requests.average))} (mean), ${nf.format(result.requests.total)} requests`);
  console.log(`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (max ${result.latency.max} ms)`);
  console.log(`errors       ${result.errors} (timeouts ${result.timeouts}); non-2xx ${result.non2xx}`);
  console.log(`by route     ${byRoute}`);
  if (seen) {
    const exports = Object.entries(seen.exportStatuses).map(([code, n]) => `${n} × ${code}`).join(', ') || 'none';
    console.log(`export       ${exports}; ${percentiles(seen.exportTimes)}; errors ${seen.exportErrors}`);
    const good = seen.backups.filter((b) => b.ok);
    console.log(
      `backups      ${seen.backups.length} (${good.length} with integrity_check ok, up to ${nf.format(Math.max(0, ...good.map((b) => b.rows)))} signups); ` +
        `${percentiles(seen.backups.map((b) => b.ms))}; errors ${seen.backups.length - good.length}`,
    );
    for (const b of seen.backups.filter((x) => x.error)) console.log(`             backup error: ${b.error}`);
  }

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

  if (seen) {
    const exportsFailed = Object.entries(seen.exportStatuses).filter(([code]) => code !== '200').reduce((a, [, n]) => a + n, 0);
    check(
      seen.exportTimes.length >= Math.floor(duration / 2) && exportsFailed === 0 && seen.exportErrors === 0,
      `exports during the load: ${seen.exportTimes.length} answered 200, ${exportsFailed + seen.exportErrors} failed`,
    );
    check(
      seen.backups.length > 0 && seen.backups.every((b) => b.ok),
      `backups during the load: ${seen.backups.filter((b) => b.ok).length} of ${seen.backups.length} complete and intact`,
    );
  }
  console.log(`checks       (organiser export, ${nf.format(rows.length)} rows)`);
  for (const [ok, text] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${text}`);
  return checks.every(([ok]) => ok);
}

// ------------------------------------------------------------------ shares: the summary over many

/** A small deterministic generator (mulberry32), so every run stores the same shares. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fills a fresh data folder with `count` shares through the receiver's own store, starts the
 * receiver on it, and times the summary.
 * @param {number} count
 * @returns {Promise<boolean>}
 */
async function sharesRun(count) {
  const { openDatabase } = await import('../server/db.js');
  const { shareStore, currentMonth, addMonths } = await import('../server/scan-results.js');
  const { SHARE_QUESTIONS, SHARE_SURVEY_VERSION, MUNICIPALITY_IDS, FREQUENCY_GROUP_IDS } = await import('../dist/shared/scan-share.js');
  const nf = new Intl.NumberFormat('en');
  const base = mkdtempSync(path.join(tmpdir(), 'otd-bench-shares-'));
  const dataDir = path.join(base, 'data');
  let ok = true;
  try {
    // ---- fill
    const db = openDatabase(dataDir);
    const store = shareStore(db);
    const month = currentMonth(new Date());
    const months = Array.from({ length: 24 }, (_, i) => addMonths(month, -i));
    // Not asked (''), liever niet, or one of the 14: the large towns more often.
    const places = ['', 'liever_niet', ...MUNICIPALITY_IDS];
    const weights = places.map((p) => (p === 'enschede' ? 8 : p === 'hengelo' || p === 'almelo' ? 4 : p === '' ? 6 : 1));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const random = generator(2022);
    const pickPlace = () => {
      let r = random() * totalWeight;
      for (const [i, w] of weights.entries()) if ((r -= w) < 0) return places[i];
      return places[0];
    };
    const batch = db.transaction((/** @type {number} */ n) => {
      for (let i = 0; i < n; i++) {
        /** @type {Record<string, string>} */
        const answers = {};
        for (const q of SHARE_QUESTIONS) answers[q.id] = q.answers[Math.floor(random() * q.answers.length)];
        const place = pickPlace();
        store.store({
          survey: SHARE_SURVEY_VERSION,
          month: months[Math.floor(random() * months.length)],
          frequency: FREQUENCY_GROUP_IDS[Math.floor(random() * FREQUENCY_GROUP_IDS.length)],
          ...(place ? { municipality: place } : {}),
          answers,
        });
      }
    });
    const fillStarted = performance.now();
    for (let done = 0; done < count; done += 10_000) batch(Math.min(10_000, count - done));
    const fillMs = performance.now() - fillStarted;
    const countRows = db.prepare('SELECT count(*) FROM scan_share_counts').pluck().get();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const { statSync } = await import('node:fs');
    const bytes = statSync(path.join(dataDir, 'otd.sqlite')).size;
    console.log(`shares       ${nf.format(count)} stored in ${(fillMs / 1000).toFixed(1)} s (${nf.format(Math.round(count / (fillMs / 1000)))}/s, one transaction per 10,000)`);
    console.log(`database     ${(bytes / 1024 / 1024).toFixed(0)} MiB; ${nf.format(countRows)} rows of counts`);

    // ---- the receiver on it, the summary timed
    const child = fork(fileURLToPath(import.meta.url), ['--child'], {
      env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_ADMIN_TOKEN: randomBytes(24).toString('hex') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      const port = await new Promise((resolve, reject) => {
        child.once('message', (m) => resolve(/** @type {{ port: number }} */ (m).port));
        child.once('exit', (code) => reject(new Error(`the receiver stopped at start (exit ${code})`)));
      });
      const origin = `http://127.0.0.1:${port}`;
      const queries = [
        ['the region, all months', ''],
        ['the region, the last 12 months', `?since=${addMonths(month, -11)}`],
        ['Enschede, the last 12 months', `?since=${addMonths(month, -11)}&municipality=enschede`],
        ['Tubbergen, this month', `?since=${month}&municipality=tubbergen`],
      ];
      const ROUNDS = 200;
      /** @type {number[]} */
      const everything = [];
      for (const [name, query] of queries) {
        /** @type {number[]} */
        const times = [];
        let last;
        for (let i = 0; i < ROUNDS + 10; i++) {
          const started = performance.now();
          const res = await fetch(`${origin}/api/scan-results/summary${query}`);
          last = await res.json();
          const ms = performance.now() - started;
          if (res.status !== 200) ok = false;
          if (i >= 10) times.push(ms);
        }
        everything.push(...times);
        const shown = last.withheld ? 'withheld' : `n ${nf.format(last.n)}`;
        console.log(`summary      ${name.padEnd(36)} ${percentiles(times)}  (${shown})`);
        if (query === '' && last.n !== count) {
          console.log(`  FAIL the summary counts ${last.n}, expected ${count}`);
          ok = false;
        }
      }
      console.log(`summary      ${'all of the above'.padEnd(36)} ${percentiles(everything)}  (${ROUNDS} each, one at a time, after 10 warm-up)`);
    } finally {
      child.disconnect();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  console.log(`checks       ${ok ? 'ok  ' : 'FAIL'} every summary answered 200; the region's n is the shares stored`);
  return ok;
}
