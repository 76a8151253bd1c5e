// A widget session's life, in one place: the states, every transition and the event it fires,
// and when a session ends. `<pluggy-connect>` is a lifecycle element: it adds its options, its
// trigger and loading on intent (pluggy-connect.ts). The steps of a session (taking the page over,
// options, token, the widget) are in the code loaded on first use (opening.ts); they ask this
// machine for their transitions through the session it gives them.
//
//   closed ─show()─▶ preparing ─options, token good─▶ loading ─shown─▶ visible ⇄ hidden
//     ▲                  │ code, options, token             │                 │
//     ├── refused or ended: no event ─┘                     └── ended: pluggy-close ──┘
//
// A session ends on close(), which the steps call too (a newer show() on the page, the widget's
// own close, a failure, the page hidden or saved for history), and when the element leaves the
// document: decided after the current task, so that a move within one task keeps the widget.
import { LitElement, type PropertyDeclarations } from 'lit';
import { fire, report } from './events.js';
import { loadOnce } from './load-once.js';

export type State = 'closed' | 'preparing' | 'loading' | 'visible' | 'hidden';

/**
 * The machine, a row per state: the state it goes to next (besides, every state but `closed` may
 * go to `closed`), the element's custom state in it (`:state()`), and the event of entering it
 * (entering `closed` fires it only from a session that began loading).
 */
const machine: Record<State, [next: State, custom: string, event: string]> = {
  closed: ['preparing', '', 'pluggy-close'],
  preparing: ['loading', 'opening', ''],
  loading: ['visible', 'opening', ''],
  visible: ['hidden', 'open', 'pluggy-open'],
  hidden: ['visible', 'hidden', 'pluggy-hide'],
};

/** On a server (SSR, Node) there is no window: the SDK, which writes to it on import, must not load. */
export const onServer = typeof window === 'undefined';

/** The steps of a session, with the SDK: loaded on intent, prefetch() or the first show(). */
export const loadOpening = loadOnce(() => import('./opening.js'));

/** Failures of a promise nobody awaits are reported as `pluggy-error` already. */
export const reported = () => undefined;

/** The lifecycle of `<pluggy-connect>`'s widget sessions (see above); not an element of its own. @ignore */
export class LifecycleElement extends LitElement {
  // Declared where its accessors are: Lit makes its own for a property declared elsewhere.
  static override properties: PropertyDeclarations = { open: { type: Boolean, reflect: true } };

  #state: State = 'closed';
  /** The current session's: aborted when it ends, which stops its steps and removes their listeners. */
  #signals?: AbortController;
  /** Settles when the current session has loaded or ended. */
  #ready = Promise.resolve();
  readonly #internals = this.attachInternals();

  /**
   * Whether a widget session is alive: from `show()` (a click) on, while the widget loads
   * (`:state(opening)`), is on screen (`:state(open)`) or minimised (`:state(hidden)`). Setting it
   * is the same as `show()` (true) or `close()` (false); an element parsed with `open` opens when
   * connected.
   */
  get open(): boolean {
    return this.#state !== 'closed';
  }
  set open(value: boolean) {
    if (value) this.show().catch(reported);
    else void this.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setTimeout(() => {
      if (!this.isConnected) void this.close();
    });
  }

  /** Makes a transition the machine allows: `open` and `:state()` follow at once (the attribute and the look on the next update), then its event. */
  #to(state: State): void {
    const from = this.#state;
    if (state === 'closed' ? from === state : machine[from][0] !== state) return;
    const [, custom, event] = machine[state];
    this.#state = state;
    if (state === 'closed') this.#signals?.abort();
    const { states } = this.#internals;
    states.clear();
    if (custom) states.add(custom);
    this.requestUpdate('open', !this.open); // always a change to Lit: the look follows, and the attribute
    if (event && from !== 'preparing') fire(this, event);
  }

  /**
   * Opens the widget, or shows it again when minimised: `open` is true at once, and this element
   * owns the page's one widget (an earlier session of any element ends). Resolves when the widget
   * has loaded (or when the session ended before that); rejects with a `PluggyConnectError` when it
   * could not open, which is also reported as `pluggy-error`. Before the element is connected, waits.
   */
  show(): Promise<void> {
    if (onServer) return Promise.reject(new Error('<pluggy-connect>: show() needs a browser'));
    if (this.#state === 'closed') {
      const { signal } = (this.#signals = new AbortController());
      this.#to('preparing');
      // Connected and rendered first: a show() before that waits.
      this.#ready = this.updateComplete.then(loadOpening).then(
        (opening) => opening.open(this, (state) => this.#to(state), signal),
        (error: unknown) => {
          if (signal.aborted) return;
          void this.close();
          throw report(this, { code: 'LOAD_FAILED', message: `the widget's code did not load: ${String(error)}.` });
        },
      );
    }
    return this.#state === 'hidden' ? this.#minimise(false) : this.#ready;
  }

  /** Minimises the widget, or shows it again, once it has loaded (without a session, nothing loads). */
  #minimise(hidden: boolean): Promise<void> {
    const loaded = this.#ready.catch(reported);
    return this.open ? loaded.then(loadOpening).then((opening) => opening.minimise(this, hidden)) : loaded;
  }

  /** Minimises the widget; it keeps running and `open` stays true. Resolves once hidden. */
  hide(): Promise<void> {
    return this.#minimise(true);
  }

  /** Ends the widget session (fires `pluggy-close` if its widget had begun loading). Resolves once closed. */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, as the other methods give: closed at once
  async close(): Promise<void> {
    this.#to('closed'); // its widget goes with the session's signal
  }
}
