/**
 * The requests that reached the Connect test double for its icon (the warm-up's, src/warm-up.ts),
 * which the browser's cache may answer instead: `middleware` counts them (it goes before the
 * double's), and test-runner command `icon-requests` gives the count so far.
 */
export function iconRequests() {
  let count = 0;
  return {
    middleware(context, next) {
      if (context.path === '/favicon.ico') count += 1;
      return next();
    },
    plugin: {
      name: 'icon-requests',
      executeCommand: ({ command }) => (command === 'icon-requests' ? count : undefined),
    },
  };
}
