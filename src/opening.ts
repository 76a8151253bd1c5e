// Opening a widget: everything it takes beyond the element itself. Loaded on the first show()
// or preload(), beside the SDK, so that registering <pluggy-connect> costs a page only the element.
import type { ConnectEventPayload } from 'pluggy-connect-sdk';
import { eventNameFor } from './event-names.js';
import { PluggyConnectError, fire, report } from './events.js';
import { defaultConnectUrl, type WidgetOptions } from './options.js';
import { prepare, type Source } from './prepare.js';
import { unreachable } from './reachability.js';
import { loadSdk } from './sdk.js';
import { Widget, type Callbacks } from './widget.js';

/** What the element lends the code that opens its widget. */
export interface Session {
  element: EventTarget & Source & { cspNonce?: string };
  /** Whether a later show() or close() made this opening pointless. */
  superseded(): boolean;
  keepToken(token: string): void;
  /** The configuration was refused: nothing opens. */
  refused(): void;
  /** The configuration is good: the session begins (the page is claimed, `open` is true). */
  begin(): void;
  attach(widget: Widget): void;
  /** The widget became visible or hidden: the element's state, and that transition's event. */
  reached(state: 'visible' | 'hidden', event: 'pluggy-open' | 'pluggy-hide'): void;
  /** The widget closed itself: the session is over. */
  end(): void;
  close(): void;
}

/** The widget's callbacks, as the element's events. */
function callbacksOf(session: Session): Callbacks {
  const { element } = session;
  return {
    onOpen: () => session.reached('visible', 'pluggy-open'),
    onHide: () => session.reached('hidden', 'pluggy-hide'),
    onClose: () => session.end(),
    onSuccess: (detail) => fire(element, 'pluggy-success', detail),
    onError: (detail) => fire(element, 'pluggy-error', detail),
    onEvent: (payload) => {
      fire(element, 'pluggy-event', payload);
      const name = eventNameFor((payload as Partial<ConnectEventPayload> | null)?.event);
      if (name) fire(element, name, payload);
    },
  };
}

/** Checks the configuration (fetching a fresh token if needed), then loads the widget. */
export async function open(session: Session): Promise<void> {
  const prepared = await prepare(session.element, () => session.superseded(), (token) => session.keepToken(token));
  if ('superseded' in prepared) return;
  for (const { message } of prepared.warnings) console.warn(`<pluggy-connect>: ${message}`);
  if ('refusal' in prepared) {
    session.refused();
    const { attribute, problems } = prepared.refusal;
    throw report(session.element, prepared.refusal, problems ? { attribute, problems } : { attribute });
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
 * Loads the SDK and renders the widget, racing the load timeout and, from `probeAfter` on, a check
 * that the Connect app's server answers. A failure is reported and ends the session.
 */
async function load(session: Session, options: WidgetOptions): Promise<void> {
  const { loadTimeout, cspNonce } = session.element;
  const url = options.url ?? defaultConnectUrl;
  const done = new AbortController();
  const failed = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => {
      reject(new PluggyConnectError('LOAD_TIMEOUT', `the Connect app at ${url} did not load within ${loadTimeout} ms: check connect-url (a wrong address or a 404 page never answers) and the network.`));
    }, loadTimeout);
    const probe = setTimeout(() => {
      void unreachable(url, done.signal).then((reason) => reason && reject(new PluggyConnectError('LOAD_FAILED', `the Connect app did not load: ${reason}.`)));
    }, probeAfter);
    done.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      clearTimeout(probe);
    });
  });
  let widget: Widget | undefined;
  const rendering = async () => {
    const sdk = await loadSdk().catch((error: unknown) => {
      throw new PluggyConnectError('LOAD_FAILED', `the Pluggy Connect SDK could not be loaded (${String(error)}).`);
    });
    if (session.superseded()) return;
    widget = new Widget(sdk, { ...options, cspNonce }, callbacksOf(session));
    session.attach(widget);
    await widget.rendered;
  };
  try {
    await Promise.race([rendering(), failed]);
  } catch (error) {
    if (session.superseded() || widget?.ended) return; // closed while loading
    const reason = error instanceof PluggyConnectError ? error : { code: 'LOAD_FAILED' as const, message: `the Connect app did not load from ${url} (${String(error)}).` };
    const failure = report(session.element, reason);
    session.close();
    throw failure;
  } finally {
    done.abort();
  }
}
