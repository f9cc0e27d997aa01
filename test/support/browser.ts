// Which browser runs the test, and what WebKit (WebKitGTK's MiniBrowser, through WebDriver) needs
// done differently where its automation has no counterpart of a Web Test Runner command.
import { executeServerCommand, setViewport as setPuppeteerViewport } from '@web/test-runner-commands';

/** Safari's engine: its user agent names Safari's, and neither Chrome nor Firefox. */
export const IN_WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\/|Firefox\//.test(navigator.userAgent);

/**
 * Sets the viewport to `width` × `height` CSS px in every browser. Web Test Runner's setViewport()
 * works through Puppeteer only; WebKit's launcher (scripts/webkit-launcher.mjs) sizes its window.
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  if (IN_WEBKIT) await executeServerCommand('webkit-set-viewport', viewport);
  else await setPuppeteerViewport(viewport);
}
