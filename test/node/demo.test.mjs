// `npm start`: the demo servers start, serve the page, the emulator and the backend, and stop
// cleanly on Ctrl+C. Runs the script `npm start` runs, as a child process, like a user would.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../../scripts/free-port.mjs';

const root = new URL('../../', import.meta.url);

function decodePayload(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('npm start', () => {
  let demo;
  let page;
  let emulator;
  let exited;

  before(async () => {
    const { scripts } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
    assert.equal(scripts.start, 'node scripts/start.mjs');
    demo = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: String(await freePort()), PLUGGY_CLIENT_ID: '', PLUGGY_CLIENT_SECRET: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    exited = new Promise((resolve) => demo.on('exit', (code, signal) => resolve({ code, signal })));
    let output = '';
    [, page, emulator] = await new Promise((resolve, reject) => {
      demo.stdout.on('data', (chunk) => {
        output += chunk;
        const printed = output.match(/Demo: (\S+) .*Connect emulator: ([^;\s]+)/);
        if (printed) resolve(printed);
      });
      demo.on('exit', () => reject(new Error(`npm start exited before printing its URL:\n${output}`)));
    });
  });

  after(() => {
    if (demo.exitCode === null && demo.signalCode === null) demo.kill('SIGKILL');
  });

  test('prints the URL of the demo page, which serves the playground', async () => {
    const response = await fetch(page);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<pluggy-connect id="connect">/);
  });

  test('sends / to the playground', async () => {
    const response = await fetch(new URL('/', page), { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(new URL(response.headers.get('location'), page).href, page);
  });

  test('serves the Connect emulator at the root of its own origin', async () => {
    assert.equal(new URL(emulator).origin, emulator);
    const html = await fetch(emulator).then((response) => response.text());
    assert.match(html, /<script type="module" src=".\/emulator.js">/);
    const module = await fetch(`${emulator}/emulator.js`);
    assert.equal(module.status, 200);
    assert.match(module.headers.get('content-type'), /javascript/);
  });

  test('tells the page where the emulator is and which tokens it mints', async () => {
    const config = await fetch(new URL('/api/demo', page)).then((response) => response.json());
    assert.deepEqual(config, { emulatorUrl: emulator, tokens: 'emulator' });
  });

  test('answers a POST to /api/connect-token with an emulator token that sends webhooks back to it', async () => {
    const response = await fetch(new URL('/api/connect-token', page), { method: 'POST' });
    const { accessToken } = await response.json();
    const claims = decodePayload(accessToken);
    assert.equal(claims.webhookUrl, new URL('/webhooks', page).href);
    assert.ok(claims.exp > Date.now() / 1000);
  });

  test('receives webhooks at /webhooks, from another origin, and lists them', async () => {
    const preflight = await fetch(new URL('/webhooks', page), { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    const body = { event: 'item/created', eventId: 'e-1', id: 'i-1', itemId: 'i-1', triggeredBy: 'USER', clientUserId: null };
    const post = await fetch(new URL('/webhooks', page), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(post.status, 204);
    const received = await fetch(new URL('/api/webhooks', page)).then((response) => response.json());
    assert.deepEqual(received.at(-1).body, body);
  });

  test('stops on Ctrl+C (SIGINT) with exit code 0, freeing its ports', async () => {
    demo.kill('SIGINT');
    assert.deepEqual(await exited, { code: 0, signal: null });
    await assert.rejects(fetch(page));
    await assert.rejects(fetch(emulator));
  });
});
