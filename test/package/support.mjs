// The npm package as a partner's app gets it: `npm pack` of the built project, unpacked into the
// node_modules of a throwaway app next to its dependencies (linked from this project's node_modules,
// so nothing is downloaded), and nothing else of this project in reach.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGE_JSON = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const TAGS = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'];

/** What `npm run build` makes that the package needs; without it, say so instead of failing obscurely. */
const BUILT = ['dist/index.js', 'dist/frameworks/react.d.ts', 'cdn/otd-widgets.js', 'custom-elements.json'];

/** The tarball, packed once per process (package.test.mjs runs every suite in one). */
let packing;

/** `npm pack`, as `npm publish` would, into a folder removed when the process ends. */
function pack() {
  packing ??= (async () => {
    const missing = BUILT.filter((f) => !existsSync(path.join(ROOT, f)));
    if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (npm test does)`);
    const dir = mkdtempSync(path.join(tmpdir(), 'otd-pack-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const [report] = JSON.parse(stdout);
    return { tarball: path.join(dir, report.filename), report };
  })();
  return packing;
}

/**
 * Unpacks the packed project into a fresh folder as `app/node_modules/otd-widgets`, with `links`
 * (package names) linked from this project's node_modules. Returns the app's folder, the package's
 * folder, npm's report of the tarball, and `remove()`.
 */
export async function packedApp({ links = Object.keys(PACKAGE_JSON.dependencies) } = {}) {
  const { tarball, report } = await pack();
  const dir = mkdtempSync(path.join(tmpdir(), 'otd-package-'));
  const app = path.join(dir, 'app');
  const pkg = path.join(app, 'node_modules', 'otd-widgets');
  mkdirSync(pkg, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  for (const name of links) {
    const target = path.join(ROOT, 'node_modules', name);
    if (!existsSync(target)) throw new Error(`${name} is not installed: run \`npm ci\``);
    const link = path.join(app, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
  return { dir, app, pkg, report, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
