// docs/embedding.md's promise: a web editor who follows its "first page in 5 minutes" gets a working
// self-scan on a plain HTML page under a strict Content-Security-Policy. This test takes the page,
// the policy and the statistics example out of the guide itself (the blocks after its
// `<!-- first-page-html`, `<!-- first-page-csp` and `<!-- analytics-listener` comments), lays out the
// files as the guide says (the build's cdn/ folder as /otd-widgets/), serves them with a plain
// static server, and does the scan by keyboard, with no policy violation and no console error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  SCREENS,
  chooseRadio,
  copyBuild,
  launchBrowser,
  recordLayoutShifts,
  tabTo,
  waitForFocus,
  watchProblems,
} from './support.mjs';

const GUIDE = readFileSync(path.join(REPO_ROOT, 'docs/embedding.md'), 'utf8');

/** The fenced block right after `<!-- marker`, without the indentation of the list item it sits in. */
function blockAfter(marker) {
  const at = GUIDE.indexOf(`<!-- ${marker}`);
  assert.ok(at >= 0, `docs/embedding.md has a <!-- ${marker} … --> comment`);
  const match = /\n([ \t]*)```[a-z]*\n([\s\S]*?)\n\1```/.exec(GUIDE.slice(at));
  assert.ok(match, `a fenced block follows <!-- ${marker}`);
  const indent = match[1];
  return match[2]
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

const PAGE = blockAfter('first-page-html');
const CSP = blockAfter('first-page-csp').trim();
const LISTENER = blockAfter('analytics-listener');

/** The answers per step title, by their labels; every step gets a real answer. */
const ANSWERS = {
  'Over jouw werk': ['Meer dan eens per week', 'Eens'],
  Juridisch: ['Sterk mee oneens', 'Nee', 'Ja'],
  Relationeel: ['Eens', 'Ja', 'Ja'],
  Ouderschap: ['Sterk mee eens', 'Ja', 'Misschien'],
  Veiligheid: ['Eens', 'Ja', 'Ja'],
  Financieel: ['Oneens', 'Ja', 'Nee'],
  'Professionele afwegingen': ['Eens', 'Ja', 'Ja'],
};
/** What the scan's answers are called in its result: none of these may reach the statistics. */
const ANSWER_IDS = ['sterk_mee_oneens', 'oneens', 'eens', 'sterk_mee_eens', 'ja', 'nee', 'misschien', 'gt_weekly'];

const inScan = (f) => f.host === 'otd-self-scan';

let root;
let server;
let base;
let browser;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

before(async () => {
  // The site as the guide lays it out: index.html, and the folder cdn/ of the build as /otd-widgets/.
  root = mkdtempSync(path.join(tmpdir(), 'otd-guide-'));
  const build = await copyBuild(path.join(root, 'build'));
  mkdirSync(path.join(root, 'site'), { recursive: true });
  cpSync(path.join(build, 'cdn'), path.join(root, 'site/otd-widgets'), { recursive: true });
  writeFileSync(path.join(root, 'site/index.html'), PAGE);
  // The statistics example, as the guide says: a file of its own, loaded by a script tag.
  mkdirSync(path.join(root, 'site/js'));
  writeFileSync(path.join(root, 'site/js/otd-statistiek.js'), LISTENER);
  writeFileSync(
    path.join(root, 'site/statistiek.html'),
    PAGE.replace('</head>', '  <script src="/js/otd-statistiek.js"></script>\n  </head>'),
  );

  // A plain static server. `/with-header/…` also sends the guide's policy as a header, the way the
  // guide advises for a real site; without that prefix only the page's meta tag sets it.
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const withHeader = url.pathname.startsWith('/with-header/');
    let file = withHeader ? url.pathname.slice('/with-header'.length) : url.pathname;
    if (file.endsWith('/')) file += 'index.html';
    const full = path.join(root, 'site', path.normalize(file));
    let body;
    try {
      body = readFileSync(full);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(full)] ?? 'application/octet-stream' };
    if (withHeader) headers['content-security-policy'] = CSP;
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens a page in a fresh context, recording every `securitypolicyviolation` and every error. */
async function open(pathname, { init, viewport, beforeGoto } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const problems = watchProblems(page);
  const extra = beforeGoto ? await beforeGoto(page) : undefined;
  await page.addInitScript(() => {
    globalThis.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      globalThis.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  if (init) await page.addInitScript(init);
  const response = await page.goto(`${base}${pathname}`);
  assert.equal(response.status(), 200);
  return { context, page, problems, response, extra };
}

const violations = (page) => page.evaluate(() => globalThis.__violations);

/** Proves the policy is enforced and heard: an inline style attribute is a violation. */
async function expectPolicyEnforced(page) {
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await page.waitForFunction(() => globalThis.__violations.length > 0, null, { timeout: 5_000 });
  assert.match((await violations(page))[0], /^style-src/);
}

/** Starts the scan from the top of the page by keyboard and lands on its first step. */
async function startByKeyboard(page) {
  await page.locator('otd-self-scan').getByRole('heading', { name: 'Zelfscan: complexe scheidingen' }).waitFor();
  await tabTo(page, (f) => inScan(f) && f.tag === 'button' && f.text === 'Start de scan', { max: 10, what: 'Start de scan' });
  await page.keyboard.press('Enter');
}

/** Answers the steps from `from` on by keyboard (focus on the step's heading), up to the result. */
async function answerByKeyboard(page, from = 0) {
  const steps = Object.keys(ANSWERS);
  for (const [i, title] of steps.entries()) {
    if (i < from) continue;
    await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === title, { what: `step "${title}"` });
    for (const answer of ANSWERS[title]) {
      await tabTo(page, (f) => inScan(f) && f.type === 'radio', { max: 3, what: `a question of "${title}"` });
      await chooseRadio(page, answer);
    }
    const button = i === steps.length - 1 ? 'Bekijk je resultaat' : 'Volgende';
    await tabTo(page, (f) => inScan(f) && f.tag === 'button' && f.text === button, { max: 4, what: button });
    await page.keyboard.press('Enter');
  }
  await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Je resultaat', { what: 'the result' });
}

describe("docs/embedding.md: the first page in 5 minutes", () => {
  it('the guide gives one policy, the one in the page, with no unsafe-inline or unsafe-eval', () => {
    assert.equal(CSP, "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(PAGE);
    assert.ok(meta, 'the page sets the policy in a meta tag');
    assert.equal(meta[1], CSP);
    assert.ok(PAGE.indexOf('Content-Security-Policy') < PAGE.indexOf('<script'), 'the policy comes before the script');
    assert.match(PAGE, /<script type="module" src="\/otd-widgets\/otd-widgets\.js"><\/script>/);
    assert.match(PAGE, /<link rel="stylesheet" href="\/otd-widgets\/otd-widgets\.css">/);
    assert.ok(PAGE.indexOf('otd-widgets.css') < PAGE.indexOf('<script'), 'the stylesheet comes before the script');
    assert.match(GUIDE, /copying the whole `cdn\/` folder as `otd-widgets\/`/);
  });

  it('served with the policy as a header: the self-scan renders and is answered by keyboard to its result', async () => {
    const { context, page, problems, response } = await open('/with-header/');
    try {
      assert.equal(response.headers()['content-security-policy'], CSP);
      await startByKeyboard(page);
      await answerByKeyboard(page);
      const result = await page.evaluate(() => document.querySelector('otd-self-scan').result);
      assert.equal(result.aspects.length, 6);
      assert.ok(result.focus.includes('juridisch'), `the answers were taken: ${JSON.stringify(result.focus)}`);
      await page.locator('otd-self-scan').getByRole('heading', { name: 'Hier kun je het meest winnen' }).waitFor();
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
      await expectPolicyEnforced(page);
    } finally {
      await context.close();
    }
  });

  it('served by a plain static server (no header): the meta tag alone enforces the policy, and the scan works', async () => {
    const { context, page, problems, response } = await open('/');
    try {
      assert.equal(response.headers()['content-security-policy'], undefined);
      await startByKeyboard(page);
      await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Over jouw werk', { what: 'step 1' });
      await page.locator('otd-self-scan').getByText('Stap 1 van 7', { exact: true }).waitFor();
      // English is a lazy part (chunks/): it loads under the policy too.
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await page.locator('otd-self-scan').getByRole('heading', { name: 'Self-scan: complex divorces' }).waitFor();
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
      await expectPolicyEnforced(page);
    } finally {
      await context.close();
    }
  });

  for (const viewport of SCREENS) {
    it(`no layout shift at ${viewport.width}×${viewport.height}: the stylesheet holds the self-scan's place`, async () => {
      const { context, problems, extra: layoutShifts } = await open('/with-header/', { viewport, beforeGoto: recordLayoutShifts });
      try {
        assert.deepEqual(await layoutShifts(), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  it("the statistics example sends nothing without consent, and with consent the steps but never an answer", async () => {
    const { context, page, problems } = await open('/with-header/statistiek.html', {
      init: () => {
        globalThis.Cookiebot = { consent: { statistics: false } };
      },
    });
    try {
      await startByKeyboard(page);
      await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Over jouw werk', { what: 'step 1' });
      assert.equal(await page.evaluate(() => globalThis._paq), undefined, 'nothing is sent before consent');

      await page.evaluate(() => (globalThis.Cookiebot.consent.statistics = true));
      await answerByKeyboard(page);
      const sent = await page.evaluate(() => globalThis._paq);
      assert.deepEqual(sent.at(0), ['trackEvent', 'otd-widgets', 'scan-step', '2 of 7']);
      assert.deepEqual(sent.at(-1), ['trackEvent', 'otd-widgets', 'scan-finished', '7']);
      assert.equal(sent.length, 7, `one event per step after consent: ${JSON.stringify(sent)}`);
      for (const entry of sent) {
        for (const value of entry) assert.ok(!ANSWER_IDS.includes(String(value).toLowerCase()), `no answer sent: ${entry}`);
      }
      // The result was there for the page to read: the example leaves it alone.
      assert.ok(await page.evaluate(() => document.querySelector('otd-self-scan').result));
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
