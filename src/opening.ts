// Opening a widget: everything a session takes beyond the element itself, the SDK included. Loaded
// with sessions (session.ts) on intent, preload() or the first show(), so that registering
// <pluggy-connect> costs a page only the element. It drives the session it is given.
import { eventNameFor } from './event-names.js';
import { PluggyConnectError, fire, report } from './events.js';
import { PageGuard } from './page-guard.js';
import { prepare } from './prepare.js';
import { unreachable } from './reachability.js';
import { defaultConnectUrl } from './options.js';
import type { WidgetOptions } from './read-options.js';
import { appFrame, isFrameIn } from './sdk/frames.js';
import { Widget, type Callbacks } from './sdk/widget.js';
import type { Session } from './session.js';

/** The widget's callbacks, as the session's changes and the element's events. */
function callbacksOf(session: Session): Callbacks {
  const { element } = session;
  return {
    onOpen: () => session.reach('visible'),
    onHide: () => session.reach('hidden'),
    onClose: () => session.end(),
    onSuccess: (detail) => fire(element, 'pluggy-success', detail),
    onError: (detail) => fire(element, 'pluggy-error', detail),
    onEvent: (payload) => {
      fire(element, 'pluggy-event', payload);
      const name = eventNameFor((payload as Partial<typeof payload> | null)?.event);
      if (name) fire(element, name, payload);
    },
  };
}

/** Checks the configuration (fetching a fresh token if needed), then loads the widget. */
export async function open(session: Session): Promise<void> {
  const { element } = session;
  const prepared = await prepare(element, () => session.ended, (token) => (element.connectToken = token));
  if ('ended' in prepared || session.ended) return;
  for (const { message } of prepared.warnings) console.warn(`<pluggy-connect>: ${message}`);
  if ('refusal' in prepared) {
    session.end();
    const { attribute, problems } = prepared.refusal;
    throw report(element, prepared.refusal, problems ? { attribute, problems } : { attribute });
  }
  session.begin();
  await load(session, prepared.options);
}

/**
 * How long a widget may take to load before the element asks whether the Connect app's server
 * answers at all. A healthy open is done sooner and costs no extra request; the request, started
 * with the widget, measurably slowed every open (about 3 ms, 10%, warm).
 */
const probeAfter = 1000;

/**
 * Renders the widget, racing two failures: LOAD_TIMEOUT when the load makes no progress for
 * `load-timeout` ms (a slow network that keeps loading is not cut off), and, from `probeAfter` on,
 * LOAD_FAILED when the Connect app's server does not answer at all. A failure is reported and ends
 * the session.
 */
async function load(session: Session, options: WidgetOptions): Promise<void> {
  const { loadTimeout, cspNonce } = session.element;
  const url = options.url ?? defaultConnectUrl;
  const done = new AbortController();
  let progressed: () => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    progressed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        reject(new PluggyConnectError('LOAD_TIMEOUT', `the Connect app at ${url} did not load within ${loadTimeout} ms of its last progress: check connect-url (a wrong address or a 404 page never answers) and the network.`));
      }, loadTimeout);
    };
    progressed();
    const probe = setTimeout(() => {
      void unreachable(url, done.signal).then((reason) => reason && reject(new PluggyConnectError('LOAD_FAILED', `the Connect app did not load: ${reason}.`)));
    }, probeAfter);
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      clearTimeout(probe);
    });
  });
  const rendering = async () => {
    const widget = new Widget({ ...options, cspNonce }, callbacksOf(session));
    const { container } = widget;
    session.attach(widget, new PageGuard(container, () => appFrame(container)));
    // Progress: the frame created; its documents loading; each message of zoid's handshake.
    progressed();
    container.addEventListener('load', progressed, { capture: true, signal: done.signal });
    window.addEventListener('message', (event) => isFrameIn(container, event.source) && progressed(), { signal: done.signal });
    await widget.rendered;
  };
  try {
    await Promise.race([rendering(), failed]);
  } catch (error) {
    if (session.ended) return; // closed while loading
    const reason = error instanceof PluggyConnectError ? error : { code: 'LOAD_FAILED' as const, message: `the Connect app did not load from ${url} (${String(error)}).` };
    const failure = report(session.element, reason);
    session.close();
    throw failure;
  } finally {
    done.abort();
  }
}
