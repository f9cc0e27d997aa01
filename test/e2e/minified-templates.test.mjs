// The template minification (scripts/rollup-minify-html.mjs) changes no text a person sees or a
// screen reader reads. The all-in-one file is built once more with the templates as written, and
// both builds are taken through the same states on the same page: the four widgets as they load,
// every step of the self-scan, its result (the recommender and the card following it), a chosen
// municipality, the signup's error summary, and English. In every state, every widget's rendered
// text (innerText) and the text of its labelling attributes are the same.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { onwarn, scriptPlugins } from '../../scripts/rollup-parts.mjs';
import { REPO_ROOT, launchBrowser, prepareRoot, startServer, watchProblems } from './support.mjs';

const page = (script) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Templates</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/cdn/otd-widgets.css">
<script type="module" src="${script}"></script></head><body><main>
<otd-self-scan id="scan"></otd-self-scan>
<otd-resource-recommender for="scan"></otd-resource-recommender>
<otd-escalation-card for="scan"></otd-escalation-card>
<otd-course-signup endpoint="/api/signups" sessions-src="/api/sessions" privacy-url="/privacy.html"></otd-course-signup>
</main></body></html>`;

let rootDir;
let server;
let browser;

before(async () => {
  rootDir = await prepareRoot({
    pages(demo) {
      writeFileSync(path.join(demo, 'minified.html'), page('/cdn/otd-widgets.all.js'));
      writeFileSync(path.join(demo, 'as-written.html'), page('/as-written/otd-widgets.all.js'));
    },
  });
  // The all-in-one file with the templates as written, beside the page (the build's own plugins).
  const outDir = path.join(rootDir, 'demo/as-written');
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    const bundle = await rollup({
      input: { 'otd-widgets.all': 'src/index.ts' },
      preserveEntrySignatures: 'allow-extension',
      plugins: scriptPlugins({ outDir, minifyTemplates: false }),
      onwarn,
    });
    await bundle.write({ dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
    await bundle.close();
  } finally {
    process.chdir(cwd);
  }
  assert.ok(existsSync(path.join(outDir, 'otd-widgets.all.js')));
  server = await startServer({ rootDir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (rootDir) rmSync(rootDir, { recursive: true, force: true });
});

/** Every widget's rendered text and labelling attributes, in page order. */
function snapshot(tab) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('main > *')].map((host) => {
      const root = host.shadowRoot;
      const text = [...root.children].filter((el) => el.localName !== 'style').map((el) => el.innerText);
      const labels = [...root.querySelectorAll('*')].flatMap((el) =>
        ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']
          .filter((name) => el.hasAttribute(name))
          .map((name) => `${el.localName}[${name}]=${el.getAttribute(name).replace(/\s+/g, ' ').trim()}`),
      );
      return { widget: host.localName, text, labels };
    }),
  );
}

/** Takes the page through its states and returns each state's snapshot. */
async function journey(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const problems = watchProblems(tab);
  const states = {};
  try {
    await tab.goto(`${server.base}/${name}`, { waitUntil: 'networkidle' });
    const scan = tab.locator('otd-self-scan');
    const signup = tab.locator('otd-course-signup');
    await signup.locator('input[name="sessionId"]').first().waitFor();
    states.loaded = await snapshot(tab);

    await scan.getByRole('button', { name: 'Start de scan' }).click();
    for (let step = 1; step <= 7; step++) {
      await scan.getByText(`Stap ${step} van 7`, { exact: true }).waitFor();
      await scan.evaluate((host) => {
        const seen = new Set();
        for (const radio of host.shadowRoot.querySelectorAll('input[type="radio"]')) {
          if (!seen.has(radio.name)) radio.click();
          seen.add(radio.name);
        }
      });
      states[`step ${step}`] = await snapshot(tab);
      await scan.getByRole('button', { name: step === 7 ? 'Bekijk je resultaat' : 'Volgende' }).click();
    }
    await scan.getByRole('heading', { name: 'Je resultaat' }).waitFor();
    await tab.waitForLoadState('networkidle');
    states.result = await snapshot(tab);

    await tab.locator('otd-escalation-card').getByRole('combobox').first().selectOption({ label: 'Enschede' });
    await tab.waitForLoadState('networkidle');
    states.municipality = await snapshot(tab);

    await signup.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await signup.locator('[part="error-summary"]').waitFor();
    states.signupErrors = await snapshot(tab);

    await tab.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await scan.getByRole('heading', { name: 'Your result' }).waitFor();
    await tab.waitForLoadState('networkidle');
    states.english = await snapshot(tab);
    assert.deepEqual(problems, [], name);
    return states;
  } finally {
    await context.close();
  }
}

describe('template minification', () => {
  it('leaves the rendered text of every state unchanged', async () => {
    const asWritten = await journey('as-written.html');
    const minified = await journey('minified.html');
    assert.deepEqual(Object.keys(minified), Object.keys(asWritten));
    for (const state of Object.keys(asWritten)) {
      assert.deepEqual(minified[state], asWritten[state], `the state "${state}"`);
    }
    // The comparison holds real text: the result names the aspects and the signup its fields.
    assert.match(asWritten.result[0].text.join('\n'), /Juridisch/);
    assert.match(asWritten.signupErrors[3].text.join('\n'), /Voornaam/);
  });

  it('the minified file is smaller: the indentation is gone', async () => {
    const [minified, asWritten] = await Promise.all(
      ['/cdn/otd-widgets.all.js', '/as-written/otd-widgets.all.js'].map((p) => fetch(`${server.base}${p}`).then((r) => r.text())),
    );
    assert.ok(minified.length < asWritten.length, `${minified.length} < ${asWritten.length}`);
  });
});
