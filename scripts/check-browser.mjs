// Tells plainly, before any test starts, when a browser the tests need is not installed.
import { existsSync } from 'node:fs';

const browsers = [
  {
    name: 'Chromium',
    env: 'CHROME_PATH',
    path: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    pkg: 'chromium',
    other: 'another Chromium or Chrome binary',
  },
  {
    name: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    other: 'another Firefox binary',
  },
];

const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length > 0) {
  for (const b of missing) {
    console.error(`\nThe browser tests need ${b.name} at ${b.path}, and it is not there.`);
  }
  console.error(
    '\nOn Debian install it with:\n\n' +
      `    sudo apt-get update && sudo apt-get install -y ${missing.map((b) => b.pkg).join(' ')}\n\n` +
      `or point ${missing.map((b) => `${b.env} at ${b.other}`).join(', and ')}.\n`,
  );
  process.exit(1);
}
