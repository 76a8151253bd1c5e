import type { PluggyConnect, PluggyConnectProps } from 'pluggy-connect-sdk';
import type { Sdk } from './sdk.js';
import type { WidgetOptions } from './options.js';
import { captureSdkListeners } from './sdk-listeners.js';
import { withStyleNonce } from './style-nonce.js';

type CallbackName = 'onOpen' | 'onHide' | 'onClose' | 'onSuccess' | 'onError' | 'onEvent';
export type Callbacks = { [Name in CallbackName]: (...args: Parameters<NonNullable<PluggyConnectProps[Name]>>) => void };

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
  readonly #onClose: () => void;
  readonly #releaseListeners: () => void;
  #ended = false;

  constructor(sdk: Sdk, options: WidgetOptions & { cspNonce?: string }, callbacks: Callbacks) {
    this.#onClose = callbacks.onClose;
    // A callback that arrives after the session ended (zoid closes asynchronously) is dropped.
    const live =
      <Args extends unknown[]>(callback: (...args: Args) => unknown) =>
      (...args: Args) => {
        if (!this.#ended) callback(...args);
      };
    this.#instance = new sdk.PluggyConnect({
      ...options,
      onOpen: live(callbacks.onOpen),
      onHide: live(callbacks.onHide),
      onSuccess: live(callbacks.onSuccess),
      onError: live(callbacks.onError),
      onEvent: live(callbacks.onEvent),
      onClose: () => this.close(),
    });
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
    this.rendered = rendered.then(() => this.#clearFrameNames());
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
    return this.#ended;
  }

  show(): Promise<void> {
    return this.#instance.show();
  }

  hide(): Promise<void> {
    return this.#instance.hide();
  }

  /** Ends the session (once): removes the widget and what the SDK left, then calls `onClose`. */
  close(): void {
    if (this.#ended) return;
    this.#ended = true;
    // zoid names the widget's root after its uid, and so does the SDK's scroll-lock class.
    const uid = this.#container.firstElementChild?.id;
    this.#container.remove();
    if (uid) document.body.classList.remove(`${uid}_has-modal-visible`);
    this.#releaseListeners();
    this.#onClose();
  }
}
