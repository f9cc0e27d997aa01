// Shared set-up for the end-to-end tests: the real receiver (server/app.js) on a random loopback
// port with a temporary data folder, Debian's Chromium through playwright-core, the organiser
// export as the proof of what arrived, and small keyboard helpers that see into shadow roots.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS as ARGS } from '../../scripts/chromium.mjs';
import { buildApp } from '../../server/app.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TOKEN = 'e2e-organiser-token-0123456789';
export { CHROME, ARGS };

/** The build's two folders: cdn/ (the widgets for script tags) and dist/ (the receiver's rules, the JSON Schemas). */
const BUILD_DIRS = ['cdn', 'dist'];
const BUILD_FILES = ['cdn/otd-widgets.js', 'cdn/elements/otd-escalation-card.js', 'cdn/elements/otd-course-signup.js', 'dist/shared/signup.js'];

/**
 * Waits for the build: `npm test` builds first, but a rebuild (which empties cdn/ and dist/ first)
 * may be running while these tests start.
 */
export async function waitForBuild(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  const missing = () => BUILD_FILES.filter((f) => !existsSync(path.join(REPO_ROOT, f)));
  while (missing().length) {
    if (Date.now() > deadline) {
      throw new Error(`No build: ${missing().join(', ')} missing. Run \`npx rollup -c\` (or npm run build) first.`);
    }
    await sleep(250);
  }
}

