import type { PluggyConnect, PluggyConnectProps } from 'pluggy-connect-sdk';
import type { Sdk } from './sdk.js';
import type { WidgetOptions } from './options.js';
import { captureSdkListeners } from './sdk-listeners.js';
import { withStyleNonce } from './style-nonce.js';
import { trackZoidInstance } from './zoid-cleanup.js';

type CallbackName = 'onOpen' | 'onHide' | 'onClose' | 'onSuccess' | 'onError' | 'onEvent';
export type Callbacks = { [Name in CallbackName]: (...args: Parameters<NonNullable<PluggyConnectProps[Name]>>) => void };

/** The accessible name of the widget's frame. */
const frameTitle = 'Pluggy Connect';

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
  const forward =
    (name: CallbackName) =>
    (...args: unknown[]) => {
      (relay.callbacks?.[name] as ((...args: unknown[]) => void) | undefined)?.(...args);
    };
  return {
    onOpen: forward('onOpen'),
    onHide: () => {
      relay.widget?.unlockScroll();
      forward('onHide')();
    },
    onSuccess: forward('onSuccess'),
    onError: forward('onError'),
    onEvent: forward('onEvent'),
    onClose: () => relay.widget?.close(),
  };
}

/** The SDK's instance, counted alive until zoid destroys it (see zoid-cleanup.ts). */
function createInstance(sdk: Sdk, props: PluggyConnectProps): PluggyConnect {
  const holder: { instance?: PluggyConnect } = {};
  // `onDestroy` is zoid's own prop; the SDK passes props it does not know on to zoid.
  const onDestroy = trackZoidInstance(() => holder.instance);
  holder.instance = new sdk.PluggyConnect({ ...props, onDestroy } as PluggyConnectProps);
  return holder.instance;
}

/**
 * One widget session, rendered into a container `<div>` of its own at the end of
 * `document.body` (zoid cannot render inside a shadow root). The session ends, with one
 * `onClose`, by removing that container: zoid notices and closes, whoever asked. Ending also
 * undoes what the SDK leaves behind: its `message`/`keydown` listeners and its body class.
 */
export class Widget {
  /** Settles when the widget finished loading (the SDK's `init()`). */
  readonly rendered: Promise<void>;
  readonly #container = document.createElement('div');
  readonly #instance: PluggyConnect;
  readonly #releaseListeners: () => void;
  /**
   * The way back from the SDK's callbacks to this session. zoid never lets go of a session's
   * props (post-robot keeps a page-wide list that holds them), so the callbacks hold only this
   * relay, which ending empties: the closed widget's DOM, this object and the element behind the
   * callbacks can then be collected.
   */
  readonly #relay: Relay;

  constructor(sdk: Sdk, options: WidgetOptions & { cspNonce?: string }, callbacks: Callbacks) {
    this.#relay = { widget: this, callbacks };
    this.#instance = createInstance(sdk, { ...options, ...relayed(this.#relay) });
    this.#container.dataset.pluggyConnect = '';
    document.body.append(this.#container);
    let rendered: Promise<void> = Promise.resolve();
    this.#releaseListeners = captureSdkListeners(
      () => {
        withStyleNonce(options.cspNonce, () => {
          rendered = this.#instance.init(this.#container);
        });
      },
      // The SDK checks a message's origin, not its sender: only this widget's frames may talk to it.
      (event) => !(event instanceof MessageEvent) || this.#isOwnFrame(event.source),
    );
    this.#labelFrames();
    this.rendered = rendered.then(() => this.#clearFrameNames());
  }

  /**
   * The widget's frame (zoid names it `__zoid__…` until `#clearFrameNames`) gets a stable
   * accessible name, by which end-to-end tests can find it (`iframe[title="Pluggy Connect"]`).
   * zoid's other frames (the loading screen, hidden once the app loads, and its close detector)
   * are kept out of the tab order and the accessibility tree.
   */
  #labelFrames(): void {
    for (const frame of this.#container.querySelectorAll('iframe')) {
      if (frame.name.startsWith('__zoid__')) {
        frame.title = frameTitle;
      } else {
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
      }
    }
  }

  /**
   * zoid hands a cross-origin child its props (the token, CPF, CNPJ) in the frame's name, as
   * base64 JSON. The child has read them once it completed the handshake: take them off the page.
   */
  #clearFrameNames(): void {
    for (const frame of this.#container.querySelectorAll('iframe[name^="__zoid__"]')) frame.removeAttribute('name');
  }

  #isOwnFrame(source: MessageEventSource | null): boolean {
    return [...this.#container.querySelectorAll('iframe')].some((frame) => frame.contentWindow === source);
  }

  /** Whether the session is over. */
  get ended(): boolean {
    return !this.#relay.widget;
  }

  show(): Promise<void> {
    return this.#instance.show();
  }

  hide(): Promise<void> {
    return this.#instance.hide();
  }

  /**
   * Takes off the SDK's scroll lock (its body class). The SDK does so for a minimised widget only
   * when the widget's message comes from exactly its `url`, which a `connect-url` with a path or
   * query never matches; the element does it when the widget reports `onHide`, and on close.
   */
  unlockScroll(): void {
    // zoid names the widget's root after its uid, and so does the SDK's scroll-lock class.
    const uid = this.#container.firstElementChild?.id;
    if (uid) document.body.classList.remove(`${uid}_has-modal-visible`);
  }

  /** Ends the session (once): removes the widget and what the SDK left, then calls `onClose`. */
  close(): void {
    const { callbacks } = this.#relay;
    if (!callbacks) return;
    this.#relay.widget = this.#relay.callbacks = undefined;
    this.unlockScroll();
    this.#container.remove();
    this.#releaseListeners();
    callbacks.onClose();
  }
}
