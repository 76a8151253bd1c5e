// The connection to the Connect app, opened on intent where the widget's frame can use it.
// Browsers keep the connections of a page's own requests apart from those of a cross-site frame
// (Chromium's network state partitioning; Firefox and Safari key them by top-level site too): a
// `<link rel="preconnect">` of the page was never used by the widget. A frame of the Connect app's
// origin is in the widget's partition: the connection its request opens, the widget's document
// then reuses (HTTP/2 serves both over one). Part of registration, not of the code loaded on
// intent: it has to start with the intent, while that code downloads.

/** Where the SDK loads the Connect app from when no `url` is given (its own default). */
export const defaultConnectUrl = 'https://connect.pluggy.ai';

/** The warm-up frames of this page, by origin: one each, ever. The widget removes them once it has loaded (opening.ts). */
export const warmUps = new Map<string, HTMLIFrameElement>();

/** How long a warm-up frame stays when no widget loads, in ms. */
const warmUpTimeout = 10_000;

/**
 * Opens a connection to the Connect app at `url` (the SDK's default when empty; nothing for a
 * connect-url that is no http(s) URL, which show() reports): a frame that loads the origin's
 * `/favicon.ico` (an icon: no page, no script, and sandboxed besides), `hidden` (not rendered, so
 * neither focusable nor in the accessibility tree), removed once the widget has loaded (its
 * connection stays open) or after `warmUpTimeout`. Not on its own `load`: some engines fire one
 * for the frame's initial blank document, before its request. The icon's URL has a query of its
 * own each time: an icon the browser's cache still had would open no connection.
 */
export function warmUp(url = defaultConnectUrl): void {
  const origin = URL.canParse(url) ? new URL(url).origin : '';
  if (!origin.startsWith('http') || warmUps.has(origin)) return;
  const frame = Object.assign(document.createElement('iframe'), { hidden: true, sandbox: '', src: `${origin}/favicon.ico?${Date.now()}` });
  warmUps.set(origin, frame);
  setTimeout(() => frame.remove(), warmUpTimeout);
  document.body.append(frame);
}
