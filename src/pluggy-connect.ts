import { LitElement, css, html, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConnectEventPayload } from 'pluggy-connect-sdk';
import type { ConnectorType, CountryCode, ProductType } from './types.js';
import { eventNameFor, fire, type PluggyErrorCode } from './events.js';
import {
  booleanConverter,
  defaultTrueConverter,
  jsonConverter,
  listConverter,
  numberConverter,
  numberListConverter,
  readOptions,
} from './options.js';
import { Widget, loadSdk, type Sdk } from './widget.js';

/** CPF and/or CNPJ that pre-fill Open Finance connectors' forms. */
export interface OpenFinanceParameters {
  cpf?: string;
  cnpj?: string;
}

/** The error `show()` rejects with when the widget could not open; `code` as in `pluggy-error`. */
export class PluggyConnectError extends Error {
  constructor(
    readonly code: PluggyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PluggyConnectError';
  }
}

type State = 'closed' | 'opening' | 'visible' | 'hidden';

const labels: Record<string, string> = { pt: 'Conectar conta', en: 'Connect account', es: 'Conectar cuenta' };

/** Lit types `isServer` as `false` (its browser build); its Node build exports `true`. */
const onServer: boolean = isServer;

/** zoid keeps page-wide state: one widget at a time, owned by one element. */
let pageOwner: PluggyConnectElement | undefined;

/** Makes `element` the page's widget owner, closing the previous owner's session. */
function claimPage(element: PluggyConnectElement): void {
  void pageOwner?.close();
  pageOwner = element;
}

/**
 * The Pluggy Connect widget, through which a user links a bank account to your app.
 *
 * Attributes and properties are the widget's options; they are read when the widget opens, so a
 * change while it is open applies the next time it opens. The widget renders over the page (in
 * `document.body`), one at a time per page.
 *
 * @tag pluggy-connect
 * @summary Pluggy Connect widget: link a bank account (Brazilian open finance).
 *
 * @fires {CustomEvent<null>} pluggy-open - The widget became visible (opened, or shown again after a hide).
 * @fires {CustomEvent<null>} pluggy-hide - The widget was minimised; it keeps running.
 * @fires {CustomEvent<null>} pluggy-close - The widget session ended, however it ended; once per session.
 * @fires {CustomEvent<PluggySuccessDetail>} pluggy-success - An Item was created or updated.
 * @fires {CustomEvent<PluggyErrorDetail>} pluggy-error - The widget reported an error, or the element could not open it (`code`).
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-event - Every `onEvent` payload of the widget.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-submitted-consent - `onEvent` of type `SUBMITTED_CONSENT`; every type has its `pluggy-` + kebab-case event.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-selected-institution - `onEvent` of type `SELECTED_INSTITUTION`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-submitted-login - `onEvent` of type `SUBMITTED_LOGIN`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-submitted-mfa - `onEvent` of type `SUBMITTED_MFA`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-login-success - `onEvent` of type `LOGIN_SUCCESS`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-login-mfa-success - `onEvent` of type `LOGIN_MFA_SUCCESS`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-login-step-completed - `onEvent` of type `LOGIN_STEP_COMPLETED`.
 * @fires {CustomEvent<ConnectEventPayload>} pluggy-item-response - `onEvent` of type `ITEM_RESPONSE`.
 *
 * @slot - The trigger: a click on the element's content opens the widget. Defaults to a button.
 * @csspart button - The default trigger button.
 * @cssprop [--pluggy-connect-button-background=#d01c43] - Background of the default button.
 * @cssprop [--pluggy-connect-button-color=#fff] - Text colour of the default button.
 * @cssprop [--pluggy-connect-button-radius=0.5em] - Corner radius of the default button.
 * @cssprop [--pluggy-connect-button-padding=0.625em 1.25em] - Padding of the default button.
 */
