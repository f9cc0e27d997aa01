// The packed package in a partner's app built by a bundler (Vite): the app's own Lit element and the
// widgets end up with one copy of Lit between them, the widgets' later parts become chunks of the
// app, and in Chromium the elements define themselves; a recommender the app created and gave a
// result before loading its code (a lazy import) is ordered by it, and one a framework wrote
// `result="[object Object]"` on is left unordered with one warning.
/* global window, document, customElements -- in the callbacks page.evaluate runs in the browser */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME, CHROME_ARGS } from '../../scripts/chromium.mjs';
import { packedApp } from './support.mjs';

const PAGE = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><title>Partner app</title><link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>
  <body><partner-box><otd-self-scan id="scan"></otd-self-scan></partner-box></body>
</html>
`;

/** A result of the scan's shape: juridisch and veiligheid need attention, in that order. */
const aspect = (id, knowledgeSource) => ({
  id,
  competence: 'eens',
  knowledgeSource,
  escalation: 'ja',
  mandatory: false,
  peers: { insufficientPct: 20, groupInsufficientPct: 25, groupN: 40 },
});
const RESULT = {
  version: 1,
  lang: 'nl',
  frequency: 'gt_monthly',
  general: 'eens',
  aspects: [
    aspect('juridisch', 'nee'),
    aspect('relationeel', 'ja'),
    aspect('ouderschap', 'ja'),
    aspect('veiligheid', 'misschien'),
    aspect('financieel', 'ja'),
    aspect('professioneel', 'ja'),
  ],
  focus: ['juridisch', 'veiligheid'],
};

const MAIN = `import { LitElement, html } from 'lit';
import 'otd-widgets/otd-self-scan';

customElements.define('partner-box', class extends LitElement {
  render() {
    return html\`<slot></slot>\`;
  }
});

// What a framework does when it renders before the element's code has loaded: a property set on the
// plain element, and (React 19, Vue) an object written as an attribute.
const given = document.createElement('otd-resource-recommender');
given.id = 'given';
given.result = ${JSON.stringify(RESULT)};
const written = document.createElement('otd-resource-recommender');
written.id = 'written';
written.setAttribute('result', '[object Object]');
document.body.append(given, written);

window.warnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.loaded = import('otd-widgets/otd-resource-recommender').then(() =>
  Promise.all([given.updateComplete, written.updateComplete]),
);
`;

describe('the package in an app built with Vite', () => {
  let packed;
  let server;
  let browser;
  let assets;

  before(async () => {
    packed = await packedApp();
    const web = path.join(packed.app, 'web');
    mkdirSync(web);
    writeFileSync(path.join(web, 'index.html'), PAGE);
    writeFileSync(path.join(web, 'main.js'), MAIN);
    const out = path.join(packed.app, 'out');
    await build({ root: web, logLevel: 'error', configFile: false, build: { outDir: out, emptyOutDir: true, minify: false } });
    assets = readdirSync(path.join(out, 'assets')).map((f) => ({ name: f, code: readFileSync(path.join(out, 'assets', f), 'utf8') }));
    server = createServer((req, res) => {
      const file = path.join(out, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    packed?.remove();
  });

  it('bundles one copy of Lit for the app and the widgets, and the widgets\' later parts as chunks', () => {
    const copies = assets.flatMap((a) => [...a.code.matchAll(/litHtmlVersions \?\?= \[\]\)\.push\("([\d.]+)"\)/g)].map((m) => m[1]));
    assert.equal(copies.length, 1, `Lit copies: ${copies.join(', ')}`);
    assert.ok(assets.length > 3, `${assets.length} files: the lazy parts were not split off`);
    assert.ok(assets.some((a) => /messages\.en/.test(a.name)), 'the English texts load on demand');
  });

  it('in the browser: the elements define themselves, a property set before the code loaded applies, an object attribute warns once', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
    try {
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => window.loaded);
      await page.evaluate(() => window.loaded);
      const state = await page.evaluate(async () => {
        const scan = document.querySelector('otd-self-scan');
        await scan.updateComplete;
        const text = (id) => document.getElementById(id).shadowRoot.textContent.replace(/\s+/g, ' ');
        return {
          defined: ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card'].map((t) => Boolean(customElements.get(t))),
          scanHeading: scan.shadowRoot.querySelector('#heading')?.textContent.trim(),
          givenOrdered: text('given').includes('Op basis van je scan'),
          writtenOrdered: text('written').includes('Op basis van je scan'),
          writtenError: Boolean(document.getElementById('written').shadowRoot.querySelector('[part="content-error"]')),
          warnings: window.warnings,
        };
      });
      assert.deepEqual(state.defined, [true, true, false], 'the two imported entries, and only those');
      assert.match(state.scanHeading, /Zelfscan/);
      assert.equal(state.givenOrdered, true, 'the result set before the code loaded orders the material');
      assert.equal(state.writtenOrdered, false);
      assert.equal(state.writtenError, false);
      assert.equal(state.warnings.length, 1, state.warnings.join('\n'));
      assert.match(state.warnings[0], /<otd-resource-recommender>: the attribute result="\[object Object\]" is ignored/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
