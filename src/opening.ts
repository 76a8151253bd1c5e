// The steps of opening a widget, for a session of the lifecycle (lifecycle.ts), which owns its
// state: the options and token (prepare.ts), then the widget rendered into the top layer, its load
// watched and its callbacks relayed. Loaded with the SDK on intent, prefetch() or the first show(),
// not with the element.
import { PluggyConnectError } from './errors.js';
import { eventNameFor } from './event-names.js';
import { fire, report } from './events.js';
import type { OptionProperties } from './options.js';
import { prepare, type FetchedToken, type Prepared } from './prepare.js';
import { unreachable } from './reachability.js';
import { defaultConnectUrl, warmUps } from './warm-up.js';
import { appFrame, frameTitle, isFrameIn } from './sdk/frames.js';
import { Widget, type Callbacks } from './sdk/widget.js';
import { TopLayer } from './top-layer.js';


/** The element a session is of: its options, its `close()`, its `:state()`. */
type Host = HTMLElement & OptionProperties & { close(): Promise<void> };

/** Asks the element's lifecycle (lifecycle.ts) for a transition: it makes only those its machine allows. */
export type Transition = (state: 'loading' | 'visible' | 'hidden') => void;

/** A widget on the page. */
interface Opened {
  /** Shows a minimised widget again. */
  show(): Promise<void>;
  /** Minimises a visible widget. */
  hide(): Promise<void>;
  /** Removes the widget, which ends its session. */
  close(): void;
}

/** Each element's widget, while its session has one. */
const widgets = new WeakMap<Host, Opened>();

/** The last token fetched for each element, which its later sessions reuse for the same Item. */
const tokens = new WeakMap<Host, FetchedToken>();

/** The element whose session owns the page's one widget (zoid's state is page-wide): the newest. */
let owner: Host | undefined;

/** Minimises the element's widget (when visible), or shows it again. */
export async function minimise(host: Host, hidden: boolean): Promise<void> {
  const widget = widgets.get(host);
  await (hidden ? widget?.hide() : widget?.show());
}

/** What ends a session besides the element: the page hidden, or saved for history by htmx or Turbo (no copy of the page may hold a widget or an `open` element). */
const pageLeaves = ['pagehide', 'htmx:beforeHistorySave', 'turbo:before-cache'];

/**
 * How long a widget's load may make no progress before the element asks whether the Connect app's
 * server answers at all. A healthy load, even on a slow network, progresses sooner and costs no
 * extra request (nor connection); the request, started with the widget, measurably slowed every
 * open (about 3 ms, 10%, warm), and at 1 s from the start it opened a connection on most slow opens.
 */
const probeAfter = 1500;

/**
 * Resolves when `widget` has rendered; rejects with LOAD_TIMEOUT when its load makes no progress
 * for `loadTimeout` ms (a slow network that keeps loading is not cut off: progress is the frame's
 * documents loading and each message of zoid's handshake), and with LOAD_FAILED when, after
 * `probeAfter` ms without progress, the Connect app's server does not answer at all. That check
 * runs once, and is let finish: the connection it opens carries its request.
 */
async function loadOf(widget: Widget, url: string, loadTimeout: number): Promise<void> {
  const { container } = widget;
  const done = new AbortController();
  const failed = new Promise<never>((_, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let probe: ReturnType<typeof setTimeout> | undefined;
    let probed = false;
    const progressed = () => {
      clearTimeout(timer);
      clearTimeout(probe);
      timer = setTimeout(() => {
        reject(new PluggyConnectError('LOAD_TIMEOUT', `the Connect app at ${url} did not load within ${loadTimeout} ms of its last progress: check connect-url (a wrong address or a 404 page never answers) and the network.`));
      }, loadTimeout);
      if (probed) return;
      probe = setTimeout(() => {
        probed = true;
        void unreachable(url, done.signal).then((reason) => reason && reject(new PluggyConnectError('LOAD_FAILED', `the Connect app did not load: ${reason}.`)));
      }, probeAfter);
    };
    progressed();
    container.addEventListener('load', progressed, { capture: true, signal: done.signal });
    window.addEventListener('message', (event) => isFrameIn(container, event.source) && progressed(), { signal: done.signal });
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      clearTimeout(probe);
    });
  });
  try {
    await Promise.race([widget.rendered, failed]);
  } catch (error) {
    throw error instanceof PluggyConnectError ? error : new PluggyConnectError('LOAD_FAILED', `the Connect app did not load from ${url} (${String(error)}).`);
  } finally {
    done.abort();
  }
}

