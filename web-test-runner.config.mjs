import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME, CHROME_ARGS } from './scripts/chromium.mjs';
import { WebKitLauncher, webkitViewportPlugin } from './scripts/webkit-launcher.mjs';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * A page in a browser context of its own. The launcher keeps a page when its test file ends and runs a
 * later file in it (after about:blank, so every file starts in a fresh document); the pages that run
 * side by side are in different contexts, so none of them is a hidden second tab.
 */
const pageInOwnContext = async ({ browser }) => (await browser.createBrowserContext()).newPage();

/**
 * Browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (Safari's engine), in one run; tests
 * import TypeScript directly and use Lit's development build.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), webkitViewportPlugin()],
  browsers: [
    chromeLauncher({
      // A second page in a shared context counts as hidden (no animation frames), which stalls
      // rendering when two files run side by side.
      createPage: pageInOwnContext,
      launchOptions: {
        executablePath: CHROME,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
    // Firefox through WebDriver BiDi (Puppeteer), no driver binary needed.
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: pageInOwnContext,
      // One file at a time: Firefox gives key presses only to the page that has focus, and only one
      // page has it, so a second page side by side would lose its sendKeys() presses (and, as a second
      // tab, it would be hidden).
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
    // WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb display of its own; one file at a
    // time (scripts/webkit-launcher.mjs).
    new WebKitLauncher(),
  ],
  // Chromium's pages side by side; Firefox and WebKit run their one page each at the same time.
  concurrency: 2,
  // Generous for a loaded 2-core CI machine; a test that needs longer is waiting for the wrong thing.
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
