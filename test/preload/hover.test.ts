import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl, openChild, token } from '../helpers.js';
import { centre, recordWarmUps, requested, sdkLoaded, sessionRequests, settled, type WarmUp } from './helpers.js';

/** Every warm-up frame of this page, from its start. */
const warmUps = recordWarmUps();

describe('loading on intent (the default): the pointer', function () {
  this.timeout(20_000);
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('nothing loads before a person shows intent', async () => {
    await fixture(html`<pluggy-connect connect-url=${connectUrl}></pluggy-connect>`);
    await settled();
    expect([sdkLoaded(), sessionRequests(), warmUps.length]).to.deep.equal([false, 0, 0]);
  });

  it('the pointer entering the element loads the widget code once, and warms the connection to the Connect app once, with a frame no one sees, focuses or hears', async () => {
    const page = await fixture(html`<div>
      <pluggy-connect connect-url=${connectUrl}></pluggy-connect>
      <pluggy-connect connect-url=${`${connectUrl}/?scenario=success`}></pluggy-connect>
    </div>`);
    const [first, second] = [...page.querySelectorAll<PluggyConnectElement>('pluggy-connect')] as [PluggyConnectElement, PluggyConnectElement];
    await sendMouse({ type: 'move', position: centre(first) });
    expect(warmUps).to.have.length(1); // at once, while the code downloads
    const [{ frame, added }] = warmUps as [WarmUp];
    expect(added).to.deep.equal({ src: `${connectUrl}/favicon.ico`, sandbox: '', parent: document.body, display: 'none', visible: false, focusable: false });
    await waitUntil(() => requested(added.src), 'the warm-up frame did not load the icon', { timeout: 5000 });
    await waitUntil(sdkLoaded, 'the pointer entering did not load the SDK');
    expect(first.open).to.equal(false);
    // More intent, on this element and another one of the same Connect app: nothing loads again.
    const trigger = first.shadowRoot!.querySelector('button')!;
    trigger.focus();
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await sendMouse({ type: 'move', position: centre(second) });
    await sendKeys({ press: 'Tab' });
    await settled();
    expect([sessionRequests(), warmUps.length]).to.deep.equal([1, 1]);
    // The widget, once loaded, has the connection: the warm-up frame goes.
    expect(frame.isConnected, 'the warm-up frame went before the widget loaded').to.equal(true);
    first.connectToken = token;
    await openChild(first);
    expect(frame.isConnected, 'the warm-up frame stays after the widget loaded').to.equal(false);
    await first.close();
  });

  it("another Connect app origin gets a warm-up of its own, removed even when that origin's server is down", async () => {
    const down = await executeServerCommand<string, undefined>('down-url');
    const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url=${down}></pluggy-connect>`);
    await sendMouse({ type: 'move', position: centre(element) });
    expect(warmUps.map(({ added }) => added.src)).to.deep.equal([`${connectUrl}/favicon.ico`, `${down}/favicon.ico`]);
    // No widget loads: its timeout (10 s) removes it.
    await waitUntil(() => !warmUps[1].frame.isConnected, 'the warm-up frame of a server that is down stays', { timeout: 12_000 });
  });
});
