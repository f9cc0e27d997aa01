// npm run bench: <otd-self-scan> against SurveyJS's framework-free UI (survey-core + survey-js-ui),
// the same 20 questions, in the same Chromium run, alternating. Prints medians and ratios; writes nothing.
//
//   node bench/widgets.mjs [--runs 20]
//   node bench/widgets.mjs --serve     only serves the two pages (to look at them), until Ctrl-C
//   node bench/widgets.mjs --check     only builds the SurveyJS survey from our content (npm test runs this)
//
// Needs a build (`npx rollup -c`) and Chromium at /usr/bin/chromium (or CHROME_PATH). See bench/README.md.
/* global process, console, URL, Buffer, setTimeout, window, document, performance, requestAnimationFrame, MessageChannel */
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The usual launch flags, plus exact (not bucketed) performance.memory figures.
const ARGS = [...CHROME_ARGS, '--enable-precise-memory-info'];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    serve: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'trace-dir': { type: 'string' },
  },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive whole number');

const TOOLS = /** @type {const} */ (['otd', 'surveyjs']);
const NAMES = { otd: '<otd-self-scan>', surveyjs: 'SurveyJS' };
const PAGES = { otd: '/bench/pages/otd.html', surveyjs: '/bench/pages/surveyjs.html' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------ the survey, from our content

/**
 * The frequency question and its five answers are not in the report (so not in the seed); the
 * generator adds them to src/content/default/survey.ts. Read them from there, in the seed's group order.
 * @param {{ id: string }[]} groups
 */
function frequencyQuestion(groups) {
  const ts = readFileSync(path.join(ROOT, 'src/content/default/survey.ts'), 'utf8');
  // Bundled texts are written as t('<Dutch>', <number of the English>).
  const text = /frequencyQuestion:\s*t\(\s*'((?:[^'\\]|\\.)*)'/.exec(ts)?.[1];
  const options = new Map(
    [...ts.matchAll(/id:\s*'([a-z_]+)',\s*label:\s*t\([^)]*\),\s*option:\s*t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => [m[1], m[2]]),
  );
  if (!text || groups.some((g) => !options.has(g.id))) {
    throw new Error('bench: cannot find the frequency question in src/content/default/survey.ts');
  }
  return {
    type: 'radiogroup',
    name: 'frequency',
    title: text,
    isRequired: true,
    choices: groups.map((g) => ({ value: g.id, text: options.get(g.id) })),
  };
}

/**
 * The SurveyJS JSON of our default survey, from test/fixtures/seed/survey-2022.json: one page per
 * step of our scan (the frequency and the general question, then one page per aspect with its three
 * questions), the same texts, answer ids and labels, every question required (as in the scan).
 */
function buildSurveyJson() {
  const seed = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/seed/survey-2022.json'), 'utf8'));
  const scales = Object.fromEntries(
    Object.entries(seed.meta.answer_scales).map(([scale, opts]) => [
      scale,
      /** @type {any[]} */ (opts).map((o) => ({ value: o.id, text: o.label_nl })),
    ]),
  );
  const question = (q) => ({
    type: 'radiogroup',
    name: q.id,
    // The report's captions end in a colon once; the scan drops it (scripts/generate-default-content.mjs).
    title: q.text_nl.replace(/:$/, ''),
    isRequired: true,
    choices: scales[q.scale],
  });
  const [general, ...aspects] = seed.aspects;
  if (general.id !== 'general') throw new Error('bench: the seed no longer starts with the general question');
  return {
    locale: 'nl',
    showQuestionNumbers: 'off',
    showProgressBar: true,
    pages: [
      { name: 'general', title: general.label_nl, elements: [frequencyQuestion(seed.meta.frequency_groups), ...general.questions.map(question)] },
      ...aspects.map((a) => ({ name: a.id, title: a.label_nl, elements: a.questions.map(question) })),
    ],
  };
}

/**
 * The answers both tools get, page by page: a fixed mix, so the result has aspects to work on.
 * @param {ReturnType<typeof buildSurveyJson>} json
 */
function answerPlan(json) {
  let i = 0;
  return json.pages.map((p) =>
    p.elements.map((q) => ({ id: q.name, answer: q.choices[(i++ * 2 + 1) % q.choices.length].value })),
  );
}

// ------------------------------------------------------------------ a tiny static server

