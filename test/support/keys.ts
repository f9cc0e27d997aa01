// Key names for sendKeys() that both browsers' automation protocols know.

/**
 * The space bar. Chromium (CDP) knows it as 'Space' or ' ', Firefox (WebDriver BiDi) only as ' ';
 * both send the same keydown (`key` ' ', `code` 'Space').
 */
export const SPACE = ' ';
