// The Chrome or Chromium that the browser tests, the benchmark, the screenshots and the consumers
// suite drive: one lookup for all of them, so a contributor's machine works like CI.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import chromeLauncher from 'chrome-launcher';

/** Where Debian/Ubuntu install Chromium and Google Chrome; tried after CHROME_PATH. */
export const knownPaths = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

/** The flags every launch uses: headless, and quiet on a machine with no network but localhost. */
export const chromeArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHint = `No Chrome or Chromium found. Set CHROME_PATH to a Chrome/Chromium executable, or install one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome from google.com/chrome)
  Windows:        winget install Google.Chrome   (or install it from google.com/chrome)`;

/**
 * `CHROME_PATH` if set, else the first of `paths` that exists, else the Chrome that chrome-launcher
 * (the test runner's own detection) finds installed. `BROWSER_PATHS` (a `:`-separated list) replaces
 * both the list and the detection: tests use it to simulate a machine without a browser.
 * Throws with `installHint` when there is none.
 */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH is ${env.CHROME_PATH}, which does not exist.\n${installHint}`);
    return env.CHROME_PATH;
  }
  const paths = env.BROWSER_PATHS === undefined ? knownPaths : env.BROWSER_PATHS.split(':').filter(Boolean);
  const found = paths.find((path) => existsSync(path)) ?? (env.BROWSER_PATHS === undefined ? detected() : undefined);
  if (!found) throw new Error(installHint);
  return found;
}

function detected() {
  try {
    return chromeLauncher.Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

/** `findChrome()` for a command-line script: prints the hint and exits 1 instead of throwing. */
export function chromeOrExit(env = process.env) {
  try {
    return findChrome(env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** What `chrome --version` prints (e.g. `Chromium 156.0.8078.108 …`); the path may hold spaces. */
export function chromeVersion(path) {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}
