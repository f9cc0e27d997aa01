// Debian's WebKitGTK (Safari's engine) as the tests start it: MiniBrowser driven by WebKitWebDriver,
// on an X display of its own (Xvfb), as Chromium and Firefox run headless. Every process started
// here runs in a process group of its own and is ended when the tests end, also when they fail or
// are interrupted. No tool downloads a browser: WEBKIT_DRIVER_PATH, MINIBROWSER_PATH and XVFB_PATH
// name other binaries; WEBKIT_HEADED=1 shows MiniBrowser on the shell's DISPLAY instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? findMiniBrowser();

/** Debian installs MiniBrowser (package webkit2gtk-driver) under the architecture's library folder. */
function findMiniBrowser() {
  const fallback = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  try {
    for (const dir of readdirSync('/usr/lib')) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const candidate = path.join('/usr/lib', dir, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  } catch {
    // no /usr/lib to read: report the usual place
  }
  return fallback;
}

/** The process groups and temporary folders made here, ended and removed on exit (also after a failure or an interrupt). */
const started = new Set();
const folders = new Set();

function endGroup(child) {
  started.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function removeFolder(dir) {
  folders.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

function endAll() {
  for (const child of [...started]) endGroup(child);
  for (const dir of [...folders]) removeFolder(dir);
}

let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', endAll);
  // Node ends on these signals without running 'exit' handlers: end the children, then end the usual way.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      endAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Starts `command` in a process group of its own, ended with the tests. */
function startGroup(command, args, options) {
  hookExit();
  const child = spawn(command, args, { ...options, detached: true });
  started.add(child);
  child.once('exit', () => started.delete(child));
  // A detached child must not keep Node alive by itself.
  child.unref();
  return child;
}

/**
 * Keeps the last few KB a child (and what it starts: MiniBrowser writes to the driver's stderr) writes
 * to `stream`, for an error message. The stream is read to its end, as a closed pipe would end the
 * writer, and does not keep Node alive.
 */
function keepTail(stream) {
  const tail = { text: '' };
  stream.setEncoding('utf8');
  stream.on('data', (d) => (tail.text = (tail.text + d).slice(-4000)));
  stream.unref?.();
  return tail;
}

/** Waits for `child` to exit, at most `ms`; true when it did. */
function exited(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopGroup(child) {
  if (!child) return;
  endGroup(child);
  if (!(await exited(child, 3000))) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Whether MiniBrowser shows on the shell's display (WEBKIT_HEADED=1 and a DISPLAY) rather than on an Xvfb. */
export const HEADED = process.env.WEBKIT_HEADED === '1' && Boolean(process.env.DISPLAY);

/**
 * An X display for MiniBrowser (it needs one, and has no headless mode): a fresh Xvfb that picks a
 * free display number itself, or with WEBKIT_HEADED=1 the shell's DISPLAY.
 * @returns {Promise<{ display: string, stop(): Promise<void> }>}
 */
export async function startDisplay() {
  if (HEADED) return { display: process.env.DISPLAY, stop: async () => {} };
  const xvfb = startGroup(XVFB, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stderr = keepTail(xvfb.stderr);
  // Xvfb writes the display number it took to file descriptor 3, once.
  const displayfd = keepTail(xvfb.stdio[3]);
  await new Promise((resolve, reject) => {
    xvfb.stdio[3].on('data', () => displayfd.text.includes('\n') && resolve());
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it had a display:\n${stderr.text}`)));
  });
  return { display: `:${displayfd.text.trim()}`, stop: () => stopGroup(xvfb) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for a 320 CSS px viewport
 * (WCAG 1.4.10). A GTK user style sheet lets its buttons and address field shrink; it styles the
 * browser's own controls only, not the page (WebKit draws form controls itself).
 */
const GTK_CSS = 'button, entry, button *, entry * { min-width: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

/** A temporary XDG_CONFIG_HOME holding that style sheet; returns it and its removal. */
function gtkConfig() {
  hookExit();
  const dir = mkdtempSync(path.join(tmpdir(), 'otd-webkit-'));
  folders.add(dir);
  mkdirSync(path.join(dir, 'gtk-3.0'));
  writeFileSync(path.join(dir, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  return { dir, remove: () => removeFolder(dir) };
}

/**
 * WebKitWebDriver on a free loopback port, ready for a session (one driver serves one session).
 * @param {{ display: string }} options
 * @returns {Promise<{ port: number, stop(): Promise<void> }>}
 */
export async function startWebKitDriver({ display }) {
  const config = gtkConfig();
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const driver = startGroup(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config.dir },
    });
    const stderr = keepTail(driver.stderr);
    let gone = false;
    driver.once('exit', () => (gone = true));
    driver.once('error', (e) => {
      gone = true;
      stderr.text += e.message;
    });
    const deadline = Date.now() + 15_000;
    while (!gone && Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok && (await res.json()).value?.ready) {
          return {
            port,
            async stop() {
              await stopGroup(driver);
              config.remove();
            },
          };
        }
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    await stopGroup(driver);
    // Another process may have taken the port between freePort() and the driver's start.
    if (attempt >= 3) {
      config.remove();
      throw new Error(`WebKitWebDriver did not start on port ${port}:\n${stderr.text}`);
    }
  }
}

/**
 * WebDriver capabilities for MiniBrowser. WebDriver classic: WebKitGTK refuses the BiDi session that
 * webdriverio asks for by default.
 */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};
