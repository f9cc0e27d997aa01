// The plugins of the script-tag build (cdn/), shared by rollup.config.mjs and the test that proves
// the template minification changes no rendered text (test/e2e/minified-templates.test.mjs builds the
// all-in-one file once more without it and compares every state).
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyLitCss from './rollup-minify-css.mjs';
import minifyLitHtml from './rollup-minify-html.mjs';

/** zod 4 ships two harmless warnings; filter exactly those, keep every other. */
export function onwarn(warning, warn) {
  const inZod = (warning.ids ?? [warning.id ?? warning.loc?.file ?? '']).some((id) =>
    String(id).includes('node_modules/zod/'),
  );
  if (inZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && String(warning.message).includes('node_modules/zod/')) return;
  warn(warning);
}

/**
 * @param {{ outDir: string, minifyTemplates?: boolean }} options `outDir`: the output folder;
 *   `minifyTemplates: false` keeps the templates' markup as written.
 */
export function scriptPlugins({ outDir, minifyTemplates = true }) {
  return [
    minifyLitCss(),
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir }),
    ...(minifyTemplates ? [minifyLitHtml()] : []),
    terser({
      format: { comments: false },
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
    }),
  ];
}
