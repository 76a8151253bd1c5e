// The benchmark page's side (driven by scripts/bench.mjs through `window.bench`). The element comes
// from the minified CDN build; the raw SDK from a minified bundle of pluggy-connect-sdk alone.
// Both open against the Connect test double, whose `?announce` sends a first event once loaded.
import '/dist/cdn/pluggy-connect.min.js';

const query = new URLSearchParams(location.search);
const connectUrl = `http://127.0.0.1:${location.port}/?announce`;
const element = document.querySelector('#element');
element.connectUrl = connectUrl;
element.connectToken = query.get('token');
if (query.has('preload')) element.setAttribute('preload', query.get('preload'));

let child;
window.addEventListener('message', (event) => {
  if (event.data?.from === 'connect-double' && event.data.type === 'ready') child = event.source;
});

/** Tells the Connect test double to close the widget, as a user closing it would. */
const closeFromChild = () => child.postMessage({ to: 'connect-double', id: 0, steps: [{ action: 'call', name: 'close' }] }, '*');

/** Times one open: from the call to the open callback and to the child's first event (ms). */
function timeOpen(start, subscribe) {
  return new Promise((resolve) => {
    const started = performance.now();
    const times = {};
    subscribe({
      opened: () => (times.open ??= performance.now() - started),
      firstEvent: () => {
        times.firstEvent ??= performance.now() - started;
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
            const { PluggyConnect } = await import('/dist/bench/raw-sdk.min.js');
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
};
