/* global document, customElements -- page.evaluate callbacks run in the browser */
// Reports what a page downloads, gzip (level 9) and brotli (quality 11), and checks the budgets.
//
// Each page is measured in Chromium against the real receiver: the JavaScript a Dutch page downloads
// from cdn/ until the network is quiet, before anyone touches a widget ("first load"). The pages:
// - one widget, pasted as a web editor does: the snippet (otd-widgets.js) and the widget's tag;
// - the demo page (demo/index.html), with all four widgets through the snippet;
// - the snippet itself, and for reference the all-in-one file and each element's own file.
// "Dutch, all" adds everything the page could load later for Dutch (views loaded on intent, the
// validators for partner content); English texts are listed apart, as a Dutch page never loads them.
// `node scripts/size.mjs --files` also lists every file each page loaded, with its size.
import { readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launchBrowser, prepareRoot, startServer } from '../test/e2e/support.mjs';

/**
 * Budgets in KiB, gzip, of a page's first load; `npm test` fails when one is exceeded. Where the
 * target (the budget the widgets aim for) is not met yet, the budget is the measured size rounded up,
 * so nothing grows unnoticed; README.md ("Size") gives the floor and what reaching the target takes.
 */
const BUDGETS = {
  'a page with <otd-self-scan>': 20,
  'a page with <otd-resource-recommender>': 24,
  'a page with <otd-escalation-card>': 21.5,
  'a page with <otd-course-signup>': 24.5,
  'the demo page, all four': 43.5,
  // A partner's page with only the kick-off: no Lit, no shared core; enforced at its target.
  'a page with <otd-kickoff>': 8,
  'the snippet (otd-widgets.js)': 2,
  'a page with <otd-survey-trend>': 24,
};

/** The targets, reported beside the budgets: one widget at most 20 KiB, the demo page with all four at most 35. */
const TARGETS = {
  'a page with <otd-resource-recommender>': 20,
  'a page with <otd-escalation-card>': 20,
  'a page with <otd-course-signup>': 20,
  'a page with <otd-survey-trend>': 20,
  'the demo page, all four': 35,
};

const TAGS = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'];
/** The sixth element, for the region's own pages: measured on its own page, not part of the demo page. */
const TREND = 'otd-survey-trend';
/** The kick-off, for partners' pages: built without Lit into a file of its own, not part of the demo page or the all-in-one file. */
const KICKOFF = 'otd-kickoff';

/** Each widget as a web editor pastes it. */
const WIDGETS = {
  'otd-self-scan': '<otd-self-scan id="scan"></otd-self-scan>',
  'otd-resource-recommender': '<otd-resource-recommender for="scan"></otd-resource-recommender>',
  'otd-escalation-card': '<otd-escalation-card></otd-escalation-card>',
  'otd-course-signup':
    '<otd-course-signup endpoint="/api/signups" sessions-src="/api/sessions" privacy-url="/privacy"></otd-course-signup>',
  'otd-survey-trend': '<otd-survey-trend src="/api/scan-results/summary"></otd-survey-trend>',
  'otd-kickoff': '<otd-kickoff href="/"><a href="/">Doe de zelfscan</a></otd-kickoff>',
};

/** The kick-off with a third party's film: its film's code loads with the page (the player itself only on a click). */
const KICKOFF_WITH_FILM =
  '<otd-kickoff href="/" video-embed="https://video.invalid/embed/1"><a href="/">Doe de zelfscan</a></otd-kickoff>';

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
const isEnglish = (file) => /\.en-[\w-]+\.js$/.test(file);

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1);

/** Every file the given files can load (static and dynamic imports, followed through), relative to cdn/. */
function reachable(files) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(path.join('cdn', file), 'utf8');
    for (const re of [STATIC_IMPORT, DYNAMIC_IMPORT]) {
      for (const [, spec] of code.matchAll(re)) visit(path.join(path.dirname(file), spec));
    }
  };
  files.forEach(visit);
  return [...found];
}

function measure(files) {
  return files.reduce(
    (t, f) => {
      const buf = readFileSync(path.join('cdn', f));
      return { gzip: t.gzip + gzip(buf), brotli: t.brotli + brotli(buf) };
    },
    { gzip: 0, brotli: 0 },
  );
}

function page(title, script, tags) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/cdn/${script}"></script>
  </head>
  <body>
    <main>${tags.map((t) => WIDGETS[t]).join('\n')}</main>
  </body>