/** Every file of the build (source maps and type declarations aside) with its size and time, oldest-first irrelevant. */
function buildFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'types') walk(full);
      } else if (!entry.name.endsWith('.map')) {
        const { size, mtimeMs } = statSync(full);
        files.push({ file: path.relative(dir, full), size, mtimeMs });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Copies the build (cdn/ and dist/) into `targetRoot` once it is complete and has not changed for a
 * moment. The tests serve this copy rather than the build itself: a rebuild while they run (rollup
 * empties the folders first) would otherwise take the widgets away from a page in the middle of a test.
 */
export async function copyBuild(targetRoot, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  const snapshot = () => BUILD_DIRS.map((d) => buildFiles(path.join(REPO_ROOT, d)));
  for (;;) {
    await waitForBuild(Math.max(1, deadline - Date.now()));
    try {
      const before = snapshot();
      const settled = Date.now() - Math.max(...before.flat().map((f) => f.mtimeMs)) > 2_000;
      if (settled) {
        for (const dir of BUILD_DIRS) {
          const target = path.join(targetRoot, dir);
          rmSync(target, { recursive: true, force: true });
          cpSync(path.join(REPO_ROOT, dir), target, {
            recursive: true,
            filter: (src) => !src.endsWith('.map') && path.basename(src) !== 'types',
          });
        }
        if (JSON.stringify(snapshot()) === JSON.stringify(before)) return targetRoot;
      }
    } catch {
      // the build changed under us: try again
    }
    if (Date.now() > deadline) throw new Error('The build in cdn/ and dist/ kept changing; could not take a copy of it.');
    await sleep(500);
  }
}

/**
 * A root for the receiver (`buildApp({ rootDir })`): a copy of the build in `cdn/` and `dist/`, and in `demo/`
 * either the repository's demo page (a symlink) or, with `pages`, a folder the caller fills.
 * @param {{ pages?: (demoDir: string) => void }} [options]
 */
export async function prepareRoot({ pages } = {}) {
  const rootDir = mkdtempSync(path.join(tmpdir(), 'otd-e2e-root-'));
  await copyBuild(rootDir);
  const demo = path.join(rootDir, 'demo');
  if (pages) {
    mkdirSync(demo);
    pages(demo);
  } else {
    symlinkSync(path.join(REPO_ROOT, 'demo'), demo, 'dir');
  }
  return rootDir;
}

/**
 * Starts the receiver with a fresh data folder, on `rootDir` (default: the demo page and a copy of the build).
 * @param {{ rootDir?: string }} [options]
 */
export async function startServer({ rootDir } = {}) {
  const ownRoot = rootDir ? null : await prepareRoot();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'otd-e2e-'));
  const app = await buildApp({ dataDir, rootDir: rootDir ?? ownRoot, adminToken: TOKEN, rateLimit: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${app.server.address().port}`;

  /** The organiser export, as the organiser gets it. */
  async function exported() {
    const res = await fetch(`${base}/api/signups.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    return res.json();
  }

  /** Erases every signup, so a test starts from an empty export and free seats. */
  async function eraseAll() {
    for (const row of await exported()) {
      const res = await fetch(`${base}/api/signups/${row.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.ok(res.ok, `DELETE /api/signups/${row.id}: ${res.status}`);
    }
  }

  /** Polls the export until it has `n` rows (a condition, not a sleep); returns them. */
  async function waitForRows(n, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    let rows = await exported();
    while (rows.length !== n && Date.now() < deadline) {
      await sleep(100);
      rows = await exported();
    }
    assert.equal(rows.length, n, `the export holds ${rows.length} rows, expected ${n}`);
    return rows;
  }

  async function close() {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    // Removes the demo symlink, never the folder it points to.
    if (ownRoot) rmSync(ownRoot, { recursive: true, force: true });
  }

  return { app, base, dataDir, exported, eraseAll, waitForRows, close };
}

/**
 * For a test file: starts the receiver (demo page, fresh data folder) and Chromium before its tests
 * and stops both after them. Read `server` and `browser` from the returned object inside a test.
 */
export function useServerAndBrowser() {
  const live = { server: undefined, browser: undefined };
  before(async () => {
    live.server = await startServer();
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME, args: ARGS });
}

/**
 * Collects what a page must never show: uncaught errors and console errors.
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  return problems;
}

/**
 * What has the keyboard focus, looking through shadow roots: the chain of hosts, and the element.
 * @param {import('playwright-core').Page} page
 */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    const hosts = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    const label = el?.labels?.[0]?.textContent ?? el?.getAttribute?.('aria-label') ?? '';
    return {
      host: hosts.at(-1) ?? null,
      tag: el?.localName ?? null,
      id: el?.id ?? '',
      name: el?.name ?? '',
      type: el?.type ?? '',
      checked: el?.checked ?? null,
      disabled: el?.disabled ?? null,
      value: el?.value ?? null,
      label: label.replace(/\s+/g, ' ').trim(),
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, and returns it; fails after `max`.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} matches
 * @param {{ max?: number, back?: boolean, what?: string }} [options]
 */
export async function tabTo(page, matches, { max = 120, back = false, what = 'the wanted element' } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return f;
    seen.push(`${f.host ?? ''}>${f.tag}#${f.id}[${f.name}] ${f.label || f.text.slice(0, 30)}`);
  }
  assert.fail(`Tab never reached ${what}; passed: ${seen.slice(-15).join(' | ')}`);
}

/**
 * Waits until the focused element (through shadow roots) matches.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} matches
 */
export async function waitForFocus(page, matches, { timeoutMs = 10_000, what = 'focus' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let f = await focused(page);
  while (!matches(f)) {
    if (Date.now() > deadline) assert.fail(`waiting for ${what}; focus is on ${JSON.stringify(f)}`);
    await sleep(25);
    f = await focused(page);
  }
  return f;
}

/**
 * With focus on the first radio of a group that has no answer yet (where Tab lands), chooses the
 * option labelled `label` by keyboard: Space for the first, the arrow keys for the others.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
export async function chooseRadio(page, label) {
  let f = await focused(page);
  assert.equal(f.type, 'radio', `expected a radio, focus is on ${JSON.stringify(f)}`);
  const start = f.label;
  if (f.label === label) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < 12 && f.label !== label; i++) {
      await page.keyboard.press('ArrowDown');
      f = await focused(page);
      if (f.label === start) break; // wrapped around
    }
  }
  f = await focused(page);
  assert.equal(f.label, label, `no option "${label}" in this group`);
  assert.equal(f.checked, true, `option "${label}" is focused but not chosen`);
  return f;
}

/**
 * Cuts the requests to `url` (with `cut`, e.g. `route => route.abort('internetdisconnected')`) until
 * the network comes back with the next page: `reloadWithNetworkBack()` keeps this page's own retries
 * cut until the reload commits (so no retry slips through between "back" and the reload), then
 * removes the route.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {(route: import('playwright-core').Route) => Promise<void>} cut
 */
export async function cutNetwork(page, url, cut) {
  let isCut = true;
  const handler = (route) => (isCut ? cut(route) : route.fallback());
  await page.route(url, handler);
  return {
    async reloadWithNetworkBack() {
      const main = page.mainFrame();
      const back = (frame) => {
        if (frame !== main) return;
        isCut = false;
        page.off('framenavigated', back);
      };
      page.on('framenavigated', back);
      await page.reload();
      await page.unroute(url, handler);
    },
  };
}

/**
 * Counts the signup posts the receiver accepted (2xx; aborted and simulated failures are not counted).
 * @param {import('playwright-core').Page} page
 */
export function countDeliveredPosts(page, pathname = '/api/signups') {
  const counter = {
    n: 0,
    /** Waits until at least `n` have been counted (events reach the test a moment after the page). */
    async atLeast(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (counter.n < n && Date.now() < deadline) await sleep(25);
      return counter.n;
    },
  };
  page.on('requestfinished', async (r) => {
    if (r.method() !== 'POST' || new URL(r.url()).pathname !== pathname) return;
    const status = (await r.response())?.status() ?? 0;
    if (status >= 200 && status < 300) counter.n++;
  });
  return counter;
}

/** The two screens the layout-shift checks use: a desktop and a phone. */
export const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/**
 * Records every layout shift from the first paint on (call before `goto`); `layoutShifts()` then
 * waits until the widgets on the page have rendered and the network is quiet, and returns them.
 * @param {import('playwright-core').Page} page
 */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    globalThis.__layoutShifts = [];
    new globalThis.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) => s.node?.nodeName ?? '?').join(', ');
        globalThis.__layoutShifts.push({ value: entry.value, moved, at: Math.round(entry.startTime) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async function layoutShifts() {
    await page.waitForLoadState('networkidle');
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('otd-'));
      await Promise.all(widgets.map((el) => globalThis.customElements.whenDefined(el.localName).then(() => el.updateComplete)));
      // Two frames: whatever the last update changed has been laid out and reported.
      await new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)));
    });
    await page.waitForTimeout(300);
    return page.evaluate(() => globalThis.__layoutShifts);
  };
}
