import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl, openChild, token } from '../helpers.js';
import { cacheIcon, centre, iconRequests, recordWarmUps, sdkLoaded, sessionRequests, settled, type WarmUp } from './helpers.js';

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
    await cacheIcon(`${connectUrl}/favicon.ico`);
    const before = await iconRequests();
    await sendMouse({ type: 'move', position: centre(first) });
    expect(warmUps).to.have.length(1); // at once, while the code downloads
    const [{ frame, added }] = warmUps as [WarmUp];
    const { src, ...rest } = added;
    expect(src.startsWith(`${connectUrl}/favicon.ico?`), src).to.equal(true);
    expect(rest).to.deep.equal({ sandbox: '', parent: document.body, display: 'none', visible: false, focusable: false });
    // The cache has the icon: the warm-up reaches the server all the same (that is the connection).
    await waitUntil(async () => (await iconRequests()) > before, 'the warm-up did not reach the Connect app', { timeout: 5000 });
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
    expect(warmUps.map(({ added }) => added.src.split('?')[0])).to.deep.equal([`${connectUrl}/favicon.ico`, `${down}/favicon.ico`]);
    // No widget loads: its timeout (10 s) removes it.
    await waitUntil(() => !warmUps[1].frame.isConnected, 'the warm-up frame of a server that is down stays', { timeout: 12_000 });
  });

  it('a connect-url that is no http(s) URL warms nothing and throws nothing (show() reports it)', async () => {
    const warmed = warmUps.length;
    for (const url of ['javascript:void 0', 'data:text/html,x', 'ftp://example.com', 'connect.pluggy.ai']) {
      const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url=${url}></pluggy-connect>`);
      await sendMouse({ type: 'move', position: centre(element) });
      await element.prefetch();
      await sendMouse({ type: 'move', position: [0, 0] });
    }
    expect(warmUps.length).to.equal(warmed);
  });
});
