import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { connectFixture, openChild, spyConsole } from '../helpers.js';
import { centre, recordWarmUps, sdkLoaded, sessionRequests, settled } from './helpers.js';

/** Every warm-up frame of this page, from its start: there must be none. */
const warmUps = recordWarmUps();

describe('preload="none"', function () {
  this.timeout(10_000);

  it('an unknown preload value warns once and loads nothing', async () => {
    const console = spyConsole();
    await fixture(html`<pluggy-connect preload="eager"></pluggy-connect>`);
    await settled();
    console.restore();
    expect(console.calls.map((call) => call.text)).to.deep.equal(['<pluggy-connect>: preload="eager" is not intent, idle or none']);
    expect(sdkLoaded()).to.equal(false);
  });

  it("holds when set as a property, as Vue, React 19, Preact and Svelte set a template's preload attribute", async () => {
    const element = await connectFixture();
    Object.assign(element, { preload: 'none' }); // what `<pluggy-connect preload="none">` in their templates does
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await sendMouse({ type: 'move', position: centre(element) });
    await settled();
    window.removeEventListener('error', onError);
    expect([errors, sdkLoaded(), element.getAttribute('preload')]).to.deep.equal([[], false, null]);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('never loads before show(), whatever the pointer, focus or a finger do', async () => {
    const element = await connectFixture('preload="none"');
    const trigger = element.shadowRoot!.querySelector('button')!;
    await sendMouse({ type: 'move', position: centre(element) });
    trigger.focus();
    await sendKeys({ press: 'Shift' });
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settled();
    expect([sdkLoaded(), sessionRequests()]).to.deep.equal([false, 0]);
    await openChild(element);
    await waitUntil(sdkLoaded);
    expect([sessionRequests(), warmUps.length]).to.deep.equal([1, 0]); // show() warms nothing up: its widget connects at once
    await element.close();
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

