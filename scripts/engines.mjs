// The three browser engines the browser tests run in (scripts/test-browsers.mjs, one after another):
// Chromium, Firefox and WebKit (Safari's engine, as WebKitGTK's MiniBrowser). How each is found,
// what to install when it is missing, and its launcher for @web/test-runner. Nothing here
// downloads a browser: each engine is the one installed on the machine.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { chromeArgs, chromeVersion, findChrome, installHint as chromeInstallHint } from './browser.mjs';
import { freePort } from './free-port.mjs';

export const engineNames = ['chromium', 'firefox', 'webkit'];

const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** Where Debian/Ubuntu (webkit2gtk-driver's dependency) and Fedora put WebKitGTK's MiniBrowser. */
const miniBrowserPaths = () => [
  ...['/usr/lib', '/usr/libexec'].flatMap((root) => {
    const dirs = [root, ...subdirs(root)];
    return dirs.flatMap((dir) => subdirs(dir).filter((name) => /\/webkit2?gtk-[\d.]+$/.test(name))).map((dir) => `${dir}/MiniBrowser`);
  }),
];
const webDriverPaths = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'];
const xvfbPaths = ['/usr/bin/Xvfb'];

function subdirs(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${dir}/${entry.name}`);
  } catch {
    return [];
  }
}

const firstExisting = (paths) => paths.find((path) => existsSync(path));

/** What to install for each engine, per system. */
export const installHints = {
  chromium: chromeInstallHint,
  firefox: `No Firefox found. Set FIREFOX_PATH to a Firefox executable, or install one:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  macOS:          brew install --cask firefox`,
  webkit: `No WebKit found: the tests drive WebKitGTK's MiniBrowser through WebKitWebDriver, under a display.
  Debian/Ubuntu:  sudo apt-get install -y webkit2gtk-driver xvfb
  Fedora:         sudo dnf install -y webkit2gtk4.1-devel xorg-x11-server-Xvfb
  (Set WEBKIT_WEBDRIVER and MINIBROWSER_PATH if they are elsewhere; Xvfb is needed when there is no DISPLAY.)`,
};

/**
 * Whether `engine` can run here: `{ ok: true, ...paths }`, or `{ ok: false, missing }` naming what
 * is not there. `env` as in scripts/browser.mjs (`CHROME_PATH`, `FIREFOX_PATH`, `WEBKIT_WEBDRIVER`,
 * `MINIBROWSER_PATH`).
 */
export function findEngine(engine, env = process.env) {
  if (engine === 'chromium') {
    try {
      return { ok: true, executablePath: findChrome(env) };
    } catch {
      return { ok: false, missing: 'Chrome or Chromium' };
    }
  }
  if (engine === 'firefox') {
    if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? { ok: true, executablePath: env.FIREFOX_PATH } : { ok: false, missing: `FIREFOX_PATH (${env.FIREFOX_PATH})` };
    const executablePath = firstExisting(firefoxPaths);
    return executablePath ? { ok: true, executablePath } : { ok: false, missing: 'Firefox' };
  }
  if (engine === 'webkit') {
    const webDriver = env.WEBKIT_WEBDRIVER || firstExisting(webDriverPaths);
    const miniBrowser = env.MINIBROWSER_PATH || firstExisting(miniBrowserPaths());
    const xvfb = firstExisting(xvfbPaths);
    const missing = [
      !(webDriver && existsSync(webDriver)) && 'WebKitWebDriver',
      !(miniBrowser && existsSync(miniBrowser)) && 'MiniBrowser',
      !env.DISPLAY && !xvfb && 'a display (DISPLAY, or Xvfb)',
    ].filter(Boolean);
    return missing.length ? { ok: false, missing: missing.join(', ') } : { ok: true, webDriver, miniBrowser, display: env.DISPLAY, xvfb };
  }
  throw new Error(`unknown engine ${engine}: one of ${engineNames.join(', ')}`);
}

/** The version the engine's binary reports, for the summary (WebKit's comes from its session). */
export function engineVersion(engine, found) {
  try {
    // Debian's Chromium adds " built on Debian …".
    if (engine === 'chromium' || engine === 'firefox') return chromeVersion(found.executablePath).replace(/ built on .*/, '');
  } catch {
    // the summary says "?"
  }
  return undefined;
}

/** Starts Xvfb on a display it picks itself (`-displayfd`); resolves with `{ display, stop }`. */
async function startXvfb(xvfb = firstExisting(xvfbPaths)) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { display, stop: () => child.kill() };
}

/**
 * WebKit for @web/test-runner: @web/test-runner-webdriver's launcher, which also starts
 * WebKitWebDriver on a free port (and Xvfb when there is no DISPLAY), and stops them at the end.
 * With the runner's concurrency at 1, each test file is the session's top-level page.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(found) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.found = found;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    const { webDriver, miniBrowser } = this.found;
    let display = this.found.display;
    if (!display) {
      this.xvfb = await startXvfb(this.found.xvfb);
      display = this.xvfb.display;
    }
    const port = await freePort();
    this.webDriverProcess = spawn(webDriver, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    await waitForPort(port);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        // WebDriver classic: webdriverio would ask for a BiDi socket, which WebKitGTK's driver refuses.
        'wdio:enforceWebDriverClassic': true,
      },
    };
    /** Where test-runner plugins send WebDriver commands of their own (test/server/emulator.mjs). */
    this.webDriverUrl = `http://127.0.0.1:${port}`;
    const manager = await super.createDriverManager();
    this.version = this.driver.capabilities.browserVersion;
    this.name = `WebKit ${this.version}`;
    this.windowRect = await this.driver.getWindowRect();
    return manager;
  }

  /**
   * Each test file starts in the window's first size: one window serves every file, and a file
   * that resized it (test/phone.test.ts) may have ended before it could size it back.
   */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    const { width, height } = this.windowRect;
    await this.driver.setWindowRect(null, null, width, height);
    return super.startSession(id, url);
  }

  /**
   * The runner's `sendKeys` (`press`, and `type` as one key after another). Not webdriverio's
   * `keys()`, which holds every key down before letting them go: a doubled letter is then typed
   * once ("pluggy" comes out "plugy").
   */
  sendKeys(sessionId, keys) {
    return this.#keyboard(keys.flatMap((key) => [keyAction('keyDown', key), keyAction('keyUp', key)]));
  }

  /** Holds `keys` down in order, then lets them go in reverse: `['Shift', 'Tab']` is Shift+Tab. */
  pressTogether(keys) {
    return this.#keyboard([...keys.map((key) => keyAction('keyDown', key)), ...[...keys].reverse().map((key) => keyAction('keyUp', key))]);
  }

  async #keyboard(actions) {
    await this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.driver.releaseActions();
  }

  async stop() {
    await super.stop();
    this.webDriverProcess?.kill();
    this.xvfb?.stop();
  }
}

/** WebDriver's code points for named keys (the WebDriver spec's keyboard table); any other key is its character. */
const webDriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const keyAction = (type, key) => ({ type, value: webDriverKeys[key] ?? key });

async function waitForPort(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** The @web/test-runner launcher for `engine`, found as `findEngine()` found it. */
export function launcherFor(engine, found) {
  if (engine === 'chromium') return chromeLauncher({ launchOptions: { executablePath: found.executablePath, headless: true, args: chromeArgs } });
  if (engine === 'firefox') {
    return chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: found.executablePath, headless: true },
    });
  }
  return new WebKitLauncher(found);
}