/** A copy of cdn/ (the snippet and the elements), so a rebuild by someone else during the run changes nothing. */
async function snapshotDist() {
  // The snippet loads the element's entry by name (not by an import the check below can follow).
  const entries = ['otd-widgets.js', 'elements/otd-self-scan.js'];
  for (let attempt = 0; attempt < 90; attempt++) {
    if (entries.every((e) => existsSync(path.join(ROOT, 'cdn', e)))) {
      const dir = mkdtempSync(path.join(tmpdir(), 'otd-bench-cdn-'));
      try {
        cpSync(path.join(ROOT, 'cdn'), dir, { recursive: true, filter: (src) => !src.endsWith('.map') });
        if (entries.every((e) => importsResolve(dir, e))) return dir;
      } catch {
        // cdn/ changed while copying: try again.
      }
      rmSync(dir, { recursive: true, force: true });
    }
    if (attempt === 0) console.error('Waiting for cdn/otd-widgets.js and cdn/elements/otd-self-scan.js (run `npx rollup -c` first)…');
    await sleep(2000);
  }
  throw new Error('bench: cdn/otd-widgets.js or cdn/elements/otd-self-scan.js is missing or incomplete; run `npx rollup -c`');
}

/** Every relative import of `file`, and of those files, exists under `dir`. */
function importsResolve(dir, file, seen = new Set()) {
  if (seen.has(file)) return true;
  seen.add(file);
  const full = path.join(dir, file);
  if (!existsSync(full)) return false;
  const code = readFileSync(full, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    if (!importsResolve(dir, path.posix.join(path.posix.dirname(file), m[1]), seen)) return false;
  }
  return true;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves the two pages, the built element (from the snapshot) and the two SurveyJS packages, gzip
 * level 9 (as scripts/size.mjs counts), never cached.
 * @param {string} distDir
 * @param {string} surveyJson
 */
function startServer(distDir, surveyJson) {
  /** @type {Map<string, { type: string, raw: Buffer, gzip: Buffer } | null>} */
  const files = new Map();
  const locate = (/** @type {string} */ urlPath) => {
    if (urlPath.startsWith('/cdn/')) return path.join(distDir, urlPath.slice('/cdn/'.length));
    if (/^\/(bench\/pages|node_modules\/survey-core|node_modules\/survey-js-ui)\//.test(urlPath)) return path.join(ROOT, urlPath);
    return null;
  };
  const load = (/** @type {string} */ urlPath) => {
    if (!files.has(urlPath)) {
      const file = locate(urlPath);
      const type = file && TYPES[path.extname(file)];
      if (!file || !type || !existsSync(file)) {
        files.set(urlPath, null);
      } else {
        let raw = readFileSync(file);
        if (urlPath === PAGES.surveyjs) {
          // `<` escaped, so no text in the survey can end the script element.
          const json = surveyJson.replace(/</g, '\\u003c');
          raw = Buffer.from(raw.toString('utf8').replace('/*SURVEY_JSON*/', () => json));
        }
        files.set(urlPath, { type, raw, gzip: gzipSync(raw, { level: 9 }) });
      }
    }
    return files.get(urlPath);
  };
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = urlPath.includes('..') ? null : load(urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ------------------------------------------------------------------ in the page

/**
 * Runs in the page before any of its scripts: records when the first question is on screen (in the
 * animation frame that paints it), in ms since navigation start. Our scan opens with an intro; the
 * probe presses its Start button in the same frame it appears, so the otd figure includes the intro.
 * @param {'otd' | 'surveyjs'} tool
 */
function probe(tool) {
  const visible = (/** @type {Element | null | undefined} */ el) => Boolean(el && el.getBoundingClientRect().height > 0);
  let started = false;
  /** @type {(ms: number) => void} */
  let controlShown = () => undefined;
  /** @type {any} */ (window).__bench = {
    // The first thing a person can act on: our Start button; SurveyJS's first question.
    firstControl: new Promise((resolve) => (controlShown = resolve)),
    firstQuestion: new Promise((resolve) => {
      const check = () => {
        if (tool === 'otd') {
          const host = /** @type {any} */ (document.querySelector('otd-self-scan'));
          const root = host?.shadowRoot;
          if (visible(root?.querySelector('fieldset.question'))) return resolve(performance.now());
          const start = root?.querySelector('form button[type=submit]');
          if (!started && visible(start)) {
            started = true;
            controlShown(performance.now());
            if (/** @type {any} */ (window).__benchNoStart) return;
            start.click();
            // Lit renders in a microtask: look again before this frame is painted.
            host.updateComplete.then(() => (visible(root.querySelector('fieldset.question')) ? resolve(performance.now()) : undefined));
          }
        } else if (visible(document.querySelector('#survey .sd-question'))) {
          controlShown(performance.now());
          return resolve(performance.now());
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }),
  };
}

/**
 * Answers every question by clicking its radio button and waiting until the tool has rendered the
 * answer (as a person sees it selected before going on), moves on with the tool's own Next / result
 * button, and waits until the result is laid out. Returns the time taken and the question texts seen.
 * @param {{ tool: 'otd' | 'surveyjs', plan: { id: string, answer: string }[][] }} arg
 */
async function drive({ tool, plan }) {
  // Yield to the event loop without waiting for a frame (a frame would add up to 16 ms per page).
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
  const until = async (/** @type {() => any} */ fn, /** @type {string} */ what) => {
    const end = performance.now() + 10_000;
    for (;;) {
      const value = fn();
      if (value) return value;
      if (performance.now() > end) throw new Error(`${tool}: timed out waiting for ${what}`);
      await yieldTask();
    }
  };
  const visible = (/** @type {Element | null | undefined} */ el) => Boolean(el && el.getBoundingClientRect().height > 0);
  const text = (/** @type {Element | null | undefined} */ el) => (el?.textContent ?? '').replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();

  /** @type {string[]} */
  const seen = [];
  const t0 = performance.now();
  if (tool === 'otd') {
    const host = /** @type {any} */ (document.querySelector('otd-self-scan'));
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    for (const page of plan) {
      const input = (/** @type {{ id: string, answer: string }} */ q) =>
        /** @type {HTMLInputElement | null} */ (root.getElementById(`${q.id}--${q.answer}`));
      await until(() => visible(input(page[0])), page[0].id);
      for (const q of page) {
        const radio = /** @type {HTMLInputElement} */ (input(q));
        seen.push(text(radio.closest('fieldset')?.querySelector('legend')));
        radio.click();
        await host.updateComplete;
      }
      /** @type {HTMLButtonElement} */ (root.querySelector('form button[type=submit]')).click();
    }
    await until(() => visible(root.querySelector('[part="result"] svg')), 'the result');
  } else {
    const root = /** @type {HTMLElement} */ (document.getElementById('survey'));
    for (const page of plan) {
      const input = (/** @type {{ id: string, answer: string }} */ q) =>
        /** @type {HTMLInputElement | null} */ (root.querySelector(`[data-name="${q.id}"] input[value="${q.answer}"]`));
      await until(() => input(page[0]) && visible(root.querySelector(`[data-name="${page[0].id}"]`)), page[0].id);
      for (const q of page) {
        seen.push(text(root.querySelector(`[data-name="${q.id}"] .sd-question__title .sv-string-viewer`)));
        const radio = /** @type {HTMLInputElement} */ (input(q));
        radio.click();
        await until(() => radio.closest('.sd-item')?.classList.contains('sd-item--checked'), `${q.id} checked`);
      }
      const button = root.querySelector('.sd-navigation__complete-btn') ?? root.querySelector('.sd-navigation__next-btn');
      /** @type {HTMLElement} */ (button).click();
    }
    await until(() => visible(root.querySelector('.sd-completedpage')), 'the completed page');
  }
  return { answerMs: performance.now() - t0, seen };
}

// ------------------------------------------------------------------ one run

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {'otd' | 'surveyjs'} tool
 * @param {{ id: string, answer: string }[][]} plan
 */
async function runOnce(browser, origin, tool, plan) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith(`${origin}/`) && !e.request.url.startsWith('data:')) {
        problems.push(`request outside the bench server: ${e.request.url}`);
      }
    });
    // Bytes received per response (headers and the gzip body), as the network stack counts them.
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests += 1;
    });
    cdp.on('Network.loadingFailed', (e) => problems.push(`request failed: ${e.errorText}`));
    await page.addInitScript(probe, tool);

    await page.goto(origin + PAGES[tool], { waitUntil: 'commit' });
    const firstQuestionMs = /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).__bench.firstQuestion));
    const firstControlMs = /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).__bench.firstControl));
    const { answerMs, seen } = await page.evaluate(drive, { tool, plan });

    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await page.evaluate(() => /** @type {any} */ (performance).memory.usedJSHeapSize);
    if (problems.length) throw new Error(`${NAMES[tool]}: ${problems.join('; ')}`);
    return { bytes, requests, firstControlMs, firstQuestionMs, answerMs, heap, seen };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ long tasks

