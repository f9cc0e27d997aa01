// Opens every story of the static Storybook build (storybook-static/, from `npm run build-storybook`)
// in Chromium, under every page language and every theme of the toolbar, and fails when:
// - Storybook's accessibility addon reports a violation for the story (its own axe run, right after
//   the story's play function, as its panel shows it);
// - axe finds a violation in the story once its widgets have settled (a loaded list, a sent form).
//   This run has the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA and axe's best practices:
//   every rule the addon runs (the same axe-core, without `region`, as the addon) plus
//   `target-size` (WCAG 2.5.8), which axe and the addon leave off by default;
// - the story errors, renders no widget, or logs a console error or an uncaught page error;
// - the theme's tokens do not reach the widget (its primary colour is not the theme's).
//
//   node scripts/check-stories.mjs [--filter <text in the story id>] [--jobs <pages at once>] [--no-addon]
//
// `--no-addon` switches the addon's own run off (a quicker check with the second run only).
// It builds nothing: run `npm run test:stories` to build and check.
/* global document, window, getComputedStyle, requestAnimationFrame, setTimeout, localStorage, sessionStorage */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS as ARGS } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STATIC = path.join(ROOT, 'storybook-static');
const THEMES = JSON.parse(readFileSync(path.join(ROOT, '.storybook/themes.json'), 'utf8'));
const LOCALES = ['nl', 'en'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** As in the addon: a story is a part of a page, so "all content in landmarks" does not apply. */
const AXE_OFF = ['region'];
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const axe = require('axe-core/package.json');
/** How long a story may take to render and play. */
const STORY_TIMEOUT_MS = 20_000;

const { values: options } = parseArgs({
  options: {
    filter: { type: 'string', default: '' },
    jobs: { type: 'string', default: '2' },
    'no-addon': { type: 'boolean', default: false },
  },
});

if (!existsSync(path.join(STATIC, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first (or `npm run test:stories`).');
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// A static file server for storybook-static/ on loopback
// ---------------------------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // The browser asks for one on its own; the build has an SVG one, linked from its pages.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.join(dir, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
// In the page
// ---------------------------------------------------------------------------------------------

/** Before Storybook starts: listen on its channel for the story's end (with the addon's report) and its errors. */
function listenToStorybook() {
  const log = { finished: undefined, errors: [] };
  window.__otdCheck = log;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      value.on('storyFinished', (event) => {
        const a11y = event.reporters?.find((r) => r.type === 'a11y');
        log.finished = {
          status: event.status,
          a11y: a11y && {
            status: a11y.status,
            error: a11y.result?.error ? String(a11y.result.error.message ?? a11y.result.error) : undefined,
            violations: (a11y.result?.violations ?? []).map((v) => ({
              id: v.id,
              targets: v.nodes.map((n) => n.target.flat().join(' >>> ')),
            })),
          },
        };
      });
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying']) {
        value.on(name, (detail) => {
          const text = detail?.message ?? detail?.title ?? (typeof detail === 'string' ? detail : JSON.stringify(detail));
          log.errors.push(`${name}: ${text}`);
        });
      }
    },
  });
}

/**
 * Waits until the widgets in the story have settled: every element's update is done and what they
 * render (light and shadow DOM) stays the same for two looks in a row (at most 3 s). A story that
 * shows a loading state stays in it, which is what it shows.
 */
async function settle() {
  const widgets = () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('otd-'));
  const look = () => widgets().map((el) => `${el.outerHTML}${el.shadowRoot?.innerHTML ?? ''}`).join('');
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + 3_000;
  let before = '';
  let same = 0;
  while (Date.now() < deadline && same < 2) {
    await Promise.all(widgets().map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await pause(100);
    const now = look();
    same = now === before ? same + 1 : 0;
    before = now;
  }
  return widgets().filter((el) => el.shadowRoot?.childElementCount).length;
}

/** The theme's wrapper, and whether the widgets' primary colour is the theme's (see .storybook/preview.ts). */
function themeReached({ className, probe }) {
  if (!className) return { ok: true };
  const wrapper = document.querySelector(`#storybook-root .${className}`);
  if (!wrapper) return { ok: false, why: `no .${className} around the story` };
  const expected = getComputedStyle(wrapper).getPropertyValue(probe).trim();
  if (!expected) return { ok: false, why: `${probe} is not set on .${className} (theme CSS not loaded?)` };
  for (const el of wrapper.querySelectorAll('*')) {
    if (!el.localName.startsWith('otd-')) continue;
    const got = getComputedStyle(el).getPropertyValue('--_otd-primary-bg').trim();
    if (got !== expected) return { ok: false, why: `<${el.localName}> has primary colour ${got}, the theme's ${probe} is ${expected}` };
  }
  return { ok: true };
}

