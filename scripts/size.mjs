// Reports the transfer size of what a page downloads for each entry, and checks the budgets.
// An element entry counts with every chunk it imports statically; chunks it loads only when
// needed (dynamic imports, e.g. the content validator) are listed apart.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Budgets in KiB, gzip, for an entry with its static chunks. Entries without one are reported only. */
const BUDGETS = {
  // The whole set on one page, everything it loads for Dutch.
  'dist/otd-widgets.js': 35,
  'dist/elements/otd-self-scan.js': 22,
  'dist/elements/otd-escalation-card.js': 20,
};

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1);

/** The files an entry loads at once (static imports), and those it may load later (dynamic ones, with theirs). */
function graph(entry) {
  const walk = (start, known) => {
    const found = new Set();
    const dynamic = new Set();
    const visit = (file) => {
      if (found.has(file) || known.has(file)) return;
      found.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), spec));
      for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) dynamic.add(join(dirname(file), spec));
    };
    start.forEach(visit);
    return { found, dynamic };
  };
  const first = walk([entry], new Set());
  const later = walk([...first.dynamic], first.found);
  return { statics: [...first.found], lazy: [...later.found] };
}

function measure(files) {
  return files.reduce(
    (t, f) => {
      const buf = readFileSync(f);
      return { raw: t.raw + buf.length, gzip: t.gzip + gzip(buf), brotli: t.brotli + brotli(buf) };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

if (!existsSync('dist/otd-widgets.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

let failed = 0;
const rows = [];
const entries = [
  'dist/otd-widgets.js',
  ...readdirSync('dist/elements')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/elements/${f}`),
];
for (const entry of entries) {
  const budget = BUDGETS[entry];
  const { statics, lazy } = graph(entry);
  const size = measure(statics);
  const lazySize = measure(lazy);
  const ok = budget === undefined || size.gzip / 1024 <= budget;
  if (!ok) failed++;
  rows.push({
    entry: relative('dist', entry),
    files: statics.length,
    'min KiB': kib(size.raw),
    'gzip KiB': kib(size.gzip),
    'brotli KiB': kib(size.brotli),
    'budget KiB': budget ?? '-',
    'lazy gzip KiB': lazy.length ? kib(lazySize.gzip) : '-',
    ok: budget === undefined ? '-' : ok ? 'yes' : 'OVER',
  });
}
console.table(rows);
if (failed) {
  console.error(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
console.log('All entries within budget (gzip, with their static chunks; lazy chunks load only when partner content is used).');
