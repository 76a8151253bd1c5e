// One widget session, from show() to its end. It owns everything a session has: its state, its
// widget, the page (zoid allows one widget per page), the page guard (focus and inert) and, through
// the widget, the cleanup of what the SDK leaves behind. The element holds the session it showed
// and reflects it (`open`, its states); the opening code (opening.ts) drives it. Every state change
// of a session happens here. Loaded with the opening code on first use, not with the element.
import { fire } from './events.js';
import { open } from './opening.js';
import { focused, type PageGuard } from './page-guard.js';
import type { PluggyConnectElement } from './pluggy-connect.js';
import type { Widget } from './sdk/widget.js';

/** `opening` until the widget is on screen; `closed` once over (for good: a new show() makes a new session). */
export type SessionState = 'opening' | 'visible' | 'hidden' | 'closed';

export /** The session that owns the page's widget: zoid keeps page-wide state. */
let owner: Session | undefined;

export class Session {
  #state: SessionState = 'opening';
  /** Whether the configuration was accepted: the session then owns the page and ends with `pluggy-close`. */
  #began = false;
  #widget?: Widget;
  #guard?: PageGuard;
  /** Where focus goes back to when the session ends: what had it when the session started. */
  readonly #returnFocus = focused();
  /**
   * Settles when the widget has loaded, or when the session ended before; rejects with a
   * `PluggyConnectError` when it could not open (also reported as `pluggy-error`).
   */
  readonly ready: Promise<void>;

  /**
   * Starts opening once the element has rendered: Lit renders an element first when it is
   * connected, so a session shown before waits for that.
   */
  constructor(readonly element: PluggyConnectElement) {
    this.ready = element.updateComplete.then(() => (this.ended ? undefined : open(this)));
  }

  get state(): SessionState {
    return this.#state;
  }

  get ended(): boolean {
    return this.#state === 'closed';
  }

  #set(state: SessionState): void {
    const wasOpen = !this.ended;
    this.#state = state;
    this.element.requestUpdate('open', wasOpen); // reflected when it changed
    this.element.requestUpdate(); // the element shows every state
  }

  /** The configuration is good: the session takes the page over from any other session. */
  begin(): void {
    if (owner !== this) owner?.close();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one session is this one
    owner = this;
    this.#began = true;
  }

  /** The widget and its page guard; zoid may have shown the widget already, inside `init()`. */
  attach(widget: Widget, guard: PageGuard): void {
    this.#widget = widget;
    this.#guard = guard;
    if (this.#state === 'visible') guard.trap();
  }

  /** The widget became visible or hidden: the state, the page guard, and that transition's event (once). */
  reach(state: 'visible' | 'hidden'): void {
    if (this.ended || this.#state === state) return;
    this.#set(state);
    if (state === 'visible') this.#guard?.trap();
    else this.#guard?.release();
    fire(this.element, state === 'visible' ? 'pluggy-open' : 'pluggy-hide');
  }

  /** Ends the session, once: the page is released, focus goes back, and `pluggy-close` if it began. */
  end(): void {
    if (this.ended) return;
    this.#set('closed');
    if (owner === this) owner = undefined;
    this.#guard?.release();
    this.#guard?.restoreFocus(this.#returnFocus);
    if (this.#began) fire(this.element, 'pluggy-close');
  }

  /** Shows a minimised widget again; otherwise, settles with `ready`. */
  async show(): Promise<void> {
    const widget = this.#widget;
    if (this.#state !== 'hidden' || !widget) return this.ready;
    await widget.show();
    this.reach('visible');
  }

  /** Minimises the widget; it keeps running. */
  async hide(): Promise<void> {
    await this.ready.catch(() => undefined);
    const widget = this.#widget;
    if (this.#state !== 'visible' || !widget) return;
    await widget.hide();
    this.reach('hidden');
  }

  /** Closes the widget (its `onClose` ends the session), or ends a session that has none yet. */
  close(): void {
    if (this.#widget && !this.#widget.ended) this.#widget.close();
    else this.end();
  }
}
