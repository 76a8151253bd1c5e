// An htmx site with hx-boost (test/pages/htmx/): each link swaps <body>'s children, and htmx keeps a
// copy of each page (its <body>) for Back and Forward. The site runs in a frame of the test page,
// with its own history; the widget is opened there, then the person presses Back and Forward.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl, token } from '../helpers.js';

/** The site in a frame: its window and document, and what went wrong in it. */
async function openSite(path: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${path} style="width: 800px; height: 600px"></iframe>`);
  const window = frame.contentWindow as Window & typeof globalThis & { htmx?: unknown };
  // htmx boosts the links on DOMContentLoaded, after the scripts ran: a click before is a plain navigation.
  await waitUntil(() => window.htmx && window.customElements.get('pluggy-connect') && window.document.readyState === 'complete', 'the site did not load');
  window.localStorage.removeItem('htmx-history-cache'); // pages kept by an earlier run
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  for (const type of ['htmx:swapError', 'htmx:historyCacheMissLoadError', 'htmx:onLoadError']) window.document.addEventListener(type, () => errors.push(type));
  const { document } = window;
  return {
    window,
    errors,
    /** Waits until the page with this heading is shown (htmx fetches it: more than waitUntil's default second on a busy machine). */
    shown: (heading: string) => waitUntil(() => document.querySelector('h1')?.textContent === heading, `the site did not show ${heading}`, { timeout: 5000 }),
    /** The page's element, pointed at the Connect test double with a token. */
    element() {
      const element = document.querySelector('pluggy-connect') as PluggyConnectElement;
      Object.assign(element, { connectUrl, connectToken: token });
      return element;
    },
    /** Everything an open widget puts on the page, and the copy of the pages htmx keeps. */
    traces: () => ({
      widgets: document.querySelectorAll('[data-pluggy-connect]').length,
      openElements: document.querySelectorAll('pluggy-connect[open]').length,
      inert: document.querySelectorAll('[inert]').length,
      bodyClasses: document.body.className,
      keptWithAWidget: /data-pluggy-connect|<pluggy-connect[^>]* open/.test(window.localStorage.getItem('htmx-history-cache') ?? ''),
    }),
  };
}

const clean = { widgets: 0, openElements: 0, inert: 0, bodyClasses: '', keptWithAWidget: false };

describe('an htmx site (hx-boost) with Back and Forward while the widget is open', function () {
  this.timeout(20_000);

  it('keeps no widget in its copies of the page, throws nothing, shows no second widget, and opens again', async () => {
    const site = await openSite('/test/pages/htmx/home.html');
    site.window.document.querySelector('a')!.click();
    await site.shown('Connect');
    const element = site.element();
    await element.show();
    expect(site.traces().widgets, 'the widget is open').to.equal(1);

    const closed = oneEvent(element, 'pluggy-close');
    site.window.history.back();
    await site.shown('Home');
    await closed;
    expect(site.traces(), 'back home').to.deep.equal(clean);

    site.window.history.forward();
    await site.shown('Connect');
    const restored = site.element();
    await restored.updateComplete;
    expect(restored).not.to.equal(element);
    expect(restored.open, 'the page as htmx kept it').to.equal(false);
    expect(site.traces(), 'forward to the page htmx kept').to.deep.equal(clean);

    const opened = oneEvent(restored, 'pluggy-open');
    await restored.show();
    await opened;
    expect(site.traces().widgets, 'the next open').to.equal(1);
    await restored.close();
    expect(site.traces()).to.deep.equal(clean);
    expect(site.errors).to.deep.equal([]);
  });
});
