// The page's own count of its `window` and `document` listeners (test/server/count-listeners.mjs),
// which the tests of what a session leaves behind read in every engine: what it counts, and, in
// Chromium, that it agrees with DevTools' getEventListeners().
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { itInChromiumOnly } from './engine.js';
import { connectFixture, openChild, pageListeners, settled, warmUp } from './helpers.js';

/** The change in the page's counts that `act` makes. */
function change(act: () => void): Record<string, number> {
  const before = pageListeners();
  act();
  const after = pageListeners();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const deltas = [...keys].map((key): [string, number] => [key, (after[key] ?? 0) - (before[key] ?? 0)]);
  return Object.fromEntries(deltas.filter(([, delta]) => delta !== 0));
}

describe("the page's count of its listeners", () => {
  it('counts what the DOM holds: a duplicate once, capture apart, removal, once, an aborted signal', () => {
    const listener = () => undefined;
    const object = { handleEvent: () => undefined };
    expect(change(() => window.addEventListener('test-a', listener))).to.deep.equal({ 'window:test-a': 1 });
    expect(change(() => window.addEventListener('test-a', listener)), 'a duplicate').to.deep.equal({});
    expect(change(() => window.addEventListener('test-a', listener, { capture: true })), 'the same listener, capturing').to.deep.equal({ 'window:test-a': 1 });
    expect(change(() => window.removeEventListener('test-a', listener))).to.deep.equal({ 'window:test-a': -1 });
    expect(change(() => window.removeEventListener('test-a', listener, true))).to.deep.equal({ 'window:test-a': -1 });
    expect(change(() => document.addEventListener('test-b', object, { once: true }))).to.deep.equal({ 'document:test-b': 1 });
    expect(change(() => document.dispatchEvent(new Event('test-b'))), 'a once listener called').to.deep.equal({ 'document:test-b': -1 });
    const controller = new AbortController();
    expect(change(() => window.addEventListener('test-c', listener, { signal: controller.signal }))).to.deep.equal({ 'window:test-c': 1 });
    expect(change(() => controller.abort()), 'its signal aborted').to.deep.equal({ 'window:test-c': -1 });
    expect(change(() => window.addEventListener('test-c', listener, { signal: controller.signal })), 'an aborted signal').to.deep.equal({});
    expect(change(() => document.body.addEventListener('test-d', listener)), 'another target').to.deep.equal({});
  });

  itInChromiumOnly('agrees with DevTools, before, during and after a session', 'DOMDebugger.getEventListeners is the DevTools protocol', async () => {
    /** Both counts, the page's read right after DevTools' (a session's end goes on for a task or two: see settled()). */
    const both = async () => {
      await settled();
      const devTools = await executeServerCommand<Record<string, number>, undefined>('count-listeners');
      return { devTools, page: pageListeners() };
    };
    const before = await both();
    expect(before.page).to.deep.equal(before.devTools);
    await warmUp();
    const after = await both();
    expect(after.page).to.deep.equal(after.devTools);
    const element = await connectFixture();
    await openChild(element);
    const during = await both();
    expect(during.page).to.deep.equal(during.devTools);
    expect(during.page['document:keydown'], "the SDK's Escape listener").to.equal(1);
    expect(during.page['window:message'], "zoid's and the SDK's").to.equal((after.page['window:message'] ?? 0) + 2);
    await element.close();
    const closed = await both();
    expect(closed.page).to.deep.equal(closed.devTools);
    expect(closed.page).to.deep.equal(after.page);
  });
});
