// Finding the browser: the one lookup the browser tests, the benchmark and the screenshots share.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chromeVersion, findChrome, installHint, knownPaths } from '../../scripts/browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const installed = knownPaths.find((candidate) => {
  try {
    return findChrome({ BROWSER_PATHS: candidate }) === candidate;
  } catch {
    return false;
  }
});

test('CHROME_PATH wins, and a CHROME_PATH that does not exist is an error that names it', () => {
  assert.equal(findChrome({ CHROME_PATH: process.execPath }), process.execPath);
  assert.throws(() => findChrome({ CHROME_PATH: '/nowhere/chrome' }), /CHROME_PATH is \/nowhere\/chrome, which does not exist/);
});

test('without CHROME_PATH, the first known path that exists', () => {
  assert.equal(findChrome({ BROWSER_PATHS: `/nowhere/chromium:${process.execPath}` }), process.execPath);
});

test('with no browser anywhere, the message says how to install one on each system', () => {
  assert.throws(() => findChrome({ BROWSER_PATHS: '/nowhere/chromium' }), (error) => error.message === installHint);
  for (const system of ['CHROME_PATH', 'Debian/Ubuntu', 'apt-get install -y chromium', 'macOS', 'Windows']) assert.ok(installHint.includes(system), system);
});

test('npm test without a browser: the browser tests print the message and exit non-zero', () => {
  const run = spawnSync(process.execPath, ['node_modules/.bin/web-test-runner'], {
    cwd: root,
    env: { ...process.env, CHROME_PATH: '', BROWSER_PATHS: '/nowhere/chromium' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.notEqual(run.status, 0);
  assert.ok(run.stderr.includes(installHint), run.stderr);
});

test('a browser path with a space in it works', { skip: installed ? false : 'no Chromium at a known path' }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'a browser '));
  try {
    const link = path.join(dir, 'chrome with space');
    symlinkSync(installed, link);
    assert.equal(findChrome({ CHROME_PATH: link }), link);
    assert.match(chromeVersion(link), /\d+\.\d+\.\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
