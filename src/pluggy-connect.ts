import { ReactiveElement, css, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import type { ConnectorType, CountryCode, ProductType } from './types.js';
import { fire, report } from './events.js';
import {
  booleanConverter,
  defaultTrueConverter,
  jsonConverter,
  listConverter,
  numberConverter,
  numberListConverter,
} from './attributes.js';
import { loadSdk } from './sdk.js';
import type { Widget } from './widget.js';

type Opening = typeof import('./opening.js');
let opening: Promise<Opening> | undefined;

/** The code that opens a widget, loaded once on first use (a failed load is retried). */
function loadOpening(): Promise<Opening> {
  opening ??= import('./opening.js').catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** CPF and/or CNPJ that pre-fill Open Finance connectors' forms. */
export interface OpenFinanceParameters {
  cpf?: string;
  cnpj?: string;
}

type State = 'closed' | 'opening' | 'visible' | 'hidden';

const labels: Record<string, string> = { pt: 'Conectar conta', en: 'Connect account', es: 'Conectar cuenta' };

/** On a server (SSR, Node) there is no window: the SDK, which writes to it on import, must not load. */
const onServer = typeof window === 'undefined';

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
 * @fires {CustomEvent<PluggyErrorDetail>} pluggy-error - The widget reported an error, or the element could not open it (`code`: MISSING_TOKEN, INVALID_TOKEN, TOKEN_EXPIRED, INVALID_CONFIG, TOKEN_FETCH_FAILED, LOAD_FAILED, LOAD_TIMEOUT).
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
export class PluggyConnectElement extends ReactiveElement {
  // One rule per line: the CSS ships as written (no minifier sees inside the template).
  static override styles = css`
:host { display: inline-block }
:host([hidden]) { display: none }
button { font: inherit; cursor: pointer; border: 0; padding: var(--pluggy-connect-button-padding, .625em 1.25em); border-radius: var(--pluggy-connect-button-radius, .5em); background: var(--pluggy-connect-button-background, #d01c43); color: var(--pluggy-connect-button-color, #fff) }
button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px }
`;

  /**
   * Properties and their attributes. Declared here rather than with decorators: TypeScript's
   * decorator calls cost more bytes than this table, and the element must stay small.
   */
  static override properties: PropertyDeclarations = {
    connectToken: { attribute: 'connect-token' },
    includeSandbox: { attribute: 'include-sandbox', converter: booleanConverter },
    allowConnectInBackground: { attribute: 'allow-connect-in-background', converter: booleanConverter },
    allowFullscreen: { attribute: 'allow-fullscreen', converter: defaultTrueConverter },
    updateItem: { attribute: 'update-item' },
    selectedConnectorId: { attribute: 'selected-connector-id', converter: numberConverter },
    connectorTypes: { attribute: 'connector-types', converter: listConverter },
    products: { converter: listConverter },
    connectorIds: { attribute: 'connector-ids', converter: numberListConverter },
    countries: { converter: listConverter },
    language: {},
    theme: { reflect: true },
    openFinanceParameters: { attribute: 'open-finance-parameters', converter: jsonConverter },
    forceOauthInBrowser: { attribute: 'force-oauth-in-browser', converter: booleanConverter },
    forceAskForCredentials: { attribute: 'force-ask-for-credentials', converter: booleanConverter },
    connectorSortAlphabetically: { attribute: 'connector-sort-alphabetically', converter: booleanConverter },
    connectUrl: { attribute: 'connect-url' },
    tokenUrl: { attribute: 'token-url' },
    tokenProvider: { attribute: false },
    loadTimeout: { attribute: 'load-timeout', type: Number },
    cspNonce: { attribute: 'csp-nonce' },
    preloadOn: { attribute: 'preload', converter: { fromAttribute: (value: string | null) => (value === '' ? 'idle' : (value ?? undefined)) } },
    open: { type: Boolean, reflect: true },
  };

  #state: State = 'closed';
  #widget?: Widget;
  #opening?: Promise<void>;
  /** Bumped by every show/close request: an async step that finds it changed stops. */
  #generation = 0;
  #onConnected?: () => void;
  #button?: HTMLButtonElement;
  /** Cancels the pending automatic preload (its listeners or idle callback). */
  #preloading?: AbortController;

  /** Connect token from your backend (required). Never reflected to the attribute. */
  declare connectToken?: string;

  /** List Sandbox connectors (not for production). */
  declare includeSandbox?: boolean;

  /** Let the user minimise the widget while the connection continues in the background. */
  declare allowConnectInBackground?: boolean;

  /** Fullscreen on small screens; `allow-fullscreen="false"` shows a modal instead. Default true. */
  declare allowFullscreen: boolean;

  /** Id of an Item to update: the widget opens on that Item's credentials form. */
  declare updateItem?: string;

  /** Connector to open directly after the consent step, skipping the connector list. */
  declare selectedConnectorId?: number;

  /** Only list connectors of these types (e.g. `PERSONAL_BANK BUSINESS_BANK`). */
  declare connectorTypes?: ConnectorType[];

  /** Only run these products when creating the Item. */
  declare products?: ProductType[];

  /** Only list connectors with these ids. */
  declare connectorIds?: number[];

  /** Only list connectors of these countries (ISO-3166-1 alpha-2). */
  declare countries?: CountryCode[];

  /** Widget language (ISO code); the widget falls back to `pt`. Also labels the default button. */
  declare language?: string;

  /** Widget theme. */
  declare theme?: 'light' | 'dark';

  /** CPF/CNPJ to pre-fill Open Finance forms (JSON in the attribute). Never reflected. */
  declare openFinanceParameters?: OpenFinanceParameters;

  /** Open OAuth URLs in the system browser instead of a webview. */
  declare forceOauthInBrowser?: boolean;

  /** Always ask for credentials when updating an Item. */
  declare forceAskForCredentials?: boolean;

  /** Sort connectors A–Z instead of by usage. */
  declare connectorSortAlphabetically?: boolean;

  /**
   * The hosted Connect app (the SDK's `url`): point it at an emulator or test double. Default: the
   * SDK's. An origin-only URL loses its trailing slash: the SDK compares message origins to it exactly.
   */
  declare connectUrl?: string;

  /**
   * Your backend's endpoint for connect tokens: when the token is missing or expires within a
   * minute, `show()` POSTs to it (credentials same-origin; body `{ itemId }` when `update-item` is
   * set) and reads `accessToken` from the JSON reply.
   */
  declare tokenUrl?: string;

  /** Like `token-url`, as a function that resolves with a fresh connect token. */
  declare tokenProvider?: () => Promise<string>;

  /** How long fetching a token, and then loading the widget (SDK and the Connect app's handshake), may each take, in ms. Default 30000. */
  declare loadTimeout: number;

  /** Nonce for the widget's inline styles, when your Content-Security-Policy uses `style-src 'nonce-…'`. */
  declare cspNonce?: string;

  /**
   * When to load the widget's code ahead of `show()` (the `preload` attribute): `idle` (also an
   * empty attribute) once the page is idle, `hover` when the pointer enters the element or focus
   * reaches it, `none`. Unset, the code loads on the first `show()`. Preloading costs the page the
   * SDK's ~30 KB whether or not the widget opens; it saves the first open that module load.
   */
  declare preloadOn?: 'idle' | 'hover' | 'none';

  /**
   * Whether a widget session is alive (opening, visible or minimised). Setting it is the same as
   * `show()` (true) or `close()` (false); an element parsed with `open` opens when connected.
   */
  get open(): boolean {
    return this.#state !== 'closed';
  }
  set open(value: boolean) {
    if (value) this.show().catch(() => undefined); // failures are reported as pluggy-error
    else void this.close();
  }

  constructor() {
    super();
    this.allowFullscreen = true;
    this.loadTimeout = 30_000;
    this.addEventListener('click', () => {
      this.show().catch(() => undefined); // reported as pluggy-error
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#onConnected?.();
    if (this.hasUpdated) this.#schedulePreload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#preloading?.abort();
    // A move within the page disconnects and reconnects at once: only a real removal closes.
    queueMicrotask(() => {
      if (!this.isConnected) void this.close();
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('preloadOn')) this.#schedulePreload();
  }

  #schedulePreload(): void {
    this.#preloading?.abort();
    const mode: string | undefined = this.preloadOn; // the attribute may hold any text
    if (!mode || mode === 'none') return;
    const { signal } = (this.#preloading = new AbortController());
    const load = () => {
      if (signal.aborted) return;
      this.#preloading?.abort();
      this.preload().catch(() => undefined); // a failed load is reported by show()
    };
    if (mode === 'hover') {
      for (const type of ['pointerenter', 'focusin']) this.addEventListener(type, load, { signal });
    } else if (mode === 'idle') {
      // Safari has no requestIdleCallback.
      if ('requestIdleCallback' in window) requestIdleCallback(load);
      else setTimeout(load);
    } else {
      console.warn(`<pluggy-connect>: preload="${mode}" is not idle, hover or none`);
    }
  }

  #renderButton(): HTMLButtonElement {
    const slot = document.createElement('slot');
    const button = slot.appendChild(document.createElement('button'));
    button.type = 'button';
    button.part.add('button');
    this.renderRoot.append(slot);
    return button;
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
    const { open } = await loadOpening().catch((error: unknown) => {
      this.requestUpdate('open', true); // nothing opened: an `open` attribute the page set comes off
      throw report(this, { code: 'LOAD_FAILED', message: `the widget's code did not load (${String(error)}).` });
    });
    if (superseded()) return;
    await open({
      element: this,
      superseded,
      keepToken: (token) => (this.connectToken = token),
      refused: () => this.requestUpdate('open', true), // an `open` attribute the page set comes off again
      begin: () => {
        claimPage(this);
        this.#setState('opening');
      },
      attach: (widget) => (this.#widget = widget),
      reached: (state, event) => this.#reached(state, event),
      end: () => this.#end(),
      close: () => void this.close(),
    });
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

  async #reveal(widget: Widget): Promise<void> {
    await widget.show();
    if (widget === this.#widget) this.#reached('visible', 'pluggy-open');
  }

  /**
   * Opens the widget, or shows it again when minimised. Resolves when the widget has loaded (or
   * when the session was closed before that); rejects with a `PluggyConnectError` when it could
   * not open, which is also reported as `pluggy-error`. Before the element is connected, waits.
   */
  show(): Promise<void> {
    if (onServer) return Promise.reject(new Error('<pluggy-connect>: show() needs a browser'));
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

  /** Loads the SDK (and the element's code for opening) ahead of the first `show()`. */
  async preload(): Promise<void> {
    if (!onServer) await Promise.all([loadOpening(), loadSdk()]);
  }

  /**
   * Renders the default content: a slot whose fallback is the button, labelled by language. Two
   * nodes do not need a template engine: the element extends Lit's ReactiveElement, without
   * lit-html, which keeps what a page pays to register it within budget.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Only a new language changes the label: other updates (`open`, …) leave the DOM alone.
    if (this.#button && !changed.has('language')) return;
    this.#button ??= this.#renderButton();
    this.#button.textContent = labels[(this.language ?? '').slice(0, 2).toLowerCase()] ?? labels.pt;
  }
}