/** A task on the page's main thread longer than this blocks input noticeably (the RAIL "long task"). */
const LONG_TASK_MS = 50;

/**
 * The first render under 4× CPU throttling, traced: from navigation to the first control on screen,
 * every task the renderer's main thread ran (the trace's `RunTask` events, as the Performance panel
 * shows them). Returns the longest and those over LONG_TASK_MS.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {'otd' | 'surveyjs'} tool
 */
async function traceFirstRender(browser, origin, tool) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(probe, tool);
    // The first render only: up to the first control on screen, without pressing Start.
    await page.addInitScript(() => (/** @type {any} */ (window).__benchNoStart = true));
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] });
    await page.goto(origin + PAGES[tool], { waitUntil: 'commit' });
    await page.evaluate(() => /** @type {any} */ (window).__bench.firstControl);
    const raw = await browser.stopTracing();
    // To look at in the Performance panel of Chromium's DevTools (Load profile…).
    if (options['trace-dir']) writeFileSync(path.join(options['trace-dir'], `${tool}.trace.json`), raw);
    const trace = JSON.parse(raw.toString('utf8'));
    /** @type {{ name: string, ph: string, pid: number, tid: number, dur?: number, args?: any }[]} */
    const events = trace.traceEvents;
    const mainThreads = new Set(
      events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.dur ?? 0) / 1000);
    if (!tasks.length) throw new Error(`${NAMES[tool]}: the trace holds no task of the page's main thread`);
    return { longest: Math.max(...tasks), long: tasks.filter((ms) => ms > LONG_TASK_MS).sort((a, b) => b - a), count: tasks.length };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ main

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const surveyJson = buildSurveyJson();
const plan = answerPlan(surveyJson);
const questionCount = plan.flat().length;
if (questionCount !== 20) throw new Error(`bench: expected 20 questions, built ${questionCount}`);
if (options.check) {
  console.log(`bench: the SurveyJS survey has our ${questionCount} questions on ${surveyJson.pages.length} pages`);
  process.exit(0);
}

