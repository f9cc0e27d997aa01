// The kick-off on a partner's page hands over to the platform's self-scan: the reader answers the one
// question with the keyboard, follows the link, and the scan on the platform page opens with that answer
// filled in. Before the reader asks for the film, the partner's page requests nothing from the film's
// third party (watched on the network, for every request the page makes).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { focused, launchBrowser, prepareRoot, startServer, tabTo, waitForFocus, watchProblems } from './support.mjs';

const SNIPPET = '<script type="module" src="/cdn/otd-widgets.js"></script>';
/** A third party's player; `.invalid` never resolves, and the test refuses every request to it anyway. */
const EMBED = 'https://video.invalid/embed/kickoff';

const page = (title, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${SNIPPET}</head><body>${body}</body></html>`;

const PAGES = {
  'partner.html': page(
    'Nieuws van een partner',
    `<main><h1>Nieuws</h1>
     <otd-kickoff href="/platform.html" finding="juridisch.competence" video-embed="${EMBED}">
       <a href="/platform.html">Doe de zelfscan</a>
     </otd-kickoff></main>`,
  ),
  'platform.html': page('Het platform', '<main><h1>Zelfscan</h1><otd-self-scan></otd-self-scan></main>'),
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

const inKickoff = (f) => f.host === 'otd-kickoff';
const inScan = (f) => f.host === 'otd-self-scan';

describe('<otd-kickoff> hands over to the self-scan', () => {
  it('answered on the partner page, the scan on the platform page opens with that answer filled in', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = watchProblems(tab);
    const foreign = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith(server.base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await tab.goto(`${server.base}/partner.html`, { waitUntil: 'networkidle' });

    // Answer "Oneens" with the keyboard: Tab into the question, one arrow key on from the first answer.
    await tabTo(tab, (f) => inKickoff(f) && f.type === 'radio', { what: 'the question' });
    await tab.keyboard.press('Space');
    await tab.keyboard.press('ArrowRight');
    const answered = await focused(tab);
    assert.equal(answered.checked, true);
    const href = await tab.evaluate(() => document.querySelector('otd-kickoff').shadowRoot.querySelector('[part="link"]').href);
    assert.equal(href, `${server.base}/platform.html#otd-scan=1;juridisch.competence=oneens`);
    assert.deepEqual(foreign, [], 'no request to a third party before the click');

    await tabTo(tab, (f) => inKickoff(f) && f.tag === 'a' && f.text === 'Ga verder in de zelfscan', { what: 'the hand-over' });
    await Promise.all([tab.waitForURL(`${server.base}/platform.html#otd-scan=1;juridisch.competence=oneens`), tab.keyboard.press('Enter')]);
    await tab.waitForFunction(() => document.querySelector('otd-self-scan')?.shadowRoot?.querySelector('[part="handover"]'));
    const notice = await tab.evaluate(() =>
      document.querySelector('otd-self-scan').shadowRoot.querySelector('[part="handover"]').textContent.replace(/\s+/g, ' ').trim(),
    );
    assert.equal(notice, 'Je antwoord van de vorige pagina staat al ingevuld: „Oneens" op de vraag over je eigen kennis (juridisch). Wijzig dit antwoord');

    // Change it: the button goes to the question, the answer there already chosen.
    await tabTo(tab, (f) => inScan(f) && f.tag === 'button' && f.text === 'Wijzig dit antwoord', { what: 'Wijzig dit antwoord' });
    await tab.keyboard.press('Enter');
    await waitForFocus(tab, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Juridisch', { what: 'the step Juridisch' });
    const checked = await tab.evaluate(() =>
      [...document.querySelector('otd-self-scan').shadowRoot.querySelectorAll('input[type="radio"]:checked')].map((r) => r.value),
    );
    assert.deepEqual(checked, ['oneens']);
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("requests nothing from the film's third party until the reader presses the button, then loads its player", async () => {
    // The demo server's pages allow no frames from elsewhere; a partner's page that embeds a player
    // allows its host (docs/embedding.md), which bypassing the CSP stands in for.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    const foreign = [];
    // Every request of the page and its frames (a player's frame may run in a process of its own).
    context.on('request', (r) => {
      if (!r.url().startsWith(server.base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await context.route('https://video.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' }));
    await tab.goto(`${server.base}/partner.html`, { waitUntil: 'networkidle' });
    await tab.waitForTimeout(500);
    assert.deepEqual(foreign, [], 'nothing from a third party before the click');
    assert.equal(await tab.evaluate(() => document.querySelector('otd-kickoff').shadowRoot.querySelectorAll('iframe').length), 0);

    await tabTo(tab, (f) => inKickoff(f) && f.tag === 'button', { what: 'the play button' });
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('otd-kickoff').shadowRoot.querySelector('iframe'));
    await tab.waitForTimeout(300);
    assert.deepEqual(foreign, [EMBED], 'the player, and only it, after the click');
    await context.close();
  });
});
