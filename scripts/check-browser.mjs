// Tells plainly, before any test starts, when the browser the tests need is not installed.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nThe browser tests need Chromium at ${path}, and it is not there.\n` +
      'On Debian or Ubuntu install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or point CHROME_PATH at another Chromium or Chrome binary.\n',
  );
  process.exit(1);
}
