import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { PluggyConnectElement, PluggyConnectError } from '../src/index.js';
import { call, connectFixture, connectUrl, nextChild, openChild, play, pressEscapeOnThePage, recordEvents, token } from './helpers.js';

const lifecycleEvents = ['pluggy-open', 'pluggy-hide', 'pluggy-close'];

/** The widget's root: zoid's container inside the element's own container in `document.body`. */
function widgetRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('body > [data-pluggy-connect] > [id^="zoid-pluggy-connect-widget"]');
}

describe('<pluggy-connect>', () => {
  describe('show(), hide(), close()', () => {
    it('show() opens the widget in document.body and resolves once the child has loaded', async () => {
      const element = await connectFixture();
      const child = nextChild();
      await element.show();
      expect((await child).config.connectToken).to.equal(token);
      expect(widgetRoot()?.parentElement?.parentElement).to.equal(document.body);
      expect(element.open).to.equal(true);
      expect(element.hasAttribute('open')).to.equal(true);
      expect(document.body.classList.length).to.equal(1);
    });

    it('hide() minimises the widget, keeps it open, and show() brings it back', async () => {
      const element = await connectFixture();
      await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      await element.hide();
      expect(widgetRoot()?.style.display).to.equal('none');
      expect(element.open).to.equal(true);
      expect(document.body.className).to.equal('');
      await element.show();
      expect(widgetRoot()?.style.display).to.equal('');
      expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-hide', 'pluggy-open']);
    });

    it('close() ends the session with one pluggy-close and leaves no iframe', async () => {
      const element = await connectFixture();
      await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      await element.close();
      await element.close();
      expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-close']);
      expect(element.open).to.equal(false);
      expect(document.querySelectorAll('iframe')).to.have.length(0);
    });

    it('show() on an open widget does not open a second one', async () => {
      const element = await connectFixture();
      await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      await element.show();
      expect(seen).to.deep.equal([]);
      expect(document.querySelectorAll('body > [data-pluggy-connect]')).to.have.length(1);
    });

    it('show() right after close() of a loading widget opens a fresh one', async () => {
      const element = await connectFixture();
      const first = element.show();
      await element.close();
      const child = nextChild();
      await element.show();
      await first;
      await child;
      expect(element.open).to.equal(true);
      expect(document.querySelectorAll('body > [data-pluggy-connect]')).to.have.length(1);
    });

    it('show() rejects, and fires pluggy-error MISSING_TOKEN, when there is no token; nothing opens', async () => {
      const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url=${connectUrl}></pluggy-connect>`);
      const errors: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      const event = oneEvent(element, 'pluggy-error');
      const failure = await element.show().catch((error: unknown) => error);
      console.error = consoleError;
      expect(failure).to.be.instanceOf(PluggyConnectError).with.property('code', 'MISSING_TOKEN');
      expect((await event).detail).to.include({ code: 'MISSING_TOKEN' });
      expect(errors).to.have.length(1);
      expect(String(errors[0])).to.contain('connect-token');
      expect(element.open).to.equal(false);
      expect(document.querySelectorAll('iframe, body > [data-pluggy-connect]')).to.have.length(0);
    });
  });

  describe('the open attribute and property', () => {
    it('setting open opens the widget, and removing it closes the widget', async () => {
      const element = await connectFixture();
      const child = nextChild();
      element.setAttribute('open', '');
      await child;
      expect(element.open).to.equal(true);
      const closed = oneEvent(element, 'pluggy-close');
      element.removeAttribute('open');
      await closed;
      expect(document.querySelectorAll('iframe')).to.have.length(0);
    });

    it('open = true is show(), open = false is close()', async () => {
      const element = await connectFixture();
      const opened = oneEvent(element, 'pluggy-open');
      element.open = true;
      await opened;
      const closed = oneEvent(element, 'pluggy-close');
      element.open = false;
      await closed;
      expect(element.hasAttribute('open')).to.equal(false);
    });

    it('an element parsed with open opens when it is connected', async () => {
      const child = nextChild();
      const element = await fixture<PluggyConnectElement>(
        `<pluggy-connect open connect-token="${token}" connect-url="${connectUrl}"></pluggy-connect>`,
      );
      expect((await child).config.connectToken).to.equal(token);
      expect(element.open).to.equal(true);
    });

    it('open stays false when the widget cannot open', async () => {
      const element = await fixture<PluggyConnectElement>(html`<pluggy-connect connect-url=${connectUrl}></pluggy-connect>`);
      const consoleError = console.error;
      console.error = () => undefined;
      const error = oneEvent(element, 'pluggy-error');
      element.setAttribute('open', '');
      await error;
      console.error = consoleError;
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(element.hasAttribute('open')).to.equal(false);
    });
  });

  describe('ending a session', () => {
    it('Escape in the page closes the widget with one pluggy-close', async () => {
      const element = await connectFixture();
      await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      await pressEscapeOnThePage();
      await waitUntil(() => !element.open, 'Escape did not close the widget');
      expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-close']);
    });

    it('the user closing the widget fires pluggy-close once and removes the widget', async () => {
      const element = await connectFixture();
      const child = await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      await play(child, call('close'));
      await waitUntil(() => !element.open);
      expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-close']);
      expect(document.querySelectorAll('iframe, body > [data-pluggy-connect]')).to.have.length(0);
    });

    it('removing the element from the page closes its widget', async () => {
      const element = await connectFixture();
      await openChild(element);
      const closed = oneEvent(element, 'pluggy-close');
      element.remove();
      await closed;
      expect(document.querySelectorAll('iframe, body > [data-pluggy-connect]')).to.have.length(0);
      expect(document.body.className).to.equal('');
    });

    it('moving the element within the page keeps its widget open', async () => {
      const element = await connectFixture();
      await openChild(element);
      const seen = recordEvents(element, lifecycleEvents);
      document.body.prepend(element);
      await Promise.resolve();
      await Promise.resolve();
      expect(element.open).to.equal(true);
      expect(seen).to.deep.equal([]);
      element.remove();
    });
  });

  describe('one widget per page', () => {
    it('show() on a second element closes the first one, with its pluggy-close', async () => {
      const first = await connectFixture();
      const second = await connectFixture();
      await openChild(first);
      const closed = oneEvent(first, 'pluggy-close');
      await openChild(second);
      await closed;
      expect([first.open, second.open]).to.deep.equal([false, true]);
      expect(document.querySelectorAll('body > [data-pluggy-connect]')).to.have.length(1);
    });

    it('opens from inside a shadow root nested in another shadow root', async () => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const inner = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
      const element = document.createElement('pluggy-connect');
      element.connectToken = token;
      element.connectUrl = connectUrl;
      inner.attachShadow({ mode: 'open' }).append(element);
      await openChild(element);
      expect(widgetRoot()).not.to.equal(null);
      element.remove();
    });
  });

  describe('default content', () => {
    it('renders a button that opens the widget when clicked', async () => {
      const element = await connectFixture();
      const child = nextChild();
      element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
      await child;
      expect(element.open).to.equal(true);
    });

    it('labels the button in Portuguese by default, and in the widget language', async () => {
      const element = await connectFixture();
      const label = () => element.shadowRoot!.querySelector('button')!.textContent;
      expect(label()).to.equal('Conectar conta');
      for (const [language, text] of [['en', 'Connect account'], ['es-MX', 'Conectar cuenta'], ['xx', 'Conectar conta']]) {
        element.language = language;
        await element.updateComplete;
        expect(label()).to.equal(text);
      }
    });

    it('opens when slotted content is clicked', async () => {
      const element = await connectFixture();
      const trigger = element.appendChild(document.createElement('a'));
      trigger.textContent = 'Link your bank';
      const child = nextChild();
      trigger.click();
      await child;
      expect(element.open).to.equal(true);
    });

    it('passes an accessibility audit', async () => {
      const element = await connectFixture();
      await expect(element).to.be.accessible();
    });
  });
});
