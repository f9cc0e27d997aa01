import { readdirSync, rmSync } from 'node:fs';
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

// Every build starts from an empty dist/, so no stale chunk is ever served or measured.
rmSync('dist', { recursive: true, force: true });

/** One entry per element: its define module, which registers the class (`src/define/<tag>.ts`). */
const elementInputs = Object.fromEntries(
  readdirSync('src/define')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `src/define/${f}`]),
);

/**
 * Two shared chunks every element entry imports: Lit's core (directives go where they are used),
 * and our base (element base class, tokens, language, the plain content model). Fewer, larger
 * files compress better than many small ones.
 */
function manualChunks(id) {
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/(?!directives\/)/.test(id)) return 'lit';
  if (/\/src\/(internal|styles)\/(?!.*\.en\.ts$)/.test(id)) return 'base';
  if (/\/src\/(content\/model|content\/default\/(aspects|mandatory-self-study|texts)|logic\/(safe-url|storage))\.ts$/.test(id)) {
    return 'base';
  }
  return undefined;
}

const plugins = (declarations) => [
  minifyLitCss(),
  resolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.build.json',
    ...(declarations ? {} : { declaration: false, declarationDir: undefined, outDir: 'dist/elements' }),
  }),
  terser({
    format: { comments: false },
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
  }),
];

export default [
  // The one-script-tag embed: one self-registering module with every element. Only the validator
  // for partner content is split off (dist/chunks/), loaded when a page has partner content.
  {
    input: 'src/index.ts',
    // Shared code stays in otd-widgets.js itself (the lazy chunks import from it), instead of a facade
    // re-exporting a chunk: the script tag loads one file for everything Dutch needs.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'otd-widgets.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(true),
    onwarn,
  },
  // One entry per element, sharing Lit and the common code through chunks.
  {
    input: elementInputs,
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
      sourcemap: true,
    },
    plugins: plugins(false),
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
    output: { dir: 'dist/shared', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
    external: [/^zod/],
    plugins: [typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/shared' })],
    onwarn,
  },
];