async function runAxe({ tags, off }) {
  const root = document.querySelector('#storybook-root');
  const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
  const result = await window.axe.run(root, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    tags: v.tags.filter((t) => /^wcag\d+a+$|^best-practice$/.test(t)).join(' '),
    targets: v.nodes.map((n) => n.target.flat().join(' >>> ')),
  }));
}

function errorDisplay() {
  if (!document.body.classList.contains('sb-show-errordisplay')) return undefined;
  return document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows an error';
}

// ---------------------------------------------------------------------------------------------
// One check: a story under one language and one theme
// ---------------------------------------------------------------------------------------------

async function check(page, base, { story, locale, theme }, addon) {
  const problems = [];
  const consoleErrors = [];
  const onConsole = (msg) =>
    msg.type() === 'error' && consoleErrors.push(`console error: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
  const onPageError = (error) => consoleErrors.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale};theme:${theme.value}${addon ? '' : ';a11y.manual:!true'}`;
    await page.goto(url, { waitUntil: 'load' });
    const finished = await page
      .waitForFunction(() => window.__otdCheck?.finished ?? (window.__otdCheck?.errors.length ? true : undefined), null, {
        timeout: STORY_TIMEOUT_MS,
        polling: 50,
      })
      .then(() => page.evaluate(() => window.__otdCheck))
      .catch(() => undefined);
    if (!finished) {
      problems.push({ rule: 'story', target: `did not finish within ${STORY_TIMEOUT_MS / 1000} s` });
      return problems;
    }
    for (const error of finished.errors) problems.push({ rule: 'story', target: error });
    if (finished.finished?.status === 'error' && !finished.errors.length) problems.push({ rule: 'story', target: 'ended with an error' });
    const a11y = finished.finished?.a11y;
    if (addon && !a11y) problems.push({ rule: 'a11y addon', target: 'no report (is the addon on?)' });
    if (a11y?.error) problems.push({ rule: 'a11y addon', target: a11y.error });
    for (const v of a11y?.violations ?? []) for (const target of v.targets) problems.push({ rule: `a11y addon ${v.id}`, target });
    const shown = await page.evaluate(settle);
    // A story tagged no-widget shows the page without the widget (the kick-off's fallback).
    const noWidget = story.tags?.includes('no-widget');
    if (!shown && !noWidget) problems.push({ rule: 'story', target: 'no widget rendered' });
    if (shown && noWidget) problems.push({ rule: 'story', target: 'a widget rendered in a no-widget story' });
    const display = await page.evaluate(errorDisplay);
    if (display) problems.push({ rule: 'story', target: display });
    const reached = await page.evaluate(themeReached, theme);
    if (!reached.ok) problems.push({ rule: 'theme', target: reached.why });
    await page.addScriptTag({ path: AXE });
    for (const v of await page.evaluate(runAxe, { tags: AXE_TAGS, off: AXE_OFF })) {
      for (const target of v.targets) problems.push({ rule: `axe ${v.id} (${v.tags})`, target });
    }
    return problems;
  } finally {
    // Nothing a story kept may reach the next one.
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => undefined);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    problems.push(...consoleErrors.map((target) => ({ rule: 'console', target })));
  }
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const index = JSON.parse(readFileSync(path.join(STATIC, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(options.filter));
if (!stories.length) {
  console.error(`No stories${options.filter ? ` matching "${options.filter}"` : ''} in storybook-static/index.json.`);
  process.exit(1);
}
/** A story that sets its own theme (tag `theme-<value>`, as the Voorbeeld Theme stories) is checked under that theme only. */
const themesOf = (story) => {
  const own = story.tags?.find((t) => t.startsWith('theme-'))?.slice('theme-'.length);
  return own ? THEMES.filter((t) => t.value === own) : THEMES;
};
const queue = stories.flatMap((story) => LOCALES.flatMap((locale) => themesOf(story).map((theme) => ({ story, locale, theme }))));
const total = queue.length;

const server = await serve(STATIC);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
const failures = [];
let passed = 0;
try {
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.addInitScript(listenToStorybook);
    const page = await context.newPage();
    for (let job = queue.shift(); job; job = queue.shift()) {
      const problems = await check(page, base, job, !options['no-addon']);
      if (problems.length) failures.push({ ...job, problems });
      else passed++;
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(options.jobs) || 1) }, worker));
} finally {
  await browser.close();
  server.close();
}

for (const { story, locale, theme, problems } of failures) {
  console.log(`\n✗ ${story.id} (language ${locale}, theme ${theme.value})`);
  for (const { rule, target } of problems) console.log(`    ${rule}: ${target}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\n${total} checks: ${stories.length} stories × ${LOCALES.length} languages × ${THEMES.length} themes (a story with its own theme: that one), axe ${axe.version} (${AXE_TAGS.join(' ')}; ` +
    `not ${AXE_OFF.join(' ')})${options['no-addon'] ? '' : ' and the a11y addon'}, in ${seconds} s`,
);
console.log(`stories: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length || passed !== total ? 1 : 0);
