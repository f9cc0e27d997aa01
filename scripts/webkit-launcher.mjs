// Web Test Runner's WebDriver launcher for WebKitGTK's MiniBrowser (scripts/webkit.mjs starts the
// display and the driver), with what the stock launcher lacks there: keys one at a time, key chords,
// and a viewport of a given size.
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { HEADED, startDisplay, startWebKitDriver, WEBKIT_CAPABILITIES } from './webkit.mjs';

/** The viewport every test file starts with, as Puppeteer gives Chromium and Firefox. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export class WebKitLauncher extends WebdriverLauncher {
  /**
   * One file at a time, in one window: with more, the launcher runs files in iframes of one page,
   * where sendKeys() cannot tell which frame it is for.
   */
  concurrency = 1;

  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  }

  async initialize(config, testFiles) {
    this.display = await startDisplay();
    this.driverProcess = await startWebKitDriver({ display: this.display.display });
    this.options.port = this.driverProcess.port;
    // The launcher picks one window per file from the configured concurrency, not from its own.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = HEADED ? 'WebKit (headed)' : 'WebKit';
  }

  async startSession(id, url) {
    await this.ensureManagerInitialized();
    this.sized ??= this.setViewport(DEFAULT_VIEWPORT);
    await this.sized;
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    await this.driverProcess?.stop();
    await this.display?.stop();
  }

  /**
   * WebDriver sends a list of keys as one chord (all down, then all up), so WebKit drops a repeated
   * key ('hello' arrives as 'helo') and types a press such as 'Shift+Tab' letter by letter. Here each
   * key goes on its own, and 'A+B' is the chord A and B.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) {
      await super.sendKeys(sessionId, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
    }
  }

  /**
   * Sizes the window so that the page's viewport is `width` × `height` CSS px (WebDriver sizes the
   * window, toolbar included), and waits until the page has the new size (it gets it a moment after
   * the window).
   */
  async setViewport({ width, height }) {
    const viewport = () => this.driver.execute('return [window.innerWidth, window.innerHeight]');
    let [innerWidth, innerHeight] = await viewport();
    if (innerWidth === width && innerHeight === height) return;
    const outer = await this.driver.getWindowRect();
    await this.driver.setWindowRect(null, null, outer.width + width - innerWidth, outer.height + height - innerHeight);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      [innerWidth, innerHeight] = await viewport();
      if (innerWidth === width && innerHeight === height) return;
      await sleep(20);
    }
    throw new Error(`WebKit's viewport is ${innerWidth}×${innerHeight}, not the ${width}×${height} asked for.`);
  }
}

/**
 * The command 'webkit-set-viewport' (test/support/browser.ts sends it in WebKit, where the stock
 * setViewport() has no WebDriver support).
 */
export function webkitViewportPlugin() {
  return {
    name: 'webkit-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'webkit-set-viewport') return undefined;
      if (!(session.browser instanceof WebKitLauncher)) {
        throw new Error(`webkit-set-viewport is for WebKit, not ${session.browser.name}.`);
      }
      await session.browser.setViewport(payload);
      return true;
    },
  };
}
