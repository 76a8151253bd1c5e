// Loading on intent: each test file is a page of its own, since a page loads the widget's code
// (sessions, the SDK) at most once.
import { executeServerCommand } from '@web/test-runner-commands';

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

/** A warm-up frame (src/warm-up.ts), and what it was as it was added: it is removed once loaded. */
export interface WarmUp {
  frame: HTMLIFrameElement;
  added: { src: string; sandbox: string | null; parent: Element | null; display: string; visible: boolean; focusable: boolean };
}

/** The warm-up frames added to the page from now on, recorded as they are added. */
export function recordWarmUps(): WarmUp[] {
  const warmUps: WarmUp[] = [];
  new MutationObserver((records) => {
    for (const frame of records.flatMap((record) => [...record.addedNodes])) {
      if (!(frame instanceof HTMLIFrameElement) || !frame.src.includes('/favicon.ico?')) continue;
      const focused = document.activeElement;
      frame.focus();
      const focusable = document.activeElement === frame;
      if (focused instanceof HTMLElement) focused.focus();
      const { src, parentElement: parent } = frame;
      warmUps.push({ frame, added: { src, sandbox: frame.getAttribute('sandbox'), parent, display: getComputedStyle(frame).display, visible: frame.checkVisibility(), focusable } });
    }
  }).observe(document.body, { childList: true });
  return warmUps;
}

/** How many requests for the Connect test double's icon reached it so far (test/server/icon.mjs). */
export const iconRequests = () => executeServerCommand<number, undefined>('icon-requests');

/**
 * Puts the test double's icon in the browser's cache for the page's frames, as a site that showed
 * it before has it: loads it in a frame until one load reaches no server.
 */
export async function cacheIcon(url: string) {
  for (let load = 0; load < 5; load += 1) {
    const before = await iconRequests();
    const frame = Object.assign(document.createElement('iframe'), { src: url });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    await settled();
    frame.remove();
    if ((await iconRequests()) === before) return;
  }
  throw new Error(`the browser does not cache ${url}`);
}