/**
 * A session's steps: it takes the page over (an older session ends), checks the options and
 * settles the token, then renders the widget and waits for it to load. A refusal or a failure is
 * reported and ends the session. Once `signal` aborts (the session ended), its widget is removed
 * and nothing more happens.
 */
export async function open(host: Host, to: Transition, signal: AbortSignal): Promise<void> {
  const ended = () => signal.aborted; // read again after each wait
  if (ended()) return; // closed while the code loaded
  if (owner !== host) void owner?.close();
  owner = host;
  signal.addEventListener('abort', () => {
    if (owner === host) owner = undefined;
    widgets.get(host)?.close();
    widgets.delete(host);
  });
  // The copy of the page is made right after: the `open` attribute goes now, not on the next update.
  const leave = () => {
    void host.close();
    host.removeAttribute('open');
  };
  for (const type of pageLeaves) window.addEventListener(type, leave, { signal });
  const prepared = await prepare(host, tokens.get(host), signal);
  if (ended()) return;
  if ('refusal' in prepared) {
    void host.close();
    const { problems, ...refusal } = prepared.refusal;
    throw report(host, refusal, problems ? { attribute: refusal.attribute, problems } : { attribute: refusal.attribute });
  }
  if (prepared.fetched) tokens.set(host, prepared.fetched);
  to('loading');
  const widget = render(host, prepared, to, ended);
  try {
    await loadOf(widget, prepared.widget.url ?? defaultConnectUrl, prepared.own.loadTimeout);
    // The widget's connection is open: the warm-up frames have done their part.
    for (const frame of warmUps.values()) frame.remove();
  } catch (error) {
    if (ended()) return;
    const failure = report(host, error as PluggyConnectError);
    void host.close();
    throw failure;
  }
}

/**
 * Renders the widget into a top-layer dialog: its changes of state go to the session, its other
 * callbacks become the host's events (`pluggy-success`, `pluggy-error`, `pluggy-event` and the
 * event of each `onEvent` type).
 */
function render(host: Host, { widget: options, own }: Prepared, to: Transition, ended: () => boolean): Widget {
  const layer = new TopLayer(frameTitle, () => widget.close());
  // The frame takes the focus when the widget shows; zoid may show it inside init(), before the frame is named.
  const focusFrame = () => layer.show(appFrame(layer.dialog));
  const callbacks: Callbacks = {
    onOpen: () => {
      focusFrame();
      to('visible');
    },
    onHide: () => {
      layer.hide();
      to('hidden');
    },
    onClose: () => {
      layer.release();
      void host.close();
    },
    onSuccess: (detail) => fire(host, 'pluggy-success', detail),
    onError: (detail) => fire(host, 'pluggy-error', detail),
    onEvent: (payload) => {
      fire(host, 'pluggy-event', payload);
      const name = eventNameFor((payload as Partial<typeof payload> | null)?.event);
      if (name) fire(host, name, payload);
    },
  };
  const widget: Widget = new Widget(layer.dialog, { ...options, cspNonce: own.cspNonce }, callbacks);
  if (host.matches(':state(open)')) focusFrame();
  // Closed while zoid rendered (a callback of its own, inside init()): nothing may stay.
  if (ended()) widget.close();
  else {
    widgets.set(host, {
      show: () => widget.show().then(() => callbacks.onOpen()),
      hide: async () => {
        if (!host.matches(':state(open)')) return;
        await widget.hide();
        callbacks.onHide();
      },
      close: () => widget.close(),
    });
  }
  return widget;
}
