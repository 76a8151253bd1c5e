// The engines the browser tests run in (scripts/engines.mjs), and what `npm run test:browser`
// (scripts/test-browsers.mjs) does when one is not installed: a loud notice on a contributor's
// machine, an error in CI (REQUIRE_ALL_ENGINES=1).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { findEngine, installHints } from '../../scripts/engines.mjs';

const root = new URL('../../', import.meta.url).pathname;
/** A machine with none of the three engines. */
const nothing = { CHROME_PATH: '', BROWSER_PATHS: '/nowhere/chromium', FIREFOX_PATH: '/nowhere/firefox', WEBKIT_WEBDRIVER: '/nowhere/WebKitWebDriver', MINIBROWSER_PATH: '/nowhere/MiniBrowser' };

function testBrowsers(args, env) {
  return spawnSync(process.execPath, ['scripts/test-browsers.mjs', ...args], { cwd: root, env: { ...process.env, REQUIRE_ALL_ENGINES: '', ...env }, encoding: 'utf8', timeout: 120_000 });
}

test('a path set in the environment that does not exist is what is missing', () => {
  assert.deepEqual(findEngine('firefox', nothing), { ok: false, missing: 'FIREFOX_PATH (/nowhere/firefox)' });
  assert.equal(findEngine('webkit', nothing).ok, false);
  assert.match(findEngine('webkit', nothing).missing, /WebKitWebDriver, MiniBrowser/);
  assert.deepEqual(findEngine('firefox', { FIREFOX_PATH: process.execPath }), { ok: true, executablePath: process.execPath });
});

test('each engine says what to install on Debian/Ubuntu', () => {
  assert.match(installHints.chromium, /apt-get install -y chromium/);
  assert.match(installHints.firefox, /apt-get install -y firefox-esr/);
  assert.match(installHints.webkit, /apt-get install -y webkit2gtk-driver xvfb/);
});

test('with no engine installed, each is skipped with a loud notice, and the run fails: it tested nothing', () => {
  const run = testBrowsers([], nothing);
  assert.equal(run.status, 1);
  for (const [engine, name] of [['chromium', 'Chromium'], ['firefox', 'Firefox'], ['webkit', 'WebKit']]) {
    assert.ok(run.stderr.includes(`SKIPPED: the browser tests did NOT run in ${name}`), run.stderr);
    assert.ok(run.stderr.includes(installHints[engine].split('\n')[1]), engine);
  }
  assert.match(run.stderr, /ran in no engine/);
});

test('in CI (REQUIRE_ALL_ENGINES=1), a missing engine is an error', () => {
  const run = testBrowsers(['firefox'], { ...nothing, REQUIRE_ALL_ENGINES: '1' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /ERROR: the browser tests did NOT run in Firefox: FIREFOX_PATH \(\/nowhere\/firefox\) not found/);
  assert.match(run.stderr, /REQUIRE_ALL_ENGINES=1 \(CI\) requires every engine/);
});

const chromium = findEngine('chromium');
test('an engine that is missing is skipped, and the others run: the run passes, with the notice repeated at the end', { skip: chromium.ok ? false : 'no Chromium here' }, () => {
  const run = testBrowsers(['chromium', 'firefox', 'test/define.test.ts'], { FIREFOX_PATH: '/nowhere/firefox' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /Chromium +\S.* +3 +0 +0 +\dm\d\ds/);
  assert.match(run.stdout, /Firefox +NOT RUN: FIREFOX_PATH \(\/nowhere\/firefox\) not found/);
  assert.equal(run.stderr.split('SKIPPED: the browser tests did NOT run in Firefox').length - 1, 2, 'the notice, before and after');
});
