// The emulator as the package ships it (dist/, through the package's exports), for an app's own
// end-to-end tests: tokens, and a static app any file server can serve.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { connectors, emulatorRoot, mintToken, readToken, sandboxCredentials, scenarios, tokenEndpoint } from 'pluggy-connect-emulator';

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

test('the tarball holds the built emulator: the command, the Node modules with their types, the static app; no sources', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL('../', import.meta.url), encoding: 'utf8' }));
  const paths = files.map((file) => file.path);
  for (const path of ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/server.js', 'dist/playwright.js', 'dist/playwright.d.ts', 'dist/app/index.html', 'dist/app/emulator.js']) assert.ok(paths.includes(path), `${path} is missing`);
  assert.deepEqual(paths.filter((path) => !path.startsWith('dist/') && !['package.json', 'README.md'].includes(path)), []);
});

test("the Playwright helpers take Playwright's types only: the module loads without it", async () => {
  const module = await readFile(new URL('../dist/playwright.js', import.meta.url), 'utf8');
  assert.doesNotMatch(module, /@playwright|from ['"]playwright/);
  const types = await readFile(new URL('../dist/playwright.d.ts', import.meta.url), 'utf8');
  assert.match(types, /^import type \{ FrameLocator, Page \} from '@playwright\/test';$/m);
  const helpers = await import('pluggy-connect-emulator/playwright');
  assert.deepEqual(Object.keys(helpers).sort(), ['answerAtBank', 'connectSandbox', 'consentAtBank', 'openBank', 'pluggyWidget', 'sentWebhooks']);
});
