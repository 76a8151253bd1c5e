// `npx pluggy-connect-emulator`: the package's command, run as npm links it (the `bin` of the
// built package), as a child process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { freePort } from '../../scripts/free-port.mjs';

const root = new URL('../', import.meta.url);
const { bin } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const command = new URL(bin['pluggy-connect-emulator'], root).pathname;

test('the command is a Node script', () => {
  assert.match(readFileSync(command, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

/**
 * Runs the command (killed when the test `t` ends, however it ends); resolves once its output
 * matches `until`, or once it exits. `printed(pattern)` resolves once the output matches `pattern`.
 */
function run(t, args, until = /$^/) {
  const child = spawn(process.execPath, [command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => child.kill());
  let stdout = '';
  let stderr = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const printed = (pattern) =>
    new Promise((resolve) => {
      const check = () => pattern.test(stdout) && resolve();
      child.stdout.on('data', check);
      check();
      void exited.then(resolve);
    });
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return printed(until).then(() => ({ child, exited, printed, output: () => ({ stdout, stderr }) }));
}

test('serves the emulator at the root of http://127.0.0.1:<port>/, prints its connect-url, logs what the page reports, and stops on SIGTERM', async (t) => {
  const port = await freePort();
  const { child, exited, printed, output } = await run(t, ['--port', String(port)], /connect-url/);
  const url = `http://127.0.0.1:${port}`;
  assert.match(output().stdout, new RegExp(`connect-url="${url}"`));
  const page = await fetch(`${url}/`);
  assert.equal(page.status, 200);
  const [, script] = (await page.text()).match(/<script type="module" src="\.\/(emulator\.[0-9a-f]+\.js)">/) ?? [];
  const module = await fetch(`${url}/${script}`);
  assert.match(module.headers.get('content-type'), /javascript/);
  assert.equal((await fetch(`${url}/log`, { method: 'POST', body: 'session: 2 connectors listed' })).status, 204);
  await printed(/session: 2 connectors listed/);
  assert.match(output().stdout, /\d\d:\d\d:\d\d session: 2 connectors listed/);
  child.kill('SIGTERM');
  assert.deepEqual(await exited, { code: 0, signal: null });
});

test('a port in use is a clear error and exit code 1', async (t) => {
  const taken = await freePort();
  const first = await run(t, ['--port', String(taken)], /connect-url/);
  const second = await run(t, ['--port', String(taken)]);
  assert.equal((await second.exited).code, 1);
  assert.match(second.output().stderr, new RegExp(`port ${taken} on 127.0.0.1 is in use`));
  first.child.kill('SIGINT');
  assert.equal((await first.exited).code, 0);
});

test('a bad flag prints the usage and exits with code 2', async (t) => {
  for (const args of [['--prot', '4010'], ['--port', 'many']]) {
    const { exited, output } = await run(t, args);
    assert.equal((await exited).code, 2, args.join(' '));
    assert.match(output().stderr, /Usage: pluggy-connect-emulator \[--port <port>\] \[--host <host>\]/);
  }
});
