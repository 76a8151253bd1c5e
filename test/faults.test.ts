import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { call, connectFixture, connectUrl, openChild, pageTraces, play, recordEvents, spyConsole, warmUp, type PageTraces } from './helpers.js';

/** Opens `element` expecting `code`; returns the error's message and how long it took (ms). */
async function expectLoadError(element: PluggyConnectElement, code: string) {
  const console = spyConsole();
  const seen = recordEvents(element, ['pluggy-error', 'pluggy-close']);
  const started = performance.now();
  const failure: unknown = await element.show().catch((reason: unknown) => reason);
  const took = performance.now() - started;
  console.restore();
  expect(failure).to.have.property('code', code);
  expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-error', 'pluggy-close']);
  expect(element.open).to.equal(false);
  expect(console.calls.filter((entry) => entry.text.startsWith('<pluggy-connect>'))).to.have.length(1);
  return { message: (seen[0].detail as { message: string }).message, took };
}

/** The page is as it was, and the element opens again with a working connect-url. */
async function expectCleanAndReusable(element: PluggyConnectElement, before: PageTraces) {
  expect(await pageTraces()).to.deep.equal(before);
  element.connectUrl = connectUrl;
  await openChild(element);
  expect(element.open).to.equal(true);
}

describe('faults of the hosted app', function () {
  this.timeout(10_000);
  before(warmUp);

  it('a Connect server that is down gives LOAD_FAILED, a clean page, and a later show() works', async () => {
    const element = await connectFixture();
    const before = await pageTraces();
    const down = await executeServerCommand<string, undefined>('down-url');
    element.connectUrl = down;
    const { message } = await expectLoadError(element, 'LOAD_FAILED');
    expect(message).to.contain(`${down} did not answer`);
    await expectCleanAndReusable(element, before);
  });

  it('a child that never completes the handshake gives LOAD_TIMEOUT after load-timeout, and a clean page', async () => {
    const element = await connectFixture('load-timeout="1500"');
    const before = await pageTraces();
    element.connectUrl = `${connectUrl}/?fault=silent`;
    const { message, took } = await expectLoadError(element, 'LOAD_TIMEOUT');
    expect(message).to.contain('did not load within 1500 ms');
    expect(took).to.be.at.least(1500);
    await expectCleanAndReusable(element, before);
  });

  it('a Connect app that keeps progressing is not cut off at load-timeout; one that stops is', async () => {
    const element = await connectFixture('load-timeout="800"');
    element.connectUrl = `${connectUrl}/?delay=2500&progress=300`;
    const started = performance.now();
    await openChild(element);
    expect(performance.now() - started, 'it took longer than load-timeout').to.be.greaterThan(2500);
    expect(element.open).to.equal(true);
    // Nor did the element ask whether the server answers: the progress said so, and the check would cost a connection.
    const checks = performance.getEntriesByName(element.connectUrl).filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch');
    expect(checks).to.have.length(0);
    await element.close();
    element.connectUrl = `${connectUrl}/?delay=2500`;
    const { took } = await expectLoadError(element, 'LOAD_TIMEOUT');
    expect(took).to.be.lessThan(2500);
  });

  it('a Connect URL that answers 404 gives LOAD_TIMEOUT naming that cause (a cross-origin 404 cannot be read)', async () => {
    const element = await connectFixture('load-timeout="1000"');
    const before = await pageTraces();
    element.connectUrl = `${connectUrl}/no-connect-app-here`;
    const { message } = await expectLoadError(element, 'LOAD_TIMEOUT');
    expect(message).to.contain('404');
    await expectCleanAndReusable(element, before);
  });

  it('malformed payloads from the child raise no exception and still become events', async () => {
    const element = await connectFixture();
    const child = await openChild(element);
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const seen = recordEvents(element, ['pluggy-success', 'pluggy-error', 'pluggy-event', 'pluggy-brand-new-type']);
    const huge = 'x'.repeat(2_000_000);
    await play(
      child,
      call('onSuccessProp', {}),
      call('onSuccessProp', 'not an object'),
      call('onErrorProp', null),
      call('onEventProp', 'SUBMITTED_CONSENT'),
      call('onEventProp', null),
      call('onEventProp', { event: 42 }),
      call('onEventProp', { event: 'BRAND_NEW_TYPE', timestamp: 1, item: { id: huge } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(thrown).to.deep.equal([]);
    expect(seen.map((event) => event.type)).to.deep.equal([
      'pluggy-success',
      'pluggy-success',
      'pluggy-error',
      'pluggy-event',
      'pluggy-event',
      'pluggy-event',
      'pluggy-event',
      'pluggy-brand-new-type',
    ]);
    expect((seen[7].detail as { item: { id: string } }).item.id).to.have.length(huge.length);
    expect(element.open).to.equal(true);
  });

  it('ignores the widget background message when another frame of the same origin sends it', async () => {
    const element = await connectFixture();
    await openChild(element);
    const lock = document.body.className;
    const seen = recordEvents(element, ['pluggy-hide', 'pluggy-close']);
    const rogue = document.body.appendChild(document.createElement('iframe'));
    rogue.src = `${connectUrl}/?fault=rogue`;
    await oneEvent(rogue, 'load');
    await new Promise((resolve) => setTimeout(resolve, 200));
    rogue.remove();
    expect(lock).not.to.equal('');
    expect(document.body.className).to.equal(lock);
    expect(seen).to.deep.equal([]);
  });

  it('ignores messages from other origins', async () => {
    const element = await connectFixture();
    await openChild(element);
    const lock = document.body.className;
    const seen = recordEvents(element, ['pluggy-open', 'pluggy-hide', 'pluggy-close', 'pluggy-success', 'pluggy-error', 'pluggy-event']);
    for (const message of [JSON.stringify({ type: 'CONTINUE_IN_BACKGROUND' }), { event: 'SUBMITTED_CONSENT' }, 'garbage', null]) {
      window.postMessage(message, '*');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(document.body.className).to.equal(lock);
    expect(seen).to.deep.equal([]);
    expect(element.open).to.equal(true);
  });
});
