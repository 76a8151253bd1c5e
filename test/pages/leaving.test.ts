// Pages that leave, or take the page away, while the widget is open: code that empties <body> one
// child at a time (as htmx and Turbo swap pages), a snapshot for Turbo's cache, and the browser
// hiding the page for navigation (its back/forward cache keeps the page as it is then).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { connectUrl, pageTraces, recordEvents, token, warmUp, type PageTraces } from '../helpers.js';

/** An element in a container of its own at the end of <body> (not an open-wc fixture: these tests take <body> apart). */
function ownElement(): PluggyConnectElement {
  const element = document.createElement('pluggy-connect');
  Object.assign(element, { connectUrl, connectToken: token });
  document.body.appendChild(document.createElement('section')).append(element);
  return element;
}

/** What a copy of the page made now would hold of the widget. */
const copyHolds = () => ({ widgets: document.querySelectorAll('[data-pluggy-connect]').length, openElements: document.querySelectorAll('pluggy-connect[open]').length });

describe('pages that take the page away while the widget is open', function () {
  this.timeout(10_000);
  let baseline: PageTraces;
  before(warmUp);
  beforeEach(async () => {
    baseline = await pageTraces();
  });

  for (const order of ['first to last', 'last to first'] as const) {
    it(`removing <body>'s children one by one, ${order}, throws nothing and leaves the page as it was`, async () => {
      const element = ownElement();
      await element.show();
      const seen = recordEvents(element, ['pluggy-close']);
      const children = [...document.body.children];
      if (order === 'last to first') children.reverse();
      for (const child of children) document.body.removeChild(child);
      await waitUntil(() => seen.length > 0, 'no pluggy-close');
      // The page's own nodes come back; the widget's dialog does not.
      for (const child of children) if (!child.matches('[data-pluggy-connect]') && child !== element.parentElement) document.body.append(child);
      expect(seen).to.have.length(1);
      expect(element.open).to.equal(false);
      expect(await pageTraces()).to.deep.equal(baseline);
    });
  }

  for (const [leaving, leave] of [
    ['a Turbo snapshot (turbo:before-cache)', () => document.dispatchEvent(new Event('turbo:before-cache', { bubbles: true }))],
    ['the page hidden for navigation (pagehide)', () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))],
  ] as const) {
    it(`${leaving} closes the widget before the page is kept: no widget, no open element`, async () => {
      const element = ownElement();
      await element.show();
      const closed = oneEvent(element, 'pluggy-close');
      leave();
      expect(copyHolds(), 'right after the event, when the page is copied').to.deep.equal({ widgets: 0, openElements: 0 });
      await closed;
      element.parentElement!.remove();
      expect(await pageTraces()).to.deep.equal(baseline);
    });
  }
});
