// The emulator as the package ships it (dist/, through the package's exports), for an app's own
// end-to-end tests: tokens, and a static app any file server can serve.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { createServer } from 'node:http';
import { connectors, emulatorRoot, mintToken, readToken, sandboxCredentials, scenarios, tokenEndpoint } from 'pluggy-connect-element/emulator';

test('mintToken() makes a JWT-shaped token: three base64url parts, a JSON payload, a future exp', () => {
  const token = mintToken({ webhookUrl: 'https://example.com/hooks', clientUserId: 'user-1' });
  const parts = token.split('.');
  assert.equal(parts.length, 3);
  for (const part of parts) assert.match(part, /^[A-Za-z0-9_-]+$/);
  const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  assert.ok(payload.exp > Date.now() / 1000);
  assert.equal(payload.webhookUrl, 'https://example.com/hooks');
});

test('readToken() reads back what mintToken() put in, and refuses what is not a JWT', () => {
  assert.equal(readToken(mintToken({ clientUserId: 'user-1' }))?.clientUserId, 'user-1');
  assert.equal(readToken('not-a-token'), undefined);
});

test('tokenEndpoint() answers POST /api/connect-token with an emulator token, and passes anything else on', async (t) => {
  const endpoint = tokenEndpoint();
  const server = createServer((request, response) => endpoint(request, response, () => response.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/api/connect-token`;
  const answer = await fetch(url, { method: 'POST' });
  assert.equal(answer.headers.get('content-type'), 'application/json');
  assert.ok(readToken((await answer.json()).accessToken)?.exp);
  assert.deepEqual([(await fetch(url)).status, (await fetch(`${url}s`, { method: 'POST' })).status], [404, 404]);
});

test('emulatorRoot is a folder a static server can serve: a page and one self-contained module', async () => {
  const page = await readFile(new URL('index.html', emulatorRoot), 'utf8');
  assert.match(page, /<script type="module" src=".\/emulator.js">/);
  const module = await readFile(new URL('emulator.js', emulatorRoot), 'utf8');
  assert.doesNotMatch(module, /^\s*import\s|\bimport\(\s*['"][^./]/m);
});

test('the catalogue, sandbox credentials and scenarios are exported for tests to use', () => {
  assert.ok(connectors.some((connector) => connector.isSandbox && connector.name === 'Pluggy Bank'));
  assert.deepEqual(
    sandboxCredentials.map(({ outcome }) => outcome),
    ['success', 'invalid-credentials', 'mfa', 'authorization-pending'],
  );
  assert.deepEqual([...scenarios], ['success', 'error', 'mfa', 'pending', 'hide', 'close', 'oauth-success', 'oauth-denied', 'oauth-closed', 'oauth-blocked']);
});
