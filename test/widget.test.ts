import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { call, connectFixture, openChild, pageTraces, play, pressEscapeOnThePage, warmUp, type Child } from './helpers.js';

describe('what a widget session leaves on the page', function () {
  this.timeout(30_000);

  before(warmUp);

  it('20 open/close cycles leave listeners, iframes and body classes at baseline', async () => {
    const element = await connectFixture();
    const before = await pageTraces();
    for (let cycle = 0; cycle < 20; cycle++) {
      await openChild(element);
      await element.close();
    }
    expect(await pageTraces()).to.deep.equal(before);
  });

  it('every way of ending a session leaves the page at baseline', async () => {
    const element = await connectFixture();
    const before = await pageTraces();
    const endings: Array<(child: Child) => Promise<unknown>> = [
      () => element.close(),
      () => {
        element.open = false;
        return Promise.resolve();
      },
      () => pressEscapeOnThePage(),
      (child) => play(child, call('close')),
      async () => {
        const closed = oneEvent(element, 'pluggy-close');
        element.remove();
        await closed;
        document.body.append(element);
      },
    ];
    for (const end of endings) {
      const child = await openChild(element);
      const closed = oneEvent(element, 'pluggy-close');
      await end(child);
      await closed;
    }
    expect(await pageTraces()).to.deep.equal(before);
  });

  it('a session closed while loading leaves the page at baseline', async () => {
    const element = await connectFixture();
    const before = await pageTraces();
    for (let cycle = 0; cycle < 5; cycle++) {
      const shown = element.show();
      await oneEvent(element, 'pluggy-open');
      await element.close();
      await shown;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await pageTraces()).to.deep.equal(before);
  });
});
