// The connection to the Connect app, opened on intent where the widget's frame can use it.
// Browsers keep the connections of a page's own requests apart from those of a cross-site frame
// (Chromium's network state partitioning; Firefox and Safari key them by top-level site too): a
// `<link rel="preconnect">` of the page was never used by the widget. A frame of the Connect app's
// origin is in the widget's partition: the connection its request opens, the widget's document
// then reuses (HTTP/2 serves both over one). Part of registration, not of the code loaded on
// intent: it has to start with the intent, while that code downloads.

/** Where the SDK loads the Connect app from when no `url` is given (its own default). */
export const defaultConnectUrl = 'https://connect.pluggy.ai';

/** The origins warmed on this page (their icon's URL): once each. */
const warmed = new Set<string>();

/** The warm-up frames on the page, which the widget removes once it has loaded (opening.ts). */
export const warmUpFrames = new Set<HTMLIFrameElement>();

/** How long a warm-up frame stays when no widget loads, in ms. */
export const warmUpTimeout = 10_000;

/**
 * Opens a connection to the Connect app at `url` (the SDK's default when empty; nothing for a
 * connect-url that is no URL, which show() reports): a frame that loads the origin's
 * `/favicon.ico` (an icon: no page, no script, and sandboxed besides), `hidden` (not rendered, so
 * neither focusable nor in the accessibility tree), removed once the widget has loaded (its
 * connection stays open) or after `warmUpTimeout`. Not on its own `load`: some engines fire one
 * for the frame's initial blank document, before its request.
 */
export function warmUp(url = defaultConnectUrl): void {
  const src = URL.canParse(url) && new URL('/favicon.ico', url).href;
  if (!src || warmed.has(src)) return;
  warmed.add(src);
  const frame = Object.assign(document.createElement('iframe'), { hidden: true, sandbox: '', src });
  warmUpFrames.add(frame);
  setTimeout(() => frame.remove(), warmUpTimeout);
  document.body.append(frame);
}

