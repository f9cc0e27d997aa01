// End to end: a living survey. Professionals finish the self-scan on a page with
// `share-endpoint` and choose (or not) to share their answers; the real receiver stores them and
// counts them in its summary, withholding every figure until 10 answers; `<otd-survey-trend>` shows
// 2022 beside them. Each professional has a browser of their own (a fresh context). Needs a build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, prepareRoot, startServer, TOKEN, watchProblems } from './support.mjs';

const SCAN_PAGE = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>Zelfscan</title><link rel="icon" href="data:," />
    <script type="module" src="/cdn/otd-widgets.js"></script></head>
  <body><main><otd-self-scan share-endpoint="/api/scan-results"></otd-self-scan></main></body>
</html>`;

const TREND_PAGE = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>Peiling</title><link rel="icon" href="data:," />
    <script type="module" src="/cdn/otd-widgets.js"></script></head>
  <body><main><otd-survey-trend src="/api/scan-results/summary"></otd-survey-trend></main></body>
</html>`;

/** Three kinds of widget: the snippet takes the all-in-one file, which loads the trend on demand. */
const ALL_PAGE = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>Alles</title><link rel="icon" href="data:," />
    <script type="module" src="/cdn/otd-widgets.js"></script></head>
  <body><main>
    <otd-self-scan id="scan"></otd-self-scan>
    <otd-resource-recommender for="scan"></otd-resource-recommender>
    <otd-escalation-card></otd-escalation-card>
    <otd-survey-trend src="/api/scan-results/summary"></otd-survey-trend>
  </main></body>
