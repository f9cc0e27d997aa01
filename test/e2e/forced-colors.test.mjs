// The self-scan's result chart in forced-colors (high contrast) mode: Playwright emulates it in
// Chromium; the chart must use system colours and keep the bar distinct from its track.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer, watchProblems } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const ASPECTS = ['juridisch', 'relationeel', 'ouderschap', 'veiligheid', 'financieel', 'professioneel'];
/** A finished scan of the demo page's six aspects: the intro, 7 question steps, then the result (8). */
const FINISHED = {
  version: 1,
  step: 8,
  aspects: ASPECTS,
  answers: {
    frequency: 'gt_weekly',
    general: 'oneens',
    aspects: Object.fromEntries(
      ASPECTS.map((id, i) => [
        id,
        { competence: i % 2 ? 'eens' : 'oneens', knowledgeSource: 'ja', escalation: i % 3 ? 'ja' : 'nee' },
      ]),
    ),
  },
};

describe('the self-scan result in forced-colors mode', () => {
  it('draws the chart in system colours, the bar and your marker distinct from the track', async () => {
    const context = await browser.newContext({ forcedColors: 'active' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript((scan) => {
      sessionStorage.setItem('otd-self-scan', JSON.stringify({ ...scan, savedAt: Date.now() }));
    }, FINISHED);
    await page.goto(`${server.base}/`);
    const chart = page.locator('otd-self-scan svg');
    await chart.waitFor();
    const fills = await page.evaluate(() => {
      const root = document.querySelector('otd-self-scan').shadowRoot;
      const fill = (s) => getComputedStyle(root.querySelector(s)).fill;
      return { forced: matchMedia('(forced-colors: active)').matches, peers: fill('svg .peers'), track: fill('svg .track'), you: fill('svg .you') };
    });
    assert.equal(fills.forced, true);
    assert.notEqual(fills.peers, fills.track);
    assert.notEqual(fills.you, fills.track);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
