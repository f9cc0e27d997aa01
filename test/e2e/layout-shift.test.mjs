// No layout shift from the widgets: with the snippet's stylesheet (cdn/otd-widgets.css) the page
// does not jump when a widget's code arrives and it renders its first view. Measured as the browser
// measures CLS, with a PerformanceObserver, on the demo page and on a plain page per widget and
// setting, at 1280×800 and 390×844. The page of docs/embedding.md is checked in embedding-guide.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SCREENS, launchBrowser, prepareRoot, recordLayoutShifts, startServer, watchProblems } from './support.mjs';

/** One widget per page with text after it, the way partners place them. */
const WIDGETS = {
  'scan.html': '<otd-self-scan></otd-self-scan>',
  'scan-two-aspects.html': '<otd-self-scan aspects="juridisch financieel"></otd-self-scan>',
  'recommender.html': '<otd-resource-recommender></otd-resource-recommender>',
  'recommender-one-aspect.html': '<otd-resource-recommender aspects="juridisch"></otd-resource-recommender>',
  'card.html': '<otd-escalation-card></otd-escalation-card>',
  'card-one-aspect.html': '<otd-escalation-card aspect="juridisch"></otd-escalation-card>',
  'card-municipality.html': '<otd-escalation-card municipality="Enschede"></otd-escalation-card>',
  'card-aspect-and-municipality.html': '<otd-escalation-card aspect="financieel" municipality="Hengelo"></otd-escalation-card>',
  'signup.html':
    '<otd-course-signup endpoint="/api/signups" sessions-src="/api/sessions" privacy-url="/privacy.html"></otd-course-signup>',
};

const page = (body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Layout shift</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/cdn/otd-widgets.css"><script type="module" src="/cdn/otd-widgets.js"></script></head>
<body><h1>Een pagina</h1>${body}<p id="after">De tekst na de widget blijft staan.</p></body></html>`;

let rootDir;
let server;
let browser;

before(async () => {
  rootDir = await prepareRoot({
    pages(demo) {
      cpSync(path.join(REPO_ROOT, 'demo'), demo, { recursive: true });
      for (const [name, body] of Object.entries(WIDGETS)) writeFileSync(path.join(demo, name), page(body));
      const bare = page(WIDGETS['scan.html']).replace('<link rel="stylesheet" href="/cdn/otd-widgets.css">', '');
      writeFileSync(path.join(demo, 'without-stylesheet.html'), bare);
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

/** Opens `url` on `screen` and returns the layout shifts up to the widgets' first views, and any problem. */
async function shiftsOf(url, screen) {
  const context = await browser.newContext({ viewport: screen });
  try {
    const tab = await context.newPage();
    const problems = watchProblems(tab);
    const layoutShifts = await recordLayoutShifts(tab);
    await tab.goto(url);
    const shifts = await layoutShifts();
    const defined = await tab.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('otd-')).every((el) => el.shadowRoot?.childElementCount),
    );
    return { shifts, problems, defined };
  } finally {
    await context.close();
  }
}

describe('no layout shift from the widgets (CLS 0.00)', () => {
  for (const screen of SCREENS) {
    it(`the demo page at ${screen.width}×${screen.height}`, async () => {
      const { shifts, problems, defined } = await shiftsOf(`${server.base}/`, screen);
      assert.ok(defined, 'every widget rendered');
      assert.deepEqual(shifts, [], 'no layout shift');
      assert.deepEqual(problems, []);
    });

    it(`each widget and setting on a page of its own at ${screen.width}×${screen.height}`, async () => {
      for (const name of Object.keys(WIDGETS)) {
        const { shifts, problems, defined } = await shiftsOf(`${server.base}/${name}`, screen);
        assert.ok(defined, `${name}: the widget rendered`);
        assert.deepEqual(shifts, [], `${name}: no layout shift`);
        assert.deepEqual(problems, [], name);
      }
    });
  }

  it('the check can fail: without the stylesheet, the text after the self-scan jumps', async () => {
    const { shifts, defined } = await shiftsOf(`${server.base}/without-stylesheet.html`, SCREENS[0]);
    assert.ok(defined);
    const score = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(score > 0.01, `a shift is measured: ${JSON.stringify(shifts)}`);
  });
});
