// The benchmark page's side (driven by scripts/bench.mjs through `window.bench`). The element comes
// from the minified CDN build; the raw SDK from a minified bundle of pluggy-connect-sdk alone,
// imported when its button is clicked, or with the page (`?raw=page`). Both open against the
// Connect test double, whose `?announce` sends a first event once loaded; or, for
// scripts/bench-handshake.mjs, against the Connect app at `?connect=` with both scripts from the
// CDN origin `?cdn=` (each another site, as in production).
const query = new URLSearchParams(location.search);
const cdn = query.get('cdn') ?? '';
await import(`${cdn}/dist/cdn/pluggy-connect.min.js`);
const rawSdkUrl = `${cdn}/dist/bench/raw-sdk.min.js`;
const rawSdk = query.get('raw') === 'page' ? import(rawSdkUrl) : undefined;
const connectUrl = query.get('connect') ?? `http://127.0.0.1:${location.port}/?announce`;
const element = document.querySelector('#element');
element.connectUrl = connectUrl;
element.connectToken = query.get('token');
if (query.has('preload')) element.setAttribute('preload', query.get('preload'));

/**
 * Whether `event` says the Connect app is running: the double's ready message, or any message from
 * the origin of a real Connect app (it sends no event on opening: its first message is zoid's).
 */
const isRunning = query.has('connect')
  ? (event) => event.origin === new URL(connectUrl).origin
  : (event) => event.data?.from === 'connect-double' && event.data.type === 'ready';

let child;
/** Called when the Connect app is running: its first message, once it has loaded. */
let onRunning = () => undefined;
window.addEventListener('message', (event) => {
  if (!isRunning(event)) return;
  child = event.source;
  onRunning();
});

/** Tells the Connect test double to close the widget, as a user closing it would. */
const closeFromChild = () => child.postMessage({ to: 'connect-double', id: 0, steps: [{ action: 'call', name: 'close' }] }, '*');

/**
 * Times one open, in ms from the click: to the widget's iframe in the page, to the Connect app
 * running (its first message), to the open callback, and to the app's first event; against a real
 * Connect app (`?connect=`), which sends no event until the person acts, to its first message.
 */
function timeOpen(start, subscribe) {
  return new Promise((resolve) => {
    const started = performance.now();
    /** `clicked`: the click, in ms since the epoch, to place the timings of other documents (the widget's frame). */
    const times = { clicked: performance.timeOrigin + started };
    const since = () => performance.now() - started;
    const frames = new MutationObserver(() => {
      if (!document.querySelector('iframe:not([sandbox])')) return; // the widget's, not the element's warm-up frame (sandboxed)
      times.iframe ??= since();
      frames.disconnect();
    });
    frames.observe(document.body, { childList: true, subtree: true });
    onRunning = () => {
      times.running ??= since();
      if (query.has('connect')) resolve(times);
    };
    subscribe({
      opened: () => (times.open ??= since()),
      firstEvent: () => {
        times.firstEvent ??= since();
        resolve(times);
      },
    });
    start();
  });
}

const subjects = {
  element: {
    open: () =>
      timeOpen(
        () => element.click(),
        ({ opened, firstEvent }) => {
          element.addEventListener('pluggy-open', opened, { once: true });
          element.addEventListener('pluggy-event', firstEvent, { once: true });
        },
      ),
    close: () =>
      new Promise((resolve) => {
        element.addEventListener('pluggy-close', resolve, { once: true });
        closeFromChild();
      }),
  },
  raw: {
    closed: undefined,
    open() {
      const raw = this;
      return timeOpen(
        () => document.querySelector('#raw').click(),
        ({ opened, firstEvent }) => {
          document.querySelector('#raw').onclick = async () => {
            const { PluggyConnect } = await (rawSdk ?? import(rawSdkUrl));
            const onClose = () => raw.closed?.();
            void new PluggyConnect({ connectToken: query.get('token'), url: connectUrl, onOpen: opened, onEvent: firstEvent, onClose }).init();
          };
        },
      );
    },
    close() {
      return new Promise((resolve) => {
        this.closed = resolve;
        closeFromChild();
      });
    },
  },
};

window.bench = {
  open: (subject) => subjects[subject].open(),
  close: (subject) => subjects[subject].close(),
  async cycles(subject, count) {
    for (let cycle = 0; cycle < count; cycle++) {
      await subjects[subject].open();
      await subjects[subject].close();
    }
  },
  /** Milliseconds to add `count` elements to the page and have each rendered. */
  async upgrade(count) {
    const container = document.createElement('div');
    const started = performance.now();
    container.innerHTML = '<pluggy-connect></pluggy-connect>'.repeat(count);
    document.body.append(container);
    await Promise.all([...container.children].map((connect) => connect.updateComplete));
    const took = performance.now() - started;
    container.remove();
    return took;
  },
  bodyClasses: () => document.body.classList.length,
  /** Bytes the page has downloaded so far (compressed, as sent), itself included. */
  bytes: () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, entry) => sum + entry.transferSize, 0),
};
