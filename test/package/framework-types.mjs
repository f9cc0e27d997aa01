// The framework types as a partner's app gets them from the packed package: React 19, Preact and Solid
// files (tsc) and Vue templates (vue-tsc --strictTemplates) that use every element, and the examples
// of docs/frameworks.md, compile; the planted mistakes fail, each with the error its line names
// ("// error TS2322" in a .tsx file, "<!-- error TS2322 -->" in a template), and nothing else fails.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import ts from 'typescript';
import { packedApp, ROOT, run } from './support.mjs';

const require = createRequire(import.meta.url);
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TSC = require.resolve('typescript/bin/tsc');
const VUE_TSC = require.resolve('vue-tsc/bin/vue-tsc.js');
/** What the fixtures import besides the package (and its dependencies). */
const FRAMEWORKS = ['@types/react', 'preact', 'solid-js', 'vue'];

/** `<!-- compiled: name; … -->` before a fenced block in the guide: that block, as file `name`. */
export function compiledBlocks(markdown) {
  return [...markdown.matchAll(/<!-- compiled: ([\w.-]+);[^>]*-->\n```\w+\n([\s\S]*?)\n```/g)].map(([, name, code]) => ({
    name,
    code: `${code}\n`,
  }));
}

/** `file(line,col): error TSxxxx: …` lines of tsc's plain output, as `file:line TSxxxx`. */
export function reported(output) {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+):/gm)].map(([, file, line, code]) => `${file.replace(/\\/g, '/')}:${line} ${code}`);
}

/** The planted mistakes in the fixtures: `src/file:line TSxxxx` for each marked line. */
function planted(dir) {
  const marks = [];
  const files = readdirSync(path.join(dir, 'src'), { recursive: true }).map(String);
  for (const file of files.filter((f) => /\.(tsx?|vue)$/.test(f))) {
    readFileSync(path.join(dir, 'src', file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const mark = /(?:\/\/|<!--) error (TS\d+)(?: -->)?\s*$/.exec(text);
        if (mark) marks.push({ file: `src/${file.split(path.sep).join('/')}`, key: `src/${file.split(path.sep).join('/')}:${i + 1} ${mark[1]}` });
      });
  }
  return marks;
}

/** Runs a compiler in `cwd`; resolves with its output whether it passed or failed. */
async function compile(cwd, bin, args) {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args, '--pretty', 'false'], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: stdout };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

describe('the framework types, from the packed package', () => {
  let packed;
  let blocks;

  before(async () => {
    packed = await packedApp({ links: [...Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies), ...FRAMEWORKS] });
    cpSync(FIXTURES, packed.app, { recursive: true });
    blocks = compiledBlocks(readFileSync(path.join(ROOT, 'docs/frameworks.md'), 'utf8'));
    mkdirSync(path.join(packed.app, 'src/docs'));
    for (const { name, code } of blocks) writeFileSync(path.join(packed.app, 'src/docs', name), code);
  });
  after(() => packed?.remove());

  it('docs/frameworks.md marks its React, Solid, Next.js and Vue examples for compiling', () => {
    assert.deepEqual(blocks.map((b) => b.name).sort(), [
      'TrainingPage.vue',
      'next-training.tsx',
      'react-result.tsx',
      'react-widgets.tsx',
      'solid-widgets.tsx',
    ]);
  });

  it('JSX (React 19, Preact, Solid): the apps and the guide compile, each planted mistake fails as marked', async () => {
    const { ok, output } = await compile(packed.app, TSC, ['-p', 'tsconfig.json']);
    const expected = planted(packed.app).filter((m) => m.file.endsWith('.tsx')).map((m) => m.key);
    assert.ok(expected.length >= 10, `only ${expected.length} planted mistakes`);
    assert.equal(ok, false, 'the planted mistakes must fail');
    assert.deepEqual(reported(output).sort(), expected.sort(), output);
  });

  it("the generated framework declarations have no errors (the apps skip checking libraries, as Vite's templates do)", () => {
    // dist/frameworks/*.d.ts, generated from the manifest, checked as a library would be, their
    // imports (React, Preact, Solid, Vue, the package) resolved from the app. The package's other
    // declarations are tsc's output of the type-checked sources.
    const dir = path.join(packed.pkg, 'dist/frameworks');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => path.join(dir, f));
    assert.ok(files.length >= 5, `only ${files.length} framework declarations`);
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      types: [],
    });
    const own = program.getSourceFiles().filter((f) => files.includes(path.resolve(f.fileName)));
    assert.equal(own.length, files.length, 'every framework declaration in the program');
    const errors = own.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]);
    assert.deepEqual(
      errors.map((d) => `${path.relative(packed.pkg, d.file.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
      [],
    );
  });

  it('React, resolved as Node resolves it (node16): compiles', async () => {
    const { ok, output } = await compile(packed.app, TSC, ['-p', 'tsconfig.node16.json']);
    assert.equal(ok, true, output);
  });

  it('Vue (vue-tsc --strictTemplates): the app and the guide compile, each planted mistake fails as marked', async () => {
    const { ok, output } = await compile(packed.app, VUE_TSC, ['-p', 'tsconfig.vue.json']);
    const expected = planted(packed.app).filter((m) => m.file.endsWith('.vue')).map((m) => m.key);
    assert.ok(expected.length >= 4, `only ${expected.length} planted mistakes`);
    assert.equal(ok, false, 'the planted mistakes must fail');
    assert.deepEqual(reported(output).sort(), expected.sort(), output);
  });

  it('without the types, a template with the tags does not compile (what the types fix)', async () => {
    const source = readFileSync(path.join(packed.app, 'src/docs/react-widgets.tsx'), 'utf8');
    mkdirSync(path.join(packed.app, 'untyped'));
    writeFileSync(path.join(packed.app, 'untyped/app.tsx'), source.replace("import type {} from 'otd-widgets/types/react';\n", ''));
    const config = { extends: './tsconfig.json', compilerOptions: { skipLibCheck: true }, include: ['untyped/app.tsx'] };
    writeFileSync(path.join(packed.app, 'tsconfig.untyped.json'), JSON.stringify(config));
    const { ok, output } = await compile(packed.app, TSC, ['-p', 'tsconfig.untyped.json']);
    assert.equal(ok, false);
    assert.match(output, /Property 'otd-self-scan' does not exist on type 'JSX.IntrinsicElements'/);
  });

  it('the checks read tsc output and the guide as intended', () => {
    assert.deepEqual(reported('src/a.tsx(3,5): error TS2322: Type…\n  more\nsrc/b.vue(10,1): error TS2339: x'), [
      'src/a.tsx:3 TS2322',
      'src/b.vue:10 TS2339',
    ]);
    const md = '<!-- compiled: a.tsx; test -->\n```tsx\nconst a = 1;\n```\n\n```ts\nnot marked\n```\n';
    assert.deepEqual(compiledBlocks(md), [{ name: 'a.tsx', code: 'const a = 1;\n' }]);
  });
});
