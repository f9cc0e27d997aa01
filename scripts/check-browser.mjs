// Tells plainly, before any test starts, when a browser the tests need is not installed.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HEADED, MINIBROWSER, WEBKIT_DRIVER, XVFB } from './webkit.mjs';

/**
 * Whether Mesa's software renderer is there, which WebKitGTK needs to draw on a display without a GPU
 * (as Xvfb's): in Debian's multiarch folders, or in LIBGL_DRIVERS_PATH.
 */
function hasMesaSoftwareRenderer() {
  const dirs = process.env.LIBGL_DRIVERS_PATH?.split(':') ?? ['/usr/lib/dri', '/usr/lib64/dri'];
  if (!process.env.LIBGL_DRIVERS_PATH) {
    try {
      for (const dir of readdirSync('/usr/lib')) dirs.push(path.join('/usr/lib', dir, 'dri'));
    } catch {
      // no /usr/lib to read
    }
  }
  return dirs.some((dir) => existsSync(path.join(dir, 'swrast_dri.so')));
}

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
  {
    name: "WebKitGTK's WebDriver (WebKitWebDriver)",
    env: 'WEBKIT_DRIVER_PATH',
    path: WEBKIT_DRIVER,
    pkg: 'webkit2gtk-driver',
    other: 'another WebKitWebDriver binary',
  },
  {
    name: "WebKitGTK's MiniBrowser",
    env: 'MINIBROWSER_PATH',
    path: MINIBROWSER,
    pkg: 'webkit2gtk-driver',
    other: 'another MiniBrowser binary',
  },
];
// MiniBrowser needs an X display: the tests start an Xvfb of their own (unless WEBKIT_HEADED=1).
if (!HEADED) {
  browsers.push({ name: 'Xvfb (an X display for MiniBrowser)', env: 'XVFB_PATH', path: XVFB, pkg: 'xvfb', other: 'another Xvfb binary' });
}

const missing = browsers.filter((b) => !existsSync(b.path));
const noMesa = !hasMesaSoftwareRenderer();
if (missing.length > 0 || noMesa) {
  for (const b of missing) {
    console.error(`\nThe browser tests need ${b.name} at ${b.path}, and it is not there.`);
  }
  if (noMesa) {
    console.error("\nThe browser tests need Mesa's software renderer (swrast_dri.so) for WebKitGTK, and it is not there.");
  }
  const packages = [...new Set([...missing.map((b) => b.pkg), ...(noMesa ? ['libgl1-mesa-dri'] : [])])];
  console.error(
    '\nOn Debian install it with:\n\n' +
      `    sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
      (missing.length > 0 ? `\nor point ${missing.map((b) => `${b.env} at ${b.other}`).join(', and ')}.\n` : ''),
  );
  process.exit(1);
}
