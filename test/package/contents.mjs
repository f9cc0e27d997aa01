// What `npm publish` would put in the package: the entries and their types, the manifest, the licence,
// the script-tag files; no tests, no sources of this project, no paths of the machine that built it;
// entries that import Lit, @lit/task and zod by name (dependencies, so an app shares them) and
// script-tag files that import nothing by name (self-contained).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { PACKAGE_JSON, packedApp, ROOT, TAGS } from './support.mjs';

/** Every import specifier in an ES module: static, side-effect, re-export and dynamic ones (not in comments or strings). */
const specifiers = (code) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
/** `lit/decorators.js` → `lit`, `@lit/task` → `@lit/task`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBare = (specifier) => !/^(\.{1,2}\/|\/|[a-z]+:)/.test(specifier);

describe('the npm package', () => {
  let packed;
  let files;
  const read = (file) => readFileSync(path.join(packed.pkg, file), 'utf8');

  before(async () => {
    packed = await packedApp({ links: [] });
    files = packed.report.files.map((f) => f.path).sort();
  });
  after(() => packed?.remove());

  it('has the licence, the readme, the manifest and every entry with its types', (t) => {
    t.diagnostic(`${packed.report.filename}: ${(packed.report.size / 1024).toFixed(0)} KiB packed, ` +
      `${(packed.report.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${files.length} files`);
    const expected = [
      'LICENSE',
      'README.md',
      'package.json',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      ...TAGS.flatMap((tag) => [`dist/define/${tag}.js`, `dist/define/${tag}.d.ts`, `cdn/elements/${tag}.js`]),
      ...['react', 'preact', 'solid-js', 'vue', 'elements'].flatMap((f) => [`dist/frameworks/${f}.d.ts`, `dist/frameworks/${f}.js`]),
      'dist/shared/signup.js',
      'dist/shared/sessions.js',
      'dist/schema/partner-content.schema.json',
      'cdn/otd-widgets.js',
      'cdn/otd-widgets.all.js',
      'cdn/otd-widgets.css',
    ];
    assert.deepEqual(expected.filter((f) => !files.includes(f)), []);
    assert.equal(read('LICENSE').includes('EUPL'), true);
  });

  it('every file the exports map names is in it', () => {
    const targets = [];
    const collect = (value) => {
      if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
      else for (const v of Object.values(value)) collect(v);
    };
    collect(PACKAGE_JSON.exports);
    const missing = targets.filter((target) =>
      target.includes('*')
        ? !files.some((f) => new RegExp(`^${target.replace(/[.]/g, '\\.').replace('*', '.+')}$`).test(f))
        : !files.includes(target),
    );
    assert.deepEqual(missing, []);
    for (const field of ['main', 'module', 'types', 'customElements']) assert.ok(files.includes(PACKAGE_JSON[field]), field);
  });

  it('has no tests, no sources, no demo, no receiver and no precompressed copies', () => {
    const unwanted = files.filter((f) =>
      /(^|\/)(test|tests|__tests__)\/|\.test\.|\.spec\.|^(src|server|demo|stories|docs|scripts|bench|\.storybook)\/|\.(br|gz|tsbuildinfo)$|node_modules\//.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it("has no path of the machine that built it, and its source maps stay inside the package with the sources in them", () => {
    const machinePaths = [ROOT.replace(/\/$/, ''), path.dirname(ROOT.replace(/\/$/, ''))].filter((p) => p.length > 1);
    const leaks = [];
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 50, `only ${maps.length} source maps`);
    for (const file of files.filter((f) => /\.(js|map|d\.ts|json)$/.test(f))) {
      const text = read(file);
      for (const p of machinePaths) if (text.includes(`${p}/`)) leaks.push(`${file} names ${p}/`);
    }
    for (const file of maps) {
      const map = JSON.parse(read(file));
      map.sources.forEach((source, i) => {
        const inside = path.posix.normalize(path.posix.join(path.posix.dirname(file), map.sourceRoot ?? '', source));
        if (/^([a-z]+:|\/|\\)/i.test(source) || inside.startsWith('..')) leaks.push(`${file}: source ${source}`);
        if (typeof map.sourcesContent?.[i] !== 'string') leaks.push(`${file}: no content for ${source}`);
      });
    }
    assert.deepEqual(leaks, []);
  });

  it('its entries import Lit, @lit/task and zod by name, which are its dependencies; nothing else by name', () => {
    assert.deepEqual(Object.keys(PACKAGE_JSON.dependencies).sort(), ['@lit/task', 'lit', 'zod']);
    const used = new Set();
    const undeclared = [];
    for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
      for (const specifier of specifiers(read(file)).filter(isBare)) {
        used.add(packageOf(specifier));
        if (!(packageOf(specifier) in PACKAGE_JSON.dependencies)) undeclared.push(`${file}: ${specifier}`);
      }
    }
    assert.deepEqual(undeclared, []);
    assert.deepEqual([...used].sort(), ['@lit/task', 'lit', 'zod']);
    // Unbundled: one module per source file, Lit not inside.
    assert.ok(files.includes('dist/internal/otd-element.js'));
    assert.equal(files.some((f) => f.startsWith('dist/') && /lit-html|reactive-element/.test(f)), false);
  });

  it('its script-tag files import nothing by name: Lit and the rest are inside', () => {
    const bare = [];
    for (const file of files.filter((f) => f.startsWith('cdn/') && f.endsWith('.js'))) {
      for (const specifier of specifiers(read(file)).filter(isBare)) bare.push(`${file}: ${specifier}`);
    }
    assert.deepEqual(bare, []);
  });

  it('the import check finds every kind of import, and knows a bare one from a relative one', () => {
    const code = `/** import 'no' */import{a as b}from"lit";import "./x.js";export * from '../y.js';const s = "from 'text'";const m = import('@lit/task');import('zod/mini')`;
    assert.deepEqual(specifiers(code), ['lit', './x.js', '../y.js', '@lit/task', 'zod/mini']);
    assert.deepEqual(specifiers(code).filter(isBare).map(packageOf), ['lit', '@lit/task', 'zod']);
  });
});
