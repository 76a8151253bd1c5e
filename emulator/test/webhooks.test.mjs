// The server's journal of the webhooks the emulator's page sent (`/webhooks`), which an app's tests
// read (`sentWebhooks()` of the Playwright helpers; `cy.request()` in Cypress).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serveEmulator } from 'pluggy-connect-emulator/server';
import { sentWebhooks } from 'pluggy-connect-emulator/playwright';

const webhook = (event, itemId) => ({ event, eventId: `${event}-${itemId}`, id: itemId, itemId, triggeredBy: 'USER', clientUserId: null, deliveredTo: null });

test('GET /webhooks answers what the page reported, oldest first; ?item= one item\'s', async (t) => {
  const emulator = await serveEmulator({ port: 0 });
  t.after(() => emulator.close());
  const report = (body) => fetch(`${emulator.url}/webhooks`, { method: 'POST', body: JSON.stringify(body) });
  assert.deepEqual(await (await fetch(`${emulator.url}/webhooks`)).json(), []);
  for (const body of [webhook('item/login_succeeded', 'a'), webhook('item/login_succeeded', 'b'), webhook('item/created', 'a')]) {
    assert.equal((await report(body)).status, 204);
  }
  const all = await (await fetch(`${emulator.url}/webhooks`)).json();
  assert.deepEqual(all.map(({ event, itemId }) => `${itemId} ${event}`), ['a item/login_succeeded', 'b item/login_succeeded', 'a item/created']);
  const forA = await sentWebhooks({ url: emulator.url, itemId: 'a' });
  assert.deepEqual(forA, [webhook('item/login_succeeded', 'a'), webhook('item/created', 'a')]);
  assert.equal((await report({ event: 'item/created' })).status, 400);
  assert.equal((await fetch(`${emulator.url}/webhooks`, { method: 'POST', body: '{not json' })).status, 400);
  assert.equal((await fetch(`${emulator.url}/webhooks`, { method: 'DELETE' })).status, 405);
  assert.equal((await (await fetch(`${emulator.url}/webhooks`)).json()).length, 3);
});

test('sentWebhooks() waits for `count`, and after its timeout rejects saying what there was', async (t) => {
  const emulator = await serveEmulator({ port: 0 });
  t.after(() => emulator.close());
  setTimeout(() => void fetch(`${emulator.url}/webhooks`, { method: 'POST', body: JSON.stringify(webhook('item/created', 'c')) }), 300);
  assert.deepEqual((await sentWebhooks({ url: emulator.url, itemId: 'c', count: 1, timeout: 3000 })).map(({ event }) => event), ['item/created']);
  await assert.rejects(sentWebhooks({ url: emulator.url, itemId: 'c', count: 2, timeout: 200 }), {
    message: `1 of 2 webhooks for item c at ${emulator.url} after 200 ms: item/created`,
  });
});
