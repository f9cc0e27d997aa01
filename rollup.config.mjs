import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyLitCss from './scripts/rollup-minify-css.mjs';

/** zod 4 ships two harmless warnings; filter exactly those, keep every other. */
function onwarn(warning, warn) {
  const inZod = (warning.ids ?? [warning.id ?? warning.loc?.file ?? '']).some((id) =>
    String(id).includes('node_modules/zod/'),
  );
  if (inZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && String(warning.message).includes('node_modules/zod/')) return;
  warn(warning);
}

// Every build starts from empty output folders, so no stale chunk is ever served or measured.
rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });

/** One entry per element: its define module, which registers the class (`src/define/<tag>.ts`). */
const elementInputs = Object.fromEntries(
  readdirSync('src/define')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`elements/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

/**
 * Two shared chunks every element entry imports: Lit's core (directives go where they are used),
 * and our base (element base class, tokens, language, the plain content model). Fewer, larger
 * files compress better than many small ones.
 */
function manualChunks(id) {
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/(?!directives\/)/.test(id)) return 'lit';
  if (/\/src\/(internal|styles)\/(?!.*\.en\.ts$)/.test(id)) return 'base';
  if (/\/src\/(content\/(model|catalogue|safe-url)|content\/default\/(aspects|mandatory-self-study|texts)|logic\/storage)\.ts$/.test(id)) {
    return 'base';
  }
  return undefined;
}

const plugins = () => [
  minifyLitCss(),
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'cdn' }),
  terser({
    format: { comments: false },
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
  }),
];

export default [
  // For script tags (cdn/): the loader a web editor pastes (otd-widgets.js), which imports each
  // element's entry (elements/<tag>.js) when its tag is on the page; the entries share Lit and the
  // base through chunks/.
  {
    input: { 'otd-widgets': 'src/loader.ts', ...elementInputs },
    // An entry may export what its lazy chunks share with it, instead of a facade file in front of it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
      sourcemap: true,
    },
    plugins: plugins(),
    onwarn,
  },
  // For pages that want every element from one script tag at once: otd-widgets.all.js. What only some
  // pages need (English, partner content checks, the signup rules) stays in lazy chunks beside it.
  {
    input: { 'otd-widgets.all': 'src/index.ts' },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
    onwarn,
  },
  // The rules the receiver (Node) shares with the elements, and the partner-content schema the
  // JSON Schema is generated from: the same schemas, zod left external.
  {
    input: {
      signup: 'src/content/schema/signup.ts',
      sessions: 'src/content/schema/sessions.ts',
      'partner-content': 'src/content/schema/partner-content.ts',
    },
    output: {
      dir: 'dist/shared',
      format: 'es',
      sourcemap: true,
      chunkFileNames: '[name]-[hash].js',
      // The TypeScript plugin's maps point one folder too far up from dist/shared/ (../../../src/…);
      // point them at the sources again (../../src/…), so the maps stay inside the package.
      sourcemapPathTransform: (source, map) => {
        const resolved = path.resolve(path.dirname(map), source);
        const inSrc = resolved.slice(resolved.lastIndexOf(`${path.sep}src${path.sep}`) + 1);
        return path.relative(path.dirname(map), path.resolve(inSrc)).split(path.sep).join('/');
      },
    },
    external: [/^zod/],
    plugins: [typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/shared' })],
    onwarn,
  },
];
