import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { onwarn, scriptPlugins } from './scripts/rollup-parts.mjs';

// Every build starts from empty output folders, so no stale chunk is ever served or measured.
rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });

/**
 * The elements built without Lit, each into one file of its own with nothing shared (a partner's page
 * with only such an element loads the snippet and that file): `<otd-kickoff>`.
 */
const STANDALONE = ['otd-kickoff'];

/** One entry per element on Lit: its define module, which registers the class (`src/define/<tag>.ts`). */
const elementInputs = Object.fromEntries(
  readdirSync('src/define')
    .filter((f) => f.endsWith('.ts') && !STANDALONE.includes(f.replace(/\.ts$/, '')))
    .map((f) => [`elements/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

/**
 * Two shared chunks every element imports: Lit's core (directives go where they are used), and ours
 * (the base element, its frame and languages, the token chain and the shared style parts). The rest
 * rollup splits by which elements use it, so a page loads only its widgets' code.
 */
const CORE =
  /\/src\/(internal\/(otd-element|early-properties|lang|heading|level|define|register|live-region|lazy|attributes)|logic\/storage|content\/(model|catalogue|safe-url)|styles\/(tokens|token-chain|widget|parts))\.ts$/;
/** How the recommender and the card follow a scan: one chunk for the two of them. */
const FOLLOW = /\/src\/(internal\/scan-follower|logic\/scan-result)\.ts$/;
function manualChunks(id) {
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/(?!directives\/)/.test(id)) return 'lit';
  if (CORE.test(id) || /node_modules\/tslib\//.test(id)) return 'core';
  if (FOLLOW.test(id)) return 'follow';
  return undefined;
}

/** The stylesheet a page links beside the snippet: the space each widget takes before it is defined. */
function snippetStylesheet() {
  return {
    name: 'snippet-stylesheet',
    generateBundle() {
      // Its comments explain it in the source; the file a page downloads goes without them (the file
      // holds plain rules only, so taking out comments and the spaces around punctuation is safe).
      const css = readFileSync('src/snippet/otd-widgets.css', 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s*([{}:;,])\s*/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
      this.emitFile({ type: 'asset', fileName: 'otd-widgets.css', source: `${css}\n` });
    },
  };
}


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
    plugins: [...scriptPlugins({ outDir: 'cdn' }), snippetStylesheet()],
    onwarn,
  },
  // The elements without Lit, each in a file of its own: the token chain, the languages and the link
  // checks are built in from the same sources, so such a page loads the snippet and one file (its
  // English texts load only for English). One build per element, so they share no chunk either.
  ...STANDALONE.map((tag) => ({
    input: { [`elements/${tag}`]: `src/define/${tag}.ts` },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: scriptPlugins({ outDir: 'cdn' }),
    onwarn,
  })),
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
    plugins: scriptPlugins({ outDir: 'cdn' }),
    onwarn,
  },
  // The rules the receiver (Node) shares with the elements (the signup, the sessions, a shared scan
  // and the survey summary's definitions), and the partner-content schema the JSON Schema is
  // generated from: the same code, zod left external.
  {
    input: {
      signup: 'src/content/schema/signup.ts',
      sessions: 'src/content/schema/sessions.ts',
      'partner-content': 'src/content/schema/partner-content.ts',
      'scan-share': 'src/content/schema/scan-share.ts',
      'survey-summary': 'src/logic/survey-summary.ts',
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
