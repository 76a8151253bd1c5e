/**
 * The event listeners on the test page's `window` and `document`, by type (`window:message`: 2).
 *
 * - `listenerCounter`: a classic script the test page runs before any other (web-test-runner's
 *   `testRunnerHtml`, see web-test-runner.config.mjs), in every engine: it counts the calls of
 *   `addEventListener` and `removeEventListener` on `window` and `document` as the DOM applies
 *   them (a duplicate is not added twice, `once` listeners go when they fire, a `signal` removes
 *   its listener), plus the event handler properties set (`window.onerror`), and the page reads
 *   the counts with `window.pageListeners()`.
 * - The test-runner command `count-listeners`: the same counts through Chromium's DevTools protocol
 *   (`DOMDebugger.getEventListeners`, what DevTools' `getEventListeners()` shows), which only
 *   Chromium has. test/listeners.test.ts checks that the two agree.
 */
function countPageListeners() {
  const targets = new Map([
    [window, 'window'],
    [document, 'document'],
  ]);
  /** `target:type` → listener → capture → what the DOM holds: the listener, or the wrapper of a `once` one. */
  const registered = new Map();
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const entriesOf = (key, listener) => {
    if (!registered.has(key)) registered.set(key, new Map());
    const byListener = registered.get(key);
    if (!byListener.has(listener)) byListener.set(listener, new Map());
    return byListener.get(listener);
  };
  /** Forgets the registration (`held` only if it is still the one held: none, or a later one); keeps no listener alive. */
  const drop = (key, listener, capture, held = registered.get(key)?.get(listener)?.get(capture)) => {
    const byListener = registered.get(key);
    const entries = byListener?.get(listener);
    if (!entries || entries.get(capture) !== held) return;
    entries.delete(capture);
    if (!entries.size) byListener.delete(listener);
  };

  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    const name = targets.get(this);
    if (!name || !listener) return add.call(this, type, listener, options);
    const signal = typeof options === 'object' ? options?.signal : undefined;
    if (signal?.aborted) return undefined;
    const capture = captureOf(options);
    const key = `${name}:${type}`;
    const entries = entriesOf(key, listener);
    if (entries.has(capture)) return undefined; // the DOM ignores a duplicate too
    let held = listener;
    if (typeof options === 'object' && options?.once) {
      // The DOM removes a `once` listener as it calls it: so does its wrapper, from the counts.
      held = function once(event) {
        drop(key, listener, capture, held);
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
    }
    entries.set(capture, held);
    signal?.addEventListener('abort', () => drop(key, listener, capture, held), { once: true });
    return add.call(this, type, held, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
    const name = targets.get(this);
    if (!name || !listener) return remove.call(this, type, listener, options);
    const key = `${name}:${type}`;
    const capture = captureOf(options);
    const held = registered.get(key)?.get(listener)?.get(capture) ?? listener;
    drop(key, listener, capture);
    return remove.call(this, type, held, options);
  };
  window.pageListeners = () => {
    const counts = {};
    for (const [key, byListener] of registered) {
      let count = 0;
      for (const entries of byListener.values()) count += entries.size;
      if (count) counts[key] = count;
    }
    // Event handler properties (`window.onerror = …`) are listeners too.
    for (const [target, name] of targets) {
      for (const property in target) {
        if (property.startsWith('on') && typeof target[property] === 'function') {
          const key = `${name}:${property.slice(2)}`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
      }
    }
    return counts;
  };
}

/** The counting script, for the test page's `<head>`. */
export const listenerCounter = `(${countPageListeners})();`;

export function countListeners() {
  return {
    name: 'count-listeners',
    async executeCommand({ command, session }) {
      if (command !== 'count-listeners') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      try {
        const counts = {};
        for (const target of ['window', 'document']) {
          const { result } = await client.send('Runtime.evaluate', { expression: target });
          const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          for (const { type } of listeners) counts[`${target}:${type}`] = (counts[`${target}:${type}`] ?? 0) + 1;
        }
        return counts;
      } finally {
        await client.detach();
      }
    },
  };
}
