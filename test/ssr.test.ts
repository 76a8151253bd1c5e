// Lit's hydration support has to run before lit-element is evaluated, and @open-wc/testing already
// imports Lit: it is this file's first import. The element loads, and registers, only once the
// server's HTML is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { connectUrl, nextChild, spyConsole, token } from './helpers.js';

/** The page's HTML from the server: `<pluggy-connect language="…">` rendered by @lit-labs/ssr (test/server/ssr.mjs). */
const serverRender = (language: string) => executeServerCommand<string, { language: string }>('ssr-render', { language });

describe('server-side rendering', function () {
  // A child Node process renders, and the click loads the widget's code: slow on a busy machine.
  this.timeout(10_000);

  it('hydrates the server-rendered button without re-creating it, and it still opens the widget', async () => {
    document.body.setHTMLUnsafe(await serverRender('en'));
    const element = document.querySelector('pluggy-connect')!;
    // Parsed, not yet defined: the button is the declarative shadow root's.
    expect(customElements.get('pluggy-connect')).to.equal(undefined);
    const button = element.shadowRoot?.querySelector('button');
    expect(button?.textContent).to.equal('Connect account');

    const logged = spyConsole();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const { PluggyConnectElement } = await import('../src/index.js');
      expect(element).to.be.instanceOf(PluggyConnectElement);
      expect(await element.updateComplete).to.equal(true);
    } finally {
      logged.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(logged.calls).to.deep.equal([]);
    expect(errors).to.deep.equal([]);

    const root = element.shadowRoot!;
    expect(root.querySelector('button')).to.equal(button);
    expect(root.querySelectorAll('button, slot').length).to.equal(2);
    expect(button!.textContent).to.equal('Connect account');
    expect(button!.lang).to.equal('en');

    // The hydrated template is live: its bindings update the server's button.
    element.disabled = true;
    await element.updateComplete;
    expect(button!.disabled).to.equal(true);
    element.disabled = false;
    await element.updateComplete;
    expect(button!.disabled).to.equal(false);

    // And it is the trigger.
    element.connectUrl = connectUrl;
    element.connectToken = token;
    const child = nextChild();
    button!.click();
    expect(element.open).to.equal(true);
    await child;
    await element.updateComplete;
    expect(root.querySelector('button')).to.equal(button);
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    await element.close();
    expect(element.open).to.equal(false);
    element.remove();
  });
});
