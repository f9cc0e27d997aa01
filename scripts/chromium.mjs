// Debian's Chromium as every test, check and benchmark here starts it. No tool downloads a browser:
// CHROME_PATH names another Chromium or Chrome.
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * `--no-sandbox` because tests may run as root (in CI); no GPU and no shared-memory file system in
 * containers; and no background connections, which a closed network would refuse at every start.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
