import { expect, oneEvent } from '@open-wc/testing';
import type { PluggyConnectElement } from '../src/index.js';
import { call, connectUrl, recordEvents, token, type Step } from './helpers.js';

type Page = Window & typeof globalThis & { trustedTypes: { defaultPolicy: unknown } };

/**
 * Opens `test/csp/index.html?trusted-types` in a frame: the documented policy with Trusted Types
 * enforced (see test/server/csp.mjs). Records every violation, in the page and in the frames
 * that load in it (zoid's `about:blank` frames have the page's policy and report in their own
 * document).
 */
async function trustedTypesPage() {
  const frame = document.createElement('iframe');
  frame.src = '/test/csp/index.html?trusted-types';
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  await oneEvent(frame, 'load');
  const page = frame.contentWindow as Page;
  const violations: string[] = [];
  const record = (doc: Document) => {
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
  };
  record(page.document);
  // A capture listener on the document sees each frame's `load` before the widget's code does.
  page.document.addEventListener('load', ({ target }) => {
    const doc = target instanceof page.HTMLIFrameElement && target.contentDocument;
    if (doc) record(doc);
  }, true);
  await page.customElements.whenDefined('pluggy-connect');
  const element = page.document.querySelector('pluggy-connect') as PluggyConnectElement;
  element.connectToken = token;
  element.connectUrl = connectUrl;
  return { frame, page, element, violations };
}

/** The next message from the Connect double of type `type`: the double reports to the page in the frame. */
function fromDouble(page: Window, type: string) {
  return new Promise<MessageEvent<{ config?: Record<string, unknown> }>>((resolve) => {
    const listener = (event: MessageEvent<{ from?: string; type?: string }>) => {
      if (event.data.from !== 'connect-double' || event.data.type !== type) return;
      page.removeEventListener('message', listener);
      resolve(event as MessageEvent<{ config?: Record<string, unknown> }>);
    };
    page.addEventListener('message', listener);
  });
}

describe('Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe[src^="/test/csp/"]').forEach((frame) => frame.remove()));
  it('completes sessions in a page that enforces Trusted Types, with no violation and no default policy', async function () {
    this.timeout(10_000);
    const { page, element, violations } = await trustedTypesPage();
    const events = recordEvents(element, ['pluggy-open', 'pluggy-success', 'pluggy-error', 'pluggy-close']);
    const item = { id: 'i1' };
    // Twice: the element's policy is created once (the page's `trusted-types` has no 'allow-duplicates').
    for (let session = 0; session < 2; session++) {
      const ready = fromDouble(page, 'ready');
      await element.show();
      const { data, source } = await ready;
      expect(data.config?.connectToken).to.equal(token);
      const overlay = page.document.querySelector('[id$="_modal-overlay"]');
      expect(overlay && page.getComputedStyle(overlay).position).to.equal('fixed');
      expect(Object.getOwnPropertyNames(overlay!.parentElement!), 'a wrapper left on the SDK container').to.not.include('innerHTML');
      const played = fromDouble(page, 'played');
      const steps: Step[] = [call('onEventProp', { event: 'SUBMITTED_LOGIN', timestamp: 1 }), call('onSuccessProp', { item })];
      source!.postMessage({ to: 'connect-double', id: session, steps }, { targetOrigin: '*' });
      await played;
      const closed = oneEvent(element, 'pluggy-close');
      source!.postMessage({ to: 'connect-double', id: -1, steps: [call('close')] }, { targetOrigin: '*' });
      await closed;
    }
    expect(events.map(({ type }) => type)).to.deep.equal(['pluggy-open', 'pluggy-success', 'pluggy-close', 'pluggy-open', 'pluggy-success', 'pluggy-close']);
    expect(violations).to.deep.equal([]);
    expect(page.trustedTypes.defaultPolicy).to.equal(null);
    // Nothing is left on the page, not even the wrappers, and the page's own strings are still refused.
    expect(page.document.querySelectorAll('iframe, body > [data-pluggy-connect]').length).to.equal(0);
    expect(page.document.body.className).to.equal('');
    expect(Object.getOwnPropertyNames(page.document)).to.not.include('createElement');
    // A TypeError in every engine, each with its own message (an error of the frame's realm: compared by name).
    const assigned = (): string => {
      try {
        page.document.createElement('div').innerHTML = '<b>page</b>';
        return 'assigned';
      } catch (error) {
        return (error as Error).name;
      }
    };
    expect(assigned(), "the page's own string assigned to innerHTML").to.equal('TypeError');
  });
});
