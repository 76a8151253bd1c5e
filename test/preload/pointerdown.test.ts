import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl } from '../helpers.js';
import { sdkLoaded, sessionRequests, settled } from './helpers.js';

describe('loading on intent (the default): a finger or a pointer going down', () => {
  // Real input moves the pointer onto the element before it goes down (test/phone.test.ts taps
  // with a real touch); this checks that `pointerdown` alone starts the load too.
  it('a pointerdown on the trigger loads the widget code once', async () => {
    const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url=${connectUrl}></pluggy-connect>`);
    await settled();
    expect(sdkLoaded()).to.equal(false);
    element.shadowRoot!.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    await waitUntil(sdkLoaded, 'pointerdown did not load the SDK');
    expect([sessionRequests(), element.open]).to.deep.equal([1, false]);
  });
});
