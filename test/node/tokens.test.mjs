// The demo backend's tokens: emulator tokens offline, real ones through the official `pluggy-sdk`
// when Pluggy credentials are set, here against a stand-in for the Pluggy API on localhost
// (pluggy-sdk reads its address from PLUGGY_API_URL).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { createConnectToken, tokenSource } from '../../demo/server/tokens.mjs';

const requests = [];
let api;

before(async () => {
  api = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      requests.push({ path: request.url, apiKey: request.headers['x-api-key'], body: JSON.parse(body || '{}') });
      const exp = Math.floor(Date.now() / 1000) + 3600;
      const apiKey = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.x`;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(request.url === '/auth' ? { apiKey } : { accessToken: 'token-from-the-pluggy-api' }));
    });
  });
  await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
  process.env.PLUGGY_API_URL = `http://127.0.0.1:${api.address().port}`;
});

after(() => {
  api.close();
  delete process.env.PLUGGY_API_URL;
});

test('without Pluggy credentials, the demo mints emulator tokens carrying its webhook URL', async () => {
  const env = {};
  assert.equal(tokenSource(env), 'emulator');
  const { accessToken } = await createConnectToken({ origin: 'http://localhost:8000', env });
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
  assert.equal(claims.webhookUrl, 'http://localhost:8000/webhooks');
  assert.equal(requests.length, 0);
});

test('with Pluggy credentials, the demo asks the Pluggy API through pluggy-sdk', async () => {
  const env = { PLUGGY_CLIENT_ID: 'id', PLUGGY_CLIENT_SECRET: 'secret', PLUGGY_WEBHOOK_URL: 'https://example.com/hooks' };
  assert.equal(tokenSource(env), 'pluggy');
  const token = await createConnectToken({ itemId: 'item-1', origin: 'http://localhost:8000', env });
  assert.deepEqual(token, { accessToken: 'token-from-the-pluggy-api' });
  assert.deepEqual(
    requests.map(({ path }) => path),
    ['/auth', '/connect_token'],
  );
  assert.deepEqual(requests[0].body, { clientId: 'id', clientSecret: 'secret', nonExpiring: false });
  assert.deepEqual(requests[1].body, { itemId: 'item-1', options: { clientUserId: 'demo-user', webhookUrl: 'https://example.com/hooks' } });
  assert.ok(requests[1].apiKey);
});
