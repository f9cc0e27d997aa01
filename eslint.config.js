import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

/** An import of one of these folders of src/ (or of src/ itself), by any relative path. */
const folder = (...names) => `(^|/)(${names.join('|')})(/|$)`;
const LIT = '^(lit|@lit/)';

/**
 * The import rules of each layer: content (ids, schemas, bundled data) imports only itself; logic
 * imports content; internal and styles import content and logic; an element imports the layers below
 * but never another element; only the define entries register elements. The receiver imports nothing
 * from src/ (only the built dist/shared/).
 */
function layers() {
  const rule = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  const below = (layer, names, why) => ({ regex: folder(...names), message: `${layer} ${why}` });
  return [
    rule(['src/content/**/*.ts'], [
      below('content/', ['logic', 'internal', 'styles', 'elements', 'define'], 'imports nothing of ours but content/ itself.'),
      { regex: LIT, message: 'content/ is plain data and schemas: no Lit.' },
    ]),
    rule(['src/logic/**/*.ts'], [
      below('logic/', ['internal', 'styles', 'elements', 'define'], 'imports only content/.'),
      { regex: LIT, message: 'logic/ is pure TypeScript: no Lit, no DOM rendering.' },
    ]),
    rule(['src/internal/**/*.ts', 'src/styles/**/*.ts'], [
      below('internal/ and styles/', ['elements', 'define'], 'import only content/ and logic/ (and each other).'),
    ]),
    rule(['src/elements/**/*.ts'], [
      below('An element', ['define'], 'never registers itself: src/define/<tag>.ts does.'),
      // From src/elements/<tag>/, "../x" is another element's folder.
      { regex: '^\\.\\./(?!\\.\\./)', message: 'An element never imports another element; share through internal/, logic/ or styles/.' },
    ]),
    rule(['server/**/*.js'], [
      { regex: folder('src'), message: 'The receiver imports nothing from src/: use the built dist/shared/.' },
    ]),
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'cdn/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layers (docs/architecture.md): each folder imports only the layers below it.
  ...layers(),
  {
    files: ['server/**/*.js', 'scripts/**/*.mjs', 'test/e2e/**/*.mjs', 'test/docs/**/*.mjs', 'test/lint/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
  },
  {
    // End-to-end tests pass callbacks to the browser (page.evaluate), which run with its globals.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        matchMedia: 'readonly',
        getComputedStyle: 'readonly',
        Image: 'readonly',
        devicePixelRatio: 'readonly',
      },
    },
  },
);
