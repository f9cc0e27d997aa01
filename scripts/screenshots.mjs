// Makes the pictures of the README and of the Storybook docs pages from the real demo page:
// `npm run screenshots`. It starts the receiver (server/app.js) on a free loopback port with a
// temporary data folder, opens the demo page in headless Chromium and uses the widgets as a person
// would, then writes
//   docs/demo.png                       the top of the demo page: the self-scan and the study materials
//   docs/screenshots/<tag>.png          each widget in a telling state (see SHOTS below)
// It builds the widgets first only when dist/ has no build.
/* global document, window */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS as ARGS } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The README's picture: the page as a wide screen shows it first. */
const PAGE_VIEWPORT = { width: 1200, height: 1400 };
/** The widgets' pictures: a narrower page, and at most this much of a long widget. */
const WIDGET_VIEWPORT = { width: 960, height: 1200 };
const MAX_WIDGET_HEIGHT = 1500;

if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (!['cdn/otd-widgets.js', 'dist/shared/signup.js'].every((f) => existsSync(path.join(ROOT, f)))) {
  console.log('No build in cdn/ and dist/: running npm run build first.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Imported only now: the receiver imports the built signup rules from dist/.
const { buildApp } = await import('../server/app.js');

/** Answers to the scan: often with these families, unsure about the legal side and about money. */
const ANSWERS = {
  frequency: 'gt_weekly',
  'general.competence': 'eens',
  ...aspect('juridisch', 'oneens', 'misschien', 'ja'),
  ...aspect('relationeel', 'eens', 'ja', 'ja'),
  ...aspect('ouderschap', 'eens', 'ja', 'ja'),
  ...aspect('veiligheid', 'sterk_mee_eens', 'ja', 'ja'),
  ...aspect('financieel', 'sterk_mee_oneens', 'nee', 'nee'),
  ...aspect('professioneel', 'eens', 'ja', 'misschien'),
};
function aspect(id, competence, knowledgeSource, escalation) {
  return { [`${id}.competence`]: competence, [`${id}.knowledge_source`]: knowledgeSource, [`${id}.escalation`]: escalation };
}

/** Answers every step of the scan through its radios and buttons, up to the result. */
async function answerScan(page) {
  const scan = page.locator('otd-self-scan');
  await scan.getByRole('button', { name: 'Start de scan' }).click();
  for (;;) {
    const radios = scan.locator('input[type="radio"]');
    await radios.first().waitFor();
    for (const name of new Set(await radios.evaluateAll((inputs) => inputs.map((i) => i.name)))) {
      if (!(name in ANSWERS)) throw new Error(`No answer for the question ${name}`);
      await scan.locator(`input[type="radio"][name="${name}"][value="${ANSWERS[name]}"]`).check();
    }
    const next = scan.getByRole('button', { name: 'Volgende' });
    if (await next.count()) await next.click();
    else {
      await scan.getByRole('button', { name: 'Bekijk je resultaat' }).click();
      break;
    }
  }
  await scan.getByRole('heading', { name: 'Je resultaat' }).waitFor();
}

/** Signs up for the first date with seats, through the form, and waits for the receiver's confirmation. */
async function signUp(page) {
  const form = page.locator('otd-course-signup');
  await form.locator('input[name="sessionId"]:not([disabled])').first().waitFor();
  await form.getByLabel('Voornaam').fill('Anna');
  await form.getByLabel('Achternaam').fill('de Vries (voorbeeld)');
  await form.getByLabel('E-mailadres (werk)').fill('anna@example.org');
  await form.getByLabel('Organisatie', { exact: true }).fill('Jeugdteam Voorbeeld');
  await form.locator('#domain-jeugdhulp').check();
  await form.locator('select#municipality').selectOption('enschede');
  await form.locator('#skjPoints-no').check();
  await form.locator('input[name="sessionId"]:not([disabled])').first().check();
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await form.getByRole('heading', { name: /Je bent aangemeld|Je staat op de wachtlijst/ }).waitFor();
}

/** A widget's picture: the whole element, or its top MAX_WIDGET_HEIGHT pixels when it is longer. */
async function widgetShot(page, tag, file) {
  const box = await page.locator(tag).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: file, fullPage: true, clip: { ...box, height: Math.min(box.height, MAX_WIDGET_HEIGHT) } });
}

const SHOTS = [
  { tag: 'otd-self-scan', state: 'its result, after answering every step', prepare: answerScan },
  {
    tag: 'otd-resource-recommender',
    state: "ordered by the scan's result (answered just before)",
    prepare: answerScan,
  },
  {
    tag: 'otd-escalation-card',
    state: 'with Enschede chosen in its picker',
    prepare: (page) => page.locator('otd-escalation-card select#municipality').selectOption('enschede'),
  },
  { tag: 'otd-course-signup', state: "the receiver's confirmation after signing up through the form", prepare: signUp },
];

const dataDir = mkdtempSync(path.join(tmpdir(), 'otd-screenshots-'));
const app = await buildApp({ dataDir, rootDir: ROOT, rateLimit: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${app.server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
const problems = [];
const written = [];

/** A fresh page (no answers kept from another picture) on the demo, with every widget rendered. */
async function openDemo(viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.goto(`${base}/`);
  await page.locator('otd-course-signup input[name="sessionId"]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

try {
  mkdirSync(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  const page = await openDemo(PAGE_VIEWPORT);
  const demo = path.join(ROOT, 'docs/demo.png');
  await page.screenshot({ path: demo });
  written.push({ file: demo, state: 'the top of the demo page' });
  await page.context().close();

  for (const { tag, state, prepare } of SHOTS) {
    const shotPage = await openDemo(WIDGET_VIEWPORT);
    await prepare(shotPage);
    // The picture shows the widget at rest, without the focus ring a step change leaves on its heading.
    await shotPage.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      el?.blur();
    });
    const file = path.join(ROOT, 'docs/screenshots', `${tag}.png`);
    await widgetShot(shotPage, tag, file);
    written.push({ file, state });
    await shotPage.context().close();
  }
} finally {
  await browser.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

for (const { file, state } of written) {
  console.log(`${path.relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(0)} KiB  (${state})`);
}
if (problems.length) {
  console.error(`\nThe demo page reported problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
