import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl } from '../helpers.js';
import { centre, sdkLoaded, sessionRequests, settled } from './helpers.js';

const preconnects = (origin: string) => document.head.querySelectorAll(`link[rel="preconnect"][href="${origin}"]`);

describe('loading on intent (the default): the pointer', function () {
  this.timeout(10_000);

  it('nothing loads before a person shows intent', async () => {
    await fixture(html`<pluggy-connect connect-url=${connectUrl}></pluggy-connect>`);
    await settled();
    expect([sdkLoaded(), sessionRequests(), preconnects(connectUrl).length]).to.deep.equal([false, 0, 0]);
  });

  it('the pointer entering the element loads the widget code once, and preconnects to the Connect app once', async () => {
    const page = await fixture(html`<div>
      <pluggy-connect connect-url=${connectUrl} csp-nonce="n0nce"></pluggy-connect>
      <pluggy-connect connect-url=${`${connectUrl}/?scenario=success`}></pluggy-connect>
    </div>`);
    const [first, second] = [...page.querySelectorAll<PluggyConnectElement>('pluggy-connect')] as [PluggyConnectElement, PluggyConnectElement];
    await sendMouse({ type: 'move', position: centre(first) });
    await waitUntil(sdkLoaded, 'the pointer entering did not load the SDK');
    expect(first.open).to.equal(false);
    // More intent, on this element and another one of the same Connect app: nothing loads again.
    const trigger = first.shadowRoot!.querySelector('button')!;
    trigger.focus();
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await sendMouse({ type: 'move', position: centre(second) });
    await sendKeys({ press: 'Tab' });
    await settled();
    expect(sessionRequests()).to.equal(1);
    const [link, ...more] = preconnects(connectUrl);
    expect(more).to.have.length(0);
    expect((link as HTMLLinkElement).nonce).to.equal('n0nce');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('another Connect app origin gets its own preconnection', async () => {
    const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url="https://connect.example"></pluggy-connect>`);
    await sendMouse({ type: 'move', position: centre(element) });
    await waitUntil(() => preconnects('https://connect.example').length === 1, 'no preconnection to the other origin');
    expect(preconnects(connectUrl)).to.have.length(1);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