</html>`;

let rootDir;
let server;
let browser;

before(async () => {
  rootDir = await prepareRoot({
    pages: (demo) => {
      writeFileSync(path.join(demo, 'scan.html'), SCAN_PAGE);
      writeFileSync(path.join(demo, 'trend.html'), TREND_PAGE);
      writeFileSync(path.join(demo, 'all.html'), ALL_PAGE);
    },
  });
  server = await startServer({ rootDir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (rootDir) rmSync(rootDir, { recursive: true, force: true });
});

/** Completes the scan by pointer, answer `choice` (wrapping) of every question. */
async function finishScan(page, choice) {
  const scan = page.locator('otd-self-scan');
  await scan.getByRole('button', { name: 'Start de scan' }).click();
  for (let step = 1; step <= 7; step++) {
    await scan.getByText(`Stap ${step} van 7`, { exact: true }).waitFor();
    await scan.evaluate((host, c) => {
      for (const group of host.shadowRoot.querySelectorAll('fieldset')) {
        const radios = group.querySelectorAll('input[type="radio"]');
        radios[c % radios.length].click();
      }
    }, choice);
    await scan.getByRole('button', { name: step === 7 ? 'Bekijk je resultaat' : 'Volgende' }).click();
  }
  await scan.getByRole('heading', { name: 'Je resultaat' }).waitFor();
  return scan;
}

/** One professional in a browser of their own: finishes the scan and, when `share`, shares it. */
async function professional({ choice, share, municipality, offline = false }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  const posts = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/scan-results') posts.push(r);
  });
  await page.goto(`${server.base}/scan.html`);
  const scan = await finishScan(page, choice);
  const region = scan.getByRole('region', { name: 'Deel je antwoorden met de regio' });
  await region.waitFor();
  if (share) {
    if (municipality) await region.getByLabel('Gemeente waar je werkt (niet verplicht)').selectOption({ label: municipality });
    if (offline) await context.setOffline(true);
    await region.getByRole('button', { name: 'Deel mijn antwoorden anoniem met de regio' }).click();
  }
  return { context, page, scan, region, posts, problems };
}

const summary = async (query = '') => {
  const res = await fetch(`${server.base}/api/scan-results/summary${query}`);
  assert.equal(res.status, 200);
  return res.json();
};

const column = (s, id, group = 'all') => s.questions.find((q) => q.id === id).columns.find((c) => c.group === group);

/** Polls the summary until it counts `n` shares (a condition, not a sleep). */
async function summaryWith(n, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let s = await summary();
  while (s.n !== n && Date.now() < deadline) {
    await sleep(100);
    s = await summary();
  }
  assert.equal(s.n, n, `the summary counts ${s.n} shares, expected ${n}`);
  return s;
}

describe('a living survey, against the real receiver', () => {
  it('three shared, one not, one offline and delivered once: the summary counts 3 + 1, withholds them until 10, and the trend shows 2022 beside them', async () => {
    // Three share: one names Enschede, two would rather not.
    for (const [choice, municipality] of [[0, 'Enschede'], [1, undefined], [2, undefined]]) {
      const p = await professional({ choice, share: true, municipality });
      await p.region.getByText('Gedeeld. Dank je wel').waitFor();
      assert.equal(p.posts.length, 1);
      assert.deepEqual(p.problems, []);
      await p.context.close();
    }
    // One does not share: nothing is posted.
    const quiet = await professional({ choice: 1, share: false });
    await quiet.page.waitForTimeout(300);
    assert.equal(quiet.posts.length, 0);
    await quiet.context.close();
    await summaryWith(3);

    // One shares while offline: kept, then sent once when the network returns.
    const away = await professional({ choice: 3, share: true, offline: true });
    await away.region.getByText('Er is nu geen verbinding').waitFor();
    assert.equal((await summary()).n, 3);
    await away.context.setOffline(false);
    await away.page.waitForFunction(() => !globalThis.localStorage.getItem('otd-share-outbox')?.includes('juridisch'));
    // A reload (the next page with a scan) finds nothing left to send.
    await away.page.reload();
    await away.page.locator('otd-self-scan').getByRole('heading', { name: 'Je resultaat' }).waitFor();
    await away.page.waitForTimeout(300);
    const delivered = await Promise.all(away.posts.map(async (r) => (await r.response())?.status() ?? 0));
    assert.equal(delivered.filter((s) => s === 201).length, 1, `posts answered ${delivered.join(', ')}`);
    // The browser itself logs the failed request while offline; nothing else.
    assert.deepEqual(away.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
    await away.context.close();

    // 3 + 1, and every figure withheld: fewer than 10 answers.
    let s = await summaryWith(4);
    assert.deepEqual(column(s, 'juridisch.competence'), { group: 'all', suppressed: true, reason: 'too_few', n: null });
    assert.equal((await summary('?municipality=enschede')).withheld, true);

    // Six more shares arrive (posted as the scan posts them): at 10 the figures show.
    const base = (await fetch(`${server.base}/api/scan-results/summary`).then((r) => r.json())).survey;
    const month = new Date().toISOString().slice(0, 7);
    const answers = Object.fromEntries(s.questions.map((q) => [q.id, q.scale === 'agreement' ? 'oneens' : 'nee']));
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.base}/api/scan-results`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ survey: base, month, frequency: 'gt_weekly', answers }),
      });
      assert.equal(res.status, 201);
    }
    s = await summaryWith(9);
    assert.equal(column(s, 'juridisch.competence').suppressed, true, 'still withheld at 9');
    await fetch(`${server.base}/api/scan-results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ survey: base, month, frequency: 'gt_weekly', answers }),
    });
    s = await summaryWith(10);
    const juridisch = column(s, 'juridisch.competence');
    assert.equal(juridisch.suppressed, false);
    assert.equal(juridisch.n, 10);

    // The trend: 2022 beside the shared scans, n per column.
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.base}/trend.html`);
    const trend = page.locator('otd-survey-trend');
    await trend.getByText('10 gedeelde scans').waitFor();
    const table = trend.getByRole('table', { name: 'Juridisch' });
    const row = table.getByRole('row').filter({ hasText: 'Vindt eigen kennis en vaardigheden (zeer) onvoldoende' });
    const cells = await row.getByRole('cell').allTextContents();
    assert.equal(cells[0].trim(), '64,5% (n = 203)');
    assert.match(cells[1].trim(), /^\d+,\d% \(n = 10\)$/);
    assert.equal(`${juridisch.cumulative.insufficient.pct.toFixed(1).replace('.', ',')}% (n = 10)`, cells[1].trim());
    // Enschede has one share: withheld, 2022 stays.
    await trend.getByLabel('Gemeente').selectOption({ label: 'Enschede' });
    // The status line (the live region repeats it for screen readers).
    await trend.locator('#status').getByText(/^Voor Enschede zijn minder dan 10 scans gedeeld/).waitFor();
    assert.equal((await row.getByRole('cell').allTextContents())[1].trim(), 'te weinig antwoorden');
    assert.deepEqual(problems, []);
    await context.close();

    // The organiser deletes the period; the summary is empty again.
    const del = await fetch(`${server.base}/api/scan-results?since=${month}&until=${month}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.ok(del.ok, `DELETE: ${del.status}`);
    assert.equal((await summary()).n, 0);
  });

  it('beside three other kinds of widget, the trend loads through the all-in-one file, sharing its Lit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const scripts = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/cdn/') && pathname.endsWith('.js')) scripts.push(pathname.slice('/cdn/'.length));
    });
    await page.goto(`${server.base}/all.html`);
    const trend = page.locator('otd-survey-trend');
    await trend.getByRole('table', { name: 'Juridisch' }).waitFor();
    await trend.getByText(/gedeelde scans/).first().waitFor();
    assert.ok(scripts.includes('otd-widgets.all.js'), scripts.join(', '));
    assert.deepEqual(scripts.filter((f) => f.startsWith('elements/') || /^chunks\/(lit|core)-/.test(f)), [], 'no second copy of Lit or the base');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
