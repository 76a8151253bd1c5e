/**
 * Test-runner command `count-listeners`: the event listeners on the page's `window` and
 * `document`, by type, read through the DevTools protocol (what `getEventListeners()` shows).
 */
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
