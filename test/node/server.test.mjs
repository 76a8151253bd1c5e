// The package on a server (Node, no DOM): importable, and clear about what needs a browser.
// Runs against the build (dist/), as an app's server-side render would import it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('importing the package writes nothing to the global scope the SDK would need', async () => {
  const { PluggyConnectElement } = await import('pluggy-connect-element');
  assert.equal(typeof PluggyConnectElement, 'function');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(globalThis.__PLUGGY_CONNECT_SDK_VERSION, undefined);
});

test('show() on the server rejects with a clear error instead of loading the SDK', async () => {
  const { PluggyConnectElement } = await import('pluggy-connect-element');
  const element = new PluggyConnectElement();
  await assert.rejects(element.show(), /show\(\) needs a browser/);
  assert.equal(globalThis.__PLUGGY_CONNECT_SDK_VERSION, undefined);
});
