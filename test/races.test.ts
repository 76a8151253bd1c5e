import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { connectFixture, connectUrl, jwt, nextChild, pageTraces, recordChildren, recordEvents, warmUp, type PageTraces } from './helpers.js';

const lifecycle = ['pluggy-open', 'pluggy-close'];

/** Lets every pending load, handshake and close finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

/** The page holds at most one widget, and only an open element may own it. */
function expectOneConsistentWidget(elements: PluggyConnectElement[], open: PluggyConnectElement | undefined) {
  expect(elements.map((element) => element.open)).to.deep.equal(elements.map((element) => element === open));
  expect(document.querySelectorAll('body > [data-pluggy-connect]')).to.have.length(open ? 1 : 0);
  if (!open) expect(document.querySelectorAll('iframe')).to.have.length(0);
}

/** Per element: `pluggy-open` count equals sessions shown, and `pluggy-close` count equals sessions ended. */
function countsOf(seen: Array<{ type: string }>) {
  return { opened: seen.filter((event) => event.type === 'pluggy-open').length, closed: seen.filter((event) => event.type === 'pluggy-close').length };
}

/** After closing every element, the page is as it was before the race. */
async function expectBaselineAfterClosing(elements: PluggyConnectElement[], baseline: PageTraces) {
  await Promise.all(elements.map((element) => element.close()));
  await settle();
  expect(await pageTraces()).to.deep.equal(baseline);
}

describe('races end in one consistent state', function () {
  this.timeout(10_000);
  let baseline: PageTraces;
  before(warmUp);
  beforeEach(async () => {
    baseline = await pageTraces();
  });

  it('show() five times at once opens one widget with one pluggy-open', async () => {
    const element = await connectFixture();
    const seen = recordEvents(element, lifecycle);
    const { children, stop } = recordChildren();
    await Promise.all([1, 2, 3, 4, 5].map(() => element.show()));
    await settle();
    stop();
    expectOneConsistentWidget([element], element);
    expect(countsOf(seen)).to.deep.equal({ opened: 1, closed: 0 });
    expect(children).to.have.length(1);
    await expectBaselineAfterClosing([element], baseline);
  });

  it('show() then close() before it loaded: nothing appears later, one pluggy-close', async () => {
    const element = await connectFixture();
    element.connectUrl = `${connectUrl}/?delay=300`;
    const seen = recordEvents(element, lifecycle);
    const shown = element.show();
    await oneEvent(element, 'pluggy-open');
    await element.close();
    await shown;
    await settle();
    expectOneConsistentWidget([element], undefined);
    expect(countsOf(seen)).to.deep.equal({ opened: 1, closed: 1 });
    await expectBaselineAfterClosing([element], baseline);
  });

  it('show() then close() in the same task: nothing opens and no event fires', async () => {
    const element = await connectFixture();
    const seen = recordEvents(element, lifecycle);
    const shown = element.show();
    await element.close();
    await shown;
    await settle();
    expectOneConsistentWidget([element], undefined);
    expect(seen).to.deep.equal([]);
    await expectBaselineAfterClosing([element], baseline);
  });

  it('the element removed while loading: one pluggy-close, nothing left on the page', async () => {
    const element = await connectFixture();
    element.connectUrl = `${connectUrl}/?delay=300`;
    const seen = recordEvents(element, lifecycle);
    const shown = element.show();
    await oneEvent(element, 'pluggy-open');
    element.remove();
    await shown;
    await settle();
    expectOneConsistentWidget([element], undefined);
    expect(countsOf(seen)).to.deep.equal({ opened: 1, closed: 1 });
    await expectBaselineAfterClosing([element], baseline);
  });

  it('the token changed while loading: the session keeps the token it opened with, the next one uses the new', async () => {
    const element = await connectFixture();
    element.connectUrl = `${connectUrl}/?delay=200`;
    const first = element.connectToken;
    const second = jwt({ exp: Math.floor(Date.now() / 1000) + 1800, n: 2 });
    const child = nextChild();
    const shown = element.show();
    await oneEvent(element, 'pluggy-open');
    element.connectToken = second;
    await shown;
    expect((await child).config.connectToken).to.equal(first);
    expectOneConsistentWidget([element], element);
    await element.close();
    const next = nextChild();
    await element.show();
    expect((await next).config.connectToken).to.equal(second);
    await expectBaselineAfterClosing([element], baseline);
  });

  for (const last of ['set', 'removed'] as const) {
    it(`the open attribute toggled rapidly, ${last} last: ${last === 'set' ? 'one widget' : 'no widget'}`, async () => {
      const element = await connectFixture();
      const seen = recordEvents(element, lifecycle);
      for (let toggle = 0; toggle < 9; toggle++) {
        element.toggleAttribute('open', toggle % 2 === 0);
        await new Promise((resolve) => setTimeout(resolve, toggle * 15));
      }
      element.toggleAttribute('open', last === 'set');
      await settle();
      await waitUntil(() => element.open === (last === 'set'));
      expectOneConsistentWidget([element], last === 'set' ? element : undefined);
      const { opened, closed } = countsOf(seen);
      expect(opened - closed).to.equal(last === 'set' ? 1 : 0);
      expect(element.hasAttribute('open')).to.equal(last === 'set');
      await expectBaselineAfterClosing([element], baseline);
    });
  }

  it('two elements shown in one task: the last one owns the one widget; the first never renders and fires nothing', async () => {
    const first = await connectFixture();
    const second = await connectFixture();
    const seenFirst = recordEvents(first, lifecycle);
    const seenSecond = recordEvents(second, lifecycle);
    const { children, stop } = recordChildren();
    await Promise.all([first.show(), second.show()]);
    await settle();
    stop();
    expectOneConsistentWidget([first, second], second);
    expect(countsOf(seenFirst)).to.deep.equal({ opened: 0, closed: 0 });
    expect(countsOf(seenSecond)).to.deep.equal({ opened: 1, closed: 0 });
    expect(children).to.have.length(1);
    await expectBaselineAfterClosing([first, second], baseline);
  });
});