export class PluggyConnectElement extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
    }
    :host([hidden]) {
      display: none;
    }
    button {
      font: inherit;
      cursor: pointer;
      border: 0;
      padding: var(--pluggy-connect-button-padding, 0.625em 1.25em);
      border-radius: var(--pluggy-connect-button-radius, 0.5em);
      background: var(--pluggy-connect-button-background, #d01c43);
      color: var(--pluggy-connect-button-color, #fff);
    }
    button:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
  `;

  #state: State = 'closed';
  #widget?: Widget;
  #opening?: Promise<void>;
  /** Bumped by every show/close request: an async step that finds it changed stops. */
  #generation = 0;
  #onConnected?: () => void;

  /** Connect token from your backend (required). Never reflected to the attribute. */
  @property({ attribute: 'connect-token' }) connectToken?: string;

  /** List Sandbox connectors (not for production). */
  @property({ attribute: 'include-sandbox', converter: booleanConverter }) includeSandbox?: boolean;

  /** Let the user minimise the widget while the connection continues in the background. */
  @property({ attribute: 'allow-connect-in-background', converter: booleanConverter })
  allowConnectInBackground?: boolean;

  /** Fullscreen on small screens; `allow-fullscreen="false"` shows a modal instead. */
  @property({ attribute: 'allow-fullscreen', converter: defaultTrueConverter }) allowFullscreen = true;

  /** Id of an Item to update: the widget opens on that Item's credentials form. */
  @property({ attribute: 'update-item' }) updateItem?: string;

  /** Connector to open directly after the consent step, skipping the connector list. */
  @property({ attribute: 'selected-connector-id', converter: numberConverter }) selectedConnectorId?: number;

  /** Only list connectors of these types (e.g. `PERSONAL_BANK BUSINESS_BANK`). */
  @property({ attribute: 'connector-types', converter: listConverter }) connectorTypes?: ConnectorType[];

  /** Only run these products when creating the Item. */
  @property({ converter: listConverter }) products?: ProductType[];

  /** Only list connectors with these ids. */
  @property({ attribute: 'connector-ids', converter: numberListConverter }) connectorIds?: number[];

  /** Only list connectors of these countries (ISO-3166-1 alpha-2). */
  @property({ converter: listConverter }) countries?: CountryCode[];

  /** Widget language (ISO code); the widget falls back to `pt`. Also labels the default button. */
  @property() language?: string;

  /** Widget theme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** CPF/CNPJ to pre-fill Open Finance forms (JSON in the attribute). Never reflected. */
  @property({ attribute: 'open-finance-parameters', converter: jsonConverter })
  openFinanceParameters?: OpenFinanceParameters;

  /** Open OAuth URLs in the system browser instead of a webview. */
  @property({ attribute: 'force-oauth-in-browser', converter: booleanConverter }) forceOauthInBrowser?: boolean;

  /** Always ask for credentials when updating an Item. */
  @property({ attribute: 'force-ask-for-credentials', converter: booleanConverter })
  forceAskForCredentials?: boolean;

  /** Sort connectors A–Z instead of by usage. */
  @property({ attribute: 'connector-sort-alphabetically', converter: booleanConverter })
  connectorSortAlphabetically?: boolean;

  /** The hosted Connect app (the SDK's `url`): point it at an emulator or test double. Default: the SDK's. */
  @property({ attribute: 'connect-url' }) connectUrl?: string;

  /**
   * Whether a widget session is alive (opening, visible or minimised). Setting it is the same as
   * `show()` (true) or `close()` (false); an element parsed with `open` opens when connected.
   */
  @property({ type: Boolean, reflect: true })
  get open(): boolean {
    return this.#state !== 'closed';
  }
  set open(value: boolean) {
    if (value) this.show().catch(() => undefined); // failures are reported as pluggy-error
    else void this.close();
  }

  constructor() {
    super();
    this.addEventListener('click', () => {
      this.show().catch(() => undefined); // reported as pluggy-error
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#onConnected?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page disconnects and reconnects at once: only a real removal closes.
    queueMicrotask(() => {
      if (!this.isConnected) void this.close();
    });
  }

  #setState(state: State): void {
    const wasOpen = this.open;
    this.#state = state;
    this.requestUpdate('open', wasOpen);
  }

  /** Opens a session; returns early (resolved) when a later close() or show() supersedes it. */
  async #start(): Promise<void> {
    const generation = ++this.#generation;
    const superseded = () => generation !== this.#generation;
    if (!this.isConnected) await new Promise<void>((resolve) => (this.#onConnected = resolve));
    this.#onConnected = undefined;
    await this.updateComplete;
    if (superseded()) return;
    const options = readOptions(this);
    if (!options.connectToken) {
      this.requestUpdate('open', true); // an `open` attribute the page set comes off again
      throw this.#fail('MISSING_TOKEN', 'connect-token is missing: set the connect-token attribute or the connectToken property to a connect token from your backend.');
    }
    claimPage(this);
    this.#setState('opening');
    let sdk: Sdk;
    try {
      sdk = await loadSdk();
    } catch (error) {
      if (superseded()) return;
      const failure = this.#fail('LOAD_FAILED', `the Pluggy Connect SDK could not be loaded (${String(error)}).`);
      this.#end();
      throw failure;
    }
    if (superseded()) return;
    const widget = new Widget(sdk, options, {
      onOpen: () => this.#reached('visible', 'pluggy-open'),
      onHide: () => this.#reached('hidden', 'pluggy-hide'),
      onClose: () => this.#end(),
      onSuccess: (detail) => fire(this, 'pluggy-success', detail),
      onError: (detail) => fire(this, 'pluggy-error', detail),
      onEvent: (payload) => this.#forward(payload),
    });
    this.#widget = widget;
    try {
      await widget.rendered;
    } catch (error) {
      if (widget.ended) return; // closed before it finished loading
      const failure = this.#fail('LOAD_FAILED', `the Connect app did not load from ${options.url ?? 'the default URL'} (${String(error)}).`);
      widget.close();
      throw failure;
    }
  }

  /** Moves between visible and hidden, with the event of that transition (once). */
  #reached(state: 'visible' | 'hidden', event: 'pluggy-open' | 'pluggy-hide'): void {
    if (this.#state === state || this.#state === 'closed') return;
    this.#setState(state);
    fire(this, event);
  }

  /** Ends the session: once, with `pluggy-close`. */
  #end(): void {
    if (this.#state === 'closed') return;
    this.#widget = undefined;
    if (pageOwner === this) pageOwner = undefined;
    this.#setState('closed');
    fire(this, 'pluggy-close');
  }

  #forward(payload: ConnectEventPayload): void {
    fire(this, 'pluggy-event', payload);
    const name = eventNameFor((payload as Partial<ConnectEventPayload> | null)?.event);
    if (name) fire(this, name, payload);
  }

  async #reveal(widget: Widget): Promise<void> {
    await widget.show();
    if (widget === this.#widget) this.#reached('visible', 'pluggy-open');
  }

  #fail(code: PluggyErrorCode, message: string): PluggyConnectError {
    console.error(`<pluggy-connect>: ${message}`);
    fire(this, 'pluggy-error', { message, code });
    return new PluggyConnectError(code, message);
  }

  /**
   * Opens the widget, or shows it again when minimised. Resolves when the widget has loaded (or
   * when the session was closed before that); rejects with a `PluggyConnectError` when it could
   * not open, which is also reported as `pluggy-error`. Before the element is connected, waits.
   */
  show(): Promise<void> {
    if (onServer) return Promise.reject(new Error('<pluggy-connect>: show() needs a browser; call it from client-side code.'));
    if (this.#opening) return this.#opening;
    if (this.#state === 'hidden' && this.#widget) return this.#reveal(this.#widget);
    if (this.#state === 'visible') return Promise.resolve();
    const opening = this.#start().finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    this.#opening = opening;
    return opening;
  }

  /** Minimises the widget; it keeps running and `open` stays true. Resolves once hidden. */
  async hide(): Promise<void> {
    await this.#opening?.catch(() => undefined);
    const widget = this.#widget;
    if (this.#state !== 'visible' || !widget) return;
    await widget.hide();
    if (widget === this.#widget) this.#reached('hidden', 'pluggy-hide');
  }

  /** Ends the widget session (fires `pluggy-close` if one was alive). Resolves once closed. */
  close(): Promise<void> {
    this.#generation++;
    this.#opening = undefined;
    if (this.#widget) this.#widget.close();
    else this.#end();
    return Promise.resolve();
  }

  /** Loads the SDK ahead of the first `show()`, so opening costs no module load. */
  async preload(): Promise<void> {
    if (!onServer) await loadSdk();
  }

  override render() {
    const language = (this.language ?? '').slice(0, 2).toLowerCase();
    return html`<slot><button part="button" type="button">${labels[language] ?? labels.pt}</button></slot>`;
  }
}
