// Key names and presses for sendKeys() that every browser's automation protocol knows.
import { sendKeys } from '@web/test-runner-commands';
import { IN_WEBKIT } from './browser.js';

/**
 * The space bar. Chromium (CDP) knows it as 'Space' or ' ', Firefox (WebDriver BiDi) only as ' ';
 * both send the same keydown (`key` ' ', `code` 'Space'), and so does WebKit (WebDriver) for ' '.
 */
export const SPACE = ' ';

/**
 * Shift+Tab. Puppeteer (Chromium, Firefox) holds Shift down around the Tab; WebKit's WebDriver
 * launcher has no separate down and up, and sends the chord 'Shift+Tab' instead (which Puppeteer
 * would not understand).
 */
export async function pressShiftTab(): Promise<void> {
  if (IN_WEBKIT) {
    await sendKeys({ press: 'Shift+Tab' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}
