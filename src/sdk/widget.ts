// The SDK's widget, with its defects undone (each in its own file here). Patches how a session ends
// (verified with pluggy-connect-sdk 2.14.2 and zoid 9.0.63, see verified.ts): the SDK's `destroy()`
// skips `onClose` and kills zoid for the whole page, so a session ends by removing its container
// instead, which zoid notices; zoid may close asynchronously, after the session is over; and zoid
// may close synchronously inside another script's removal of the container (Chromium blurs the
// focused frame during the removal, and zoid closes on that), where removing the container again
// would make that script's removeChild() throw. To re-verify: test/widget.test.ts (every way a
// session ends leaves the page at baseline) and test/pages/leaving.test.ts (<body> emptied).
import { PluggyConnect, type PluggyConnectProps } from 'pluggy-connect-sdk';
import type { WidgetOptions } from '../read-options.js';
import type { ConnectEventPayload, Item } from '../types.js';
import { clearFrameNames, isFrameIn, labelFrames } from './frames.js';
import { captureSdkListeners } from './listeners.js';
import { unlockScroll } from './scroll-lock.js';
import { withStyleNonce } from './style-nonce.js';
import { withTrustedHtml } from './trusted-types.js';
import { trackZoidInstance } from './zoid-cleanup.js';

/** What the widget reports, as the SDK's callbacks. */
export interface Callbacks {
  onOpen(): void;
  onHide(): void;
  onClose(): void;
  onSuccess(data: { item: Item }): void;
  onError(error: { message: string; data?: { item: Item } }): void;
  onEvent(payload: ConnectEventPayload): void;
}

/** Where the SDK's callbacks go: emptied when the session ends. */
interface Relay {
  widget?: Widget;
  callbacks?: Callbacks;
}

/**
 * The callbacks handed to the SDK. Made outside the widget's methods on purpose: closures made
 * in one function share its scope, so one made in the constructor would keep `this` alive too.
 * A callback that arrives after the session ended (zoid closes asynchronously) is dropped.
 */
function relayed(relay: Relay): Callbacks {
  return {
    onOpen: () => relay.callbacks?.onOpen(),
    onHide: () => {
      if (relay.widget) unlockScroll(relay.widget.container);
      relay.callbacks?.onHide();
    },
    onSuccess: (data) => relay.callbacks?.onSuccess(data),
    onError: (error) => relay.callbacks?.onError(error),
    onEvent: (payload) => relay.callbacks?.onEvent(payload),
    onClose: () => relay.widget?.close(true),
  };
}

/** The SDK's instance, counted alive until zoid destroys it (see zoid-cleanup.ts). */
function createInstance(props: PluggyConnectProps): PluggyConnect {
  const holder: { instance?: PluggyConnect } = {};
  // `onDestroy` is zoid's own prop; the SDK passes props it does not know on to zoid.
  const onDestroy = trackZoidInstance(() => holder.instance);
  holder.instance = new PluggyConnect({ ...props, onDestroy } as PluggyConnectProps);
  return holder.instance;
}

/**
 * One widget session, rendered into a container of its own in the document (zoid cannot render
 * inside a shadow root). The session ends, with one `onClose`, by removing that container: zoid
 * notices and closes, whoever asked. Ending also undoes what the SDK leaves behind: its
 * `message`/`keydown` listeners and its body class.
 */
export class Widget {
  /** Settles when the widget finished loading (the SDK's `init()`). */
  readonly rendered: Promise<void>;
  readonly #instance: PluggyConnect;
  readonly #releaseListeners: () => void;
  /**
   * The way back from the SDK's callbacks to this session. zoid never lets go of a session's
   * props (post-robot keeps a page-wide list that holds them), so the callbacks hold only this
   * relay, which ending empties: the closed widget's DOM, this object and the element behind the
   * callbacks can then be collected.
   */
  readonly #relay: Relay;

  /** Renders the widget into `container`, which is in the document. A failure to render rejects `rendered`. */
  constructor(
    readonly container: HTMLElement,
    options: WidgetOptions & { cspNonce?: string },
    callbacks: Callbacks,
  ) {
    this.#relay = { widget: this, callbacks };
    // `satisfies`: the options and callbacks type-check against the SDK's own props.
    this.#instance = createInstance({ ...options, ...relayed(this.#relay) } satisfies PluggyConnectProps);
    let rendered: Promise<void> = Promise.resolve();
    this.#releaseListeners = captureSdkListeners(
      () => {
        withStyleNonce(options.cspNonce, () => {
          withTrustedHtml(container, () => {
            try {
              rendered = this.#instance.init(container);
            } catch (error) {
              rendered = Promise.reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        });
      },
      // The SDK checks a message's origin, not its sender: only this widget's frames may talk to it.
      (event) => !(event instanceof MessageEvent) || isFrameIn(container, event.source),
    );
    labelFrames(container);
    this.rendered = rendered.then(() => clearFrameNames(container));
  }

  show(): Promise<void> {
    return this.#instance.show();
  }

  hide(): Promise<void> {
    return this.#instance.hide();
  }

  /**
   * Ends the session (once): removes the widget and what the SDK left, then calls `onClose`.
   * `byZoid`: zoid closed it, maybe inside another script's removal of the container, which is
   * then left to finish: the container goes after that script (a microtask), if it is still there.
   */
  close(byZoid = false): void {
    const { callbacks } = this.#relay;
    if (!callbacks) return;
    this.#relay.widget = this.#relay.callbacks = undefined;
    const { container } = this;
    unlockScroll(container);
    if (byZoid) queueMicrotask(() => container.remove());
    else container.remove();
    this.#releaseListeners();
    callbacks.onClose();
  }
}
