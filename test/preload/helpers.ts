// Loading on intent: each test file is a page of its own, since a page loads the widget's code
// (sessions, the SDK) at most once.

/** Whether the SDK has been evaluated: it announces itself on `window`. */
export const sdkLoaded = () => '__PLUGGY_CONNECT_SDK_VERSION' in window;

/** How many times the page requested the widget's code (in the tests, its sessions module). */
export const sessionRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/opening.ts')).length;

/**
 * Resolves once the page is idle and a little more: long enough for a load that should not happen.
 * Safari has no requestIdleCallback: there, a task later, as the element itself does.
 */
export const settled = () =>
  new Promise((resolve) => {
    const later = () => setTimeout(resolve, 300);
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 1000 });
    else setTimeout(later);
  });

/** The centre of `element`, for sendMouse. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