const distDir = await snapshotDist();
const server = /** @type {import('node:http').Server} */ (await startServer(distDir, JSON.stringify(surveyJson)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
if (options.serve) {
  console.log(`${origin}${PAGES.otd}\n${origin}${PAGES.surveyjs}\n(Ctrl-C to stop)`);
  process.on('SIGINT', () => {
    server.close();
    rmSync(distDir, { recursive: true, force: true });
    process.exit(0);
  });
  await new Promise(() => {});
}
const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });

try {
  /** @type {Record<string, Awaited<ReturnType<typeof runOnce>>[]>} */
  const results = { otd: [], surveyjs: [] };
  // Pair 0 warms the browser up and is not counted. Then A-B, B-A, A-B, …, so a drift over the run
  // touches both tools alike.
  for (let pair = 0; pair <= RUNS; pair++) {
    const order = pair % 2 ? TOOLS : [...TOOLS].reverse();
    /** @type {Record<string, string[]>} */
    const seen = {};
    for (const tool of order) {
      const run = await runOnce(browser, origin, tool, plan);
      seen[tool] = run.seen;
      if (pair > 0) results[tool].push(run);
    }
    // Once: both pages asked the same 20 questions, in the same order.
    if (pair === 0 && seen.otd.join('\n') !== seen.surveyjs.join('\n')) {
      throw new Error(`bench: the pages ask different questions:\n${seen.otd.join('\n')}\n---\n${seen.surveyjs.join('\n')}`);
    }
  }

  /** @type {[string, (r: Awaited<ReturnType<typeof runOnce>>) => number, number][]} */
  const metrics = [
    ['bytes transferred (KiB)', (r) => r.bytes / 1024, 1],
    ['navigation → first control on screen (ms)', (r) => r.firstControlMs, 1],
    ['navigation → first question on screen (ms)', (r) => r.firstQuestionMs, 1],
    ['answer all 20 → result on screen (ms)', (r) => r.answerMs, 1],
    ['JS heap after the result, after GC (MiB)', (r) => r.heap / 1024 / 1024, 2],
    ['requests', (r) => r.requests, 0],
  ];
  const header = ['median', NAMES.otd, 'SurveyJS', 'otd/SurveyJS'];
  const rows = metrics.map(([label, pick, digits]) => {
    const a = median(results.otd.map(pick));
    const b = median(results.surveyjs.map(pick));
    return [label, a.toFixed(digits), b.toFixed(digits), label === 'requests' ? '' : (a / b).toFixed(3)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('   ');
  console.log(
    `${NAMES.otd} vs SurveyJS ${readPackageVersion('survey-js-ui')} (survey-js-ui), Chromium ${browser.version()}, ` +
      `${RUNS} runs each (alternating, fresh context, cache disabled, after one warm-up pair)`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  // One traced first render per tool at 4× CPU throttling: the long tasks (over 50 ms).
  console.log(`\nFirst render at 4× CPU throttling, traced (tasks of the page's main thread over ${LONG_TASK_MS} ms):`);
  for (const tool of TOOLS) {
    const { longest, long, count } = await traceFirstRender(browser, origin, tool);
    const list = long.length ? long.map((ms) => ms.toFixed(0)).join(', ') + ' ms' : 'none';
    console.log(`${NAMES[tool].padEnd(16)} ${count} tasks, longest ${longest.toFixed(1)} ms; over ${LONG_TASK_MS} ms: ${list}`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(distDir, { recursive: true, force: true });
}

/** @param {string} name */
function readPackageVersion(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}