</html>`;
}

/**
 * The pages measured: a name, the page's path, the files it may load (to check what it loaded
 * against, and for "Dutch, all"), and the tags on it.
 */
const PAGES = [
  ...[...TAGS, TREND, KICKOFF].map((tag) => ({
    name: `a page with <${tag}>`,
    file: `snippet-${tag}.html`,
    html: page(tag, 'otd-widgets.js', [tag]),
    may: ['otd-widgets.js', `elements/${tag}.js`],
  })),
  { name: 'the demo page, all four', file: 'index.html', may: ['otd-widgets.js', 'otd-widgets.all.js', ...TAGS.map((t) => `elements/${t}.js`)] },
  { name: 'the snippet (otd-widgets.js)', file: 'snippet-only.html', html: page('snippet', 'otd-widgets.js', []), may: ['otd-widgets.js'] },
  { name: 'for reference: otd-widgets.all.js, all four', file: 'all.html', html: page('all', 'otd-widgets.all.js', TAGS), may: ['otd-widgets.all.js'] },
  {
    name: 'for reference: a page with <otd-kickoff> and a film',
    file: 'snippet-otd-kickoff-film.html',
    html: page('otd-kickoff', 'otd-widgets.js', ['otd-kickoff']).replace(WIDGETS['otd-kickoff'], KICKOFF_WITH_FILM),
    may: ['otd-widgets.js', 'elements/otd-kickoff.js'],
  },
  ...[...TAGS, TREND, KICKOFF].map((tag) => ({
    name: `for reference: elements/${tag}.js alone`,
    file: `element-${tag}.html`,
    html: page(tag, `elements/${tag}.js`, [tag]),
    may: [`elements/${tag}.js`],
  })),
];

/** The JavaScript files (relative to cdn/) a Dutch page downloads before any interaction. */
async function firstLoad(base, browserPage, file) {
  const requested = new Set();
  let last = Date.now();
  browserPage.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/cdn/') && pathname.endsWith('.js')) {
      requested.add(pathname.slice('/cdn/'.length));
      last = Date.now();
    }
  });
  await browserPage.goto(`${base}/${file}`, { waitUntil: 'networkidle' });
  // Every widget has rendered, including what it fetched (the signup's sessions).
  await browserPage.evaluate(async (tags) => {
    const widgets = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
    await Promise.all(widgets.map((w) => w.updateComplete));
  }, [...TAGS, TREND, KICKOFF]);
  // Then until no script has been requested for two seconds (chunks loaded after the first paint).
  while (Date.now() - last < 2_000) await sleep(250);
  return [...requested];
}

if (!existsSync('cdn/otd-widgets.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const rootDir = await prepareRoot({
  pages: (demoDir) => {
    writeFileSync(path.join(demoDir, 'index.html'), readFileSync('demo/index.html'));
    for (const f of ['demo.css', 'partner-content.json']) {
      if (existsSync(path.join('demo', f))) writeFileSync(path.join(demoDir, f), readFileSync(path.join('demo', f)));
    }
    for (const p of PAGES) if (p.html) writeFileSync(path.join(demoDir, p.file), p.html);
  },
});
const server = await startServer({ rootDir });
const browser = await launchBrowser();

let failed = 0;
const rows = [];
try {
  for (const p of PAGES) {
    const context = await browser.newContext();
    const browserPage = await context.newPage();
    const loaded = await firstLoad(server.base, browserPage, p.file);
    await context.close();
    const all = reachable(p.may);
    const unexpected = loaded.filter((f) => !all.includes(f));
    if (unexpected.length) throw new Error(`${p.name} loaded files its imports do not name: ${unexpected.join(', ')}`);
    const english = loaded.filter(isEnglish);
    if (english.length) throw new Error(`${p.name}, in Dutch, loaded English texts: ${english.join(', ')}`);
    const first = measure(loaded);
    if (process.argv.includes('--files')) {
      console.log(`${p.name}:`);
      for (const f of loaded.sort()) console.log(`  ${kib(measure([f]).gzip).padStart(5)} KiB  ${f}`);
    }
    const dutch = measure(all.filter((f) => !isEnglish(f)));
    const en = measure(all.filter(isEnglish));
    const budget = BUDGETS[p.name];
    const target = TARGETS[p.name];
    const ok = budget === undefined || first.gzip / 1024 <= budget;
    if (!ok) failed++;
    rows.push({
      page: p.name,
      'first load: files': loaded.length,
      'gzip KiB': kib(first.gzip),
      'brotli KiB': kib(first.brotli),
      'budget KiB': budget ?? '-',
      ok: budget === undefined ? '-' : ok ? 'yes' : 'OVER',
      'target KiB': target === undefined ? '-' : `${target}${first.gzip / 1024 <= target ? '' : ' (not met)'}`,
      'Dutch, all: gzip KiB': kib(dutch.gzip),
      'English texts: gzip KiB': kib(en.gzip),
    });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(rootDir, { recursive: true, force: true });
}

console.table(rows);
const missed = rows.filter((r) => String(r['target KiB']).endsWith('(not met)')).map((r) => r.page);
if (missed.length) console.warn(`Over its target (reported, not enforced): ${missed.join('; ')}.`);
if (failed) {
  console.error(`${failed} page${failed === 1 ? ' is' : 's are'} over budget (gzip, first load of a Dutch page).`);
  process.exit(1);
}
console.log('Every budget holds (gzip, first load of a Dutch page).');
