// `npx pluggy-connect-emulator`: the package's command, run as npm links it (the `bin` of the
// built package), as a child process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { bin } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const command = new URL(bin['pluggy-connect-emulator'], root).pathname;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs the command; resolves with its output so far once `until` matches it, or once it exits. */
function run(args, until = /$^/) {
  const child = spawn(process.execPath, [command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (until.test(stdout)) resolve();
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    void exited.then(resolve);
  });
  return ready.then(() => ({ child, exited, output: () => ({ stdout, stderr }) }));
}

test('serves the emulator at the root of http://127.0.0.1:<port>/, prints its connect-url, logs what the page reports, and stops on SIGTERM', async () => {
  const port = await freePort();
  const { child, exited, output } = await run(['--port', String(port)], /connect-url/);
  const url = `http://127.0.0.1:${port}`;
  assert.match(output().stdout, new RegExp(`connect-url="${url}"`));
  const page = await fetch(`${url}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<script type="module" src="\.\/emulator\.js">/);
  const module = await fetch(`${url}/emulator.js`);
  assert.match(module.headers.get('content-type'), /javascript/);
  assert.equal((await fetch(`${url}/log`, { method: 'POST', body: 'session: 2 connectors listed' })).status, 204);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.match(output().stdout, /\d\d:\d\d:\d\d session: 2 connectors listed/);
  child.kill('SIGTERM');
  assert.deepEqual(await exited, { code: 0, signal: null });
});

test('a port in use is a clear error and exit code 1', async () => {
  const taken = await freePort();
  const first = await run(['--port', String(taken)], /connect-url/);
  const second = await run(['--port', String(taken)]);
  assert.equal((await second.exited).code, 1);
  assert.match(second.output().stderr, new RegExp(`port ${taken} on 127.0.0.1 is in use`));
  first.child.kill('SIGINT');
  assert.equal((await first.exited).code, 0);
});

test('a bad flag prints the usage and exits with code 2', async () => {
  for (const args of [['--prot', '4010'], ['--port', 'many']]) {
    const { exited, output } = await run(args);
    assert.equal((await exited).code, 2, args.join(' '));
    assert.match(output().stderr, /Usage: pluggy-connect-emulator \[--port <port>\] \[--host <host>\]/);
  }
});
