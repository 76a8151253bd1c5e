import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { call, connectFixture, connectUrl, jwt, openChild, play, spyConsole, token, type ChildConfig } from './helpers.js';

const cpf = '529.982.247-25';
const cnpj = '04.252.011/0001-10';
const wrongCpf = '529.982.247-26';
/** Each secret as typed, and as digits only, by name (assertion messages must not print them). */
const secrets = Object.entries({ token, cpf, cnpj, wrongCpf, cpfDigits: cpf.replace(/\D/g, ''), cnpjDigits: cnpj.replace(/\D/g, '') });

function expectNoSecretIn(text: string, where: string) {
  const shown = secrets.filter(([, secret]) => text.includes(secret)).map(([name]) => name);
  expect(shown, `secrets found in ${where}`).to.deep.equal([]);
}

/** Every attribute value and text of a document, through open shadow roots and the frames' names decoded. */
function pageText(root: Document | ShadowRoot = document): string {
  const parts: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      parts.push(value);
      // zoid hands a cross-origin child its props as base64 JSON in the frame's name.
      const encoded = /^__zoid__\w+__([\w+/=-]+)__$/.exec(value)?.[1];
      if (encoded) parts.push(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')));
    }
    if (element.shadowRoot) parts.push(pageText(element.shadowRoot));
  }
  parts.push((root instanceof Document ? root.documentElement : root).textContent);
  return parts.join('\n');
}

describe('secrets and the page', () => {
  it('after a whole session the page shows no token, CPF or CNPJ, and nothing logged does either', async () => {
    const console = spyConsole();
    const element = await connectFixture();
    element.openFinanceParameters = { cpf, cnpj };
    const child = await openChild(element);
    expect(child.config.connectToken).to.equal(token);
    expect(child.config.openFinanceParameters).to.deep.equal({ cpf, cnpj });
    const text = pageText();
    await play(child, call('onEventProp', { event: 'SUBMITTED_LOGIN', timestamp: 1 }), call('onSuccessProp', { item: { id: 'i1' } }));
    await element.close();
    element.connectToken = jwt({ exp: 1 });
    await element.show().catch(() => undefined);
    element.connectToken = token;
    element.openFinanceParameters = { cpf: wrongCpf, cnpj };
    await element.show().catch(() => undefined);
    console.restore();
    expect(console.calls.length).to.be.greaterThan(1);
    expectNoSecretIn(text, 'the page while open');
    expectNoSecretIn(pageText(), 'the page after');
    expectNoSecretIn(JSON.stringify(console.calls), 'the console');
  });
});

describe('Content-Security-Policy', () => {
  it('warms the connection and opens the widget in a page served with the documented policy, with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/index.html';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    await oneEvent(frame, 'load');
    const page = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    page.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    await page.customElements.whenDefined('pluggy-connect');
    const element = page.document.querySelector('pluggy-connect') as PluggyConnectElement;
    element.connectToken = token;
    element.connectUrl = connectUrl;
    // Its warm-up frame, of the Connect app's origin like the widget's, is one frame-src allows.
    const prefetched = element.prefetch();
    const warmUp = page.document.querySelector(`iframe[src^="${connectUrl}/favicon.ico?"]`);
    expect(warmUp, 'prefetch() made no warm-up frame').not.to.equal(null);
    await Promise.all([oneEvent(warmUp!, 'load'), prefetched]);
    // The double reports to its parent: the page in the frame.
    const ready = new Promise<ChildConfig>((resolve) => {
      page.addEventListener('message', (event: MessageEvent<{ type?: string; config?: ChildConfig }>) => {
        if (event.data.type === 'ready' && event.data.config) resolve(event.data.config);
      });
    });
    await element.show();
    const config = await ready;
    const overlay = page.document.querySelector('[id$="_modal-overlay"]');
    expect(config.connectToken).to.equal(token);
    expect(overlay && page.getComputedStyle(overlay).position).to.equal('fixed');
    expect(violations).to.deep.equal([]);
    await element.close();
    frame.remove();
  });
});
