import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Our decorators are TypeScript's legacy ones (`experimentalDecorators`, `useDefineForClassFields:
 * false` in tsconfig.json). Vite 8's Oxc transform reads both from tsconfig.json, so no extra
 * compile step is needed: the built stories assign fields in the constructor and Lit's reactive
 * accessors are not shadowed (checked in a browser, dev server and static build).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The pictures of the docs pages, made from the demo page by `npm run screenshots`,
  // and the kick-off's captions file for its film stories.
  staticDirs: [
    { from: '../docs/screenshots', to: '/screenshots' },
    { from: '../test/fixtures/kickoff', to: '/kickoff' },
  ],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Storybook's web-components renderer imports lit/directive-helpers.js itself; pre-bundling it with
      // our Lit keeps one copy of lit-html on the dev server ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
