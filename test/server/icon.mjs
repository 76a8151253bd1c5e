/**
 * The requests that reached the Connect test double (at `childHost`, as childAtRoot) for its icon
 * (the warm-up's, src/warm-up.ts), which the browser's cache may answer instead: `middleware`
 * counts them (it goes before the double's; the test page's own icon is not counted), and
 * test-runner command `icon-requests` gives the count so far.
 */
export function iconRequests({ childHost = '127.0.0.1' } = {}) {
  let count = 0;
  return {
    middleware(context, next) {
      if (context.hostname === childHost && context.path === '/favicon.ico') count += 1;
      return next();
    },
    plugin: {
      name: 'icon-requests',
      executeCommand: ({ command }) => (command === 'icon-requests' ? count : undefined),
    },
  };
}
