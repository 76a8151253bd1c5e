import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';

// A page of its own: the SDK loads at most once per page (see hover.test.ts).
describe('preload (idle)', () => {
  it('an empty preload attribute loads the SDK once the page is idle, without opening', async () => {
    expect('__PLUGGY_CONNECT_SDK_VERSION' in window).to.equal(false);
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect preload></pluggy-connect>`);
    expect(element.preload).to.equal('idle');
    await waitUntil(() => '__PLUGGY_CONNECT_SDK_VERSION' in window, 'idle preload did not load the SDK');
    expect(element.open).to.equal(false);
  });
});
