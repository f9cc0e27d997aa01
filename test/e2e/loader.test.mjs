// The snippet a web editor pastes (cdn/otd-widgets.js): it loads a widget's code only when its tag is
// on the page, also for tags added later and in shadow roots it is told about, once per tag; with
// three or four kinds of widget it takes the all-in-one file. Measured by what the page requests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, prepareRoot, startServer, watchProblems } from './support.mjs';

const SNIPPET = '<script type="module" src="/cdn/otd-widgets.js"></script>';

/** A plain page with the snippet and `body`. */
const page = (title, body, head = SNIPPET) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

const PAGES = {
  'none.html': page('No widget', '<p>Een pagina zonder widget.</p>'),
  'card.html': page('One card', '<otd-escalation-card></otd-escalation-card>'),
  'scan-and-card.html': page('Two kinds', '<otd-self-scan></otd-self-scan><otd-escalation-card></otd-escalation-card>'),
  'four.html': page(
    'Four kinds',
    `<otd-self-scan id="scan"></otd-self-scan><otd-resource-recommender for="scan"></otd-resource-recommender>
     <otd-escalation-card></otd-escalation-card>
     <otd-course-signup endpoint="/api/signups" sessions-src="/api/sessions" privacy-url="/privacy.html"></otd-course-signup>`,
  ),
  'twice.html': page('Twice', '<otd-escalation-card></otd-escalation-card><otd-escalation-card aspect="juridisch"></otd-escalation-card>', SNIPPET + SNIPPET.replace('.js"', '.js?again"')),
};

let rootDir;
let server;
let browser;

before(async () => {
  rootDir = await prepareRoot({
    pages(demo) {
      for (const [name, html] of Object.entries(PAGES)) writeFileSync(path.join(demo, name), html);
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

/** Opens a page and records every script it requests from cdn/ (path only). */
async function open(name) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = watchProblems(tab);
  const scripts = [];
  tab.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/cdn/') && pathname.endsWith('.js')) scripts.push(pathname.slice('/cdn/'.length));
  });
  await tab.goto(`${server.base}/${name}`, { waitUntil: 'networkidle' });
  return { context, tab, problems, scripts };
}

const entries = (scripts) => scripts.filter((s) => !s.startsWith('chunks/')).sort();
const defined = (tab) =>
  tab.evaluate(() =>
    ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'].filter((t) => globalThis.customElements.get(t)),
  );

describe('the snippet (otd-widgets.js)', () => {
  it('on a page without a widget, loads nothing more than itself', async () => {
    const { context, problems, scripts } = await open('none.html');
    try {
      assert.deepEqual(scripts, ['otd-widgets.js']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it("loads only the widgets on the page, each once: one card loads the card's entry and its chunks, nothing of the others", async () => {
    const { context, tab, problems, scripts } = await open('card.html');
    try {
      assert.deepEqual(entries(scripts), ['elements/otd-escalation-card.js', 'otd-widgets.js']);
      assert.deepEqual(await defined(tab), ['otd-escalation-card']);
      assert.equal(new Set(scripts).size, scripts.length, 'no file requested twice');
      await tab.locator('otd-escalation-card').getByRole('heading', { name: 'Naar wie kun je opschalen?' }).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('loads two kinds of widget by their own entries', async () => {
    const { context, tab, scripts } = await open('scan-and-card.html');
    try {
      assert.deepEqual(entries(scripts), ['elements/otd-escalation-card.js', 'elements/otd-self-scan.js', 'otd-widgets.js']);
      assert.deepEqual(await defined(tab), ['otd-self-scan', 'otd-escalation-card']);
    } finally {
      await context.close();
    }
  });

  it('takes the all-in-one file for three or four kinds of widget, and every widget works', async () => {
    const { context, tab, problems, scripts } = await open('four.html');
    try {
      assert.deepEqual(entries(scripts), ['otd-widgets.all.js', 'otd-widgets.js']);
      assert.equal(scripts.filter((s) => s.startsWith('elements/')).length, 0);
      assert.equal((await defined(tab)).length, 4);
      await tab.locator('otd-course-signup').getByRole('radio').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('loads a widget added later, and one in a shadow root once told with discover()', async () => {
    const { context, tab, scripts } = await open('none.html');
    try {
      await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div><otd-escalation-card></otd-escalation-card></div>'));
      await tab.locator('otd-escalation-card').getByRole('heading', { name: 'Naar wie kun je opschalen?' }).waitFor();
      // A component of the page's own renders the scan inside its shadow root, then tells the loader.
      await tab.evaluate(async () => {
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = '<otd-self-scan></otd-self-scan>';
        await globalThis.otdWidgets.discover(root);
      });
      await tab.waitForFunction(() => globalThis.customElements.get('otd-self-scan'));
      const heading = await tab.evaluate(
        () => document.querySelector('div:last-of-type').shadowRoot.querySelector('otd-self-scan').shadowRoot?.querySelector('h2')?.textContent,
      );
      assert.equal(heading?.trim(), 'Zelfscan: complexe scheidingen');
      assert.deepEqual(entries(scripts), ['elements/otd-escalation-card.js', 'elements/otd-self-scan.js', 'otd-widgets.js']);
    } finally {
      await context.close();
    }
  });

  it('pasted twice: one loader runs, each widget entry is requested once, both cards work', async () => {
    const { context, tab, problems, scripts } = await open('twice.html');
    try {
      assert.equal(scripts.filter((s) => s === 'elements/otd-escalation-card.js').length, 1);
      assert.equal(await tab.locator('otd-escalation-card').count(), 2);
      for (const card of await tab.locator('otd-escalation-card').all()) {
        await card.getByRole('heading', { level: 2 }).first().waitFor();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
