import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { report } from './events.js';
import { loadOnce } from './load-once.js';
import { baseLanguage, defaultConnectUrl, optionProperties } from './options.js';
import type { Session } from './session.js';
import type { ConnectorType, CountryCode, ProductType } from './types.js';

/** CPF and/or CNPJ that pre-fill Open Finance connectors' forms. */
export interface OpenFinanceParameters {
  cpf?: string;
  cnpj?: string;
}

/** On a server (SSR, Node) there is no window: the SDK, which writes to it on import, must not load. */
const onServer = typeof window === 'undefined';

/** Sessions, and everything it takes to open a widget, the SDK included: loaded on first use. */
const loadSessions = loadOnce(() => import('./session.js'));

/** Runs `callback` once the page is idle (Safari has no requestIdleCallback). */
const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback));

/** The default button's label, and its label while the widget opens, by language. */
const labels: Record<string, [string, string]> = { pt: ['Conectar conta', 'Conectando…'], en: ['Connect account', 'Connecting…'], es: ['Conectar cuenta', 'Conectando…'] };

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
 * @csspart button - The default trigger button; while the widget opens its label says so ("Conectando…") and it has `aria-busy="true"`.
 * @cssprop [--pluggy-connect-button-background=#d01c43] - Background of the default button.
 * @cssprop [--pluggy-connect-button-color=#fff] - Text colour of the default button.
 * @cssprop [--pluggy-connect-button-radius=0.5em] - Corner radius of the default button.
 * @cssprop [--pluggy-connect-button-padding=0.625em 1.25em] - Padding of the default button.
 * @cssprop [--pluggy-connect-focus-ring=#1f2937] - Outer ring of the default button's focus outline.
 * @cssprop [--pluggy-connect-focus-ring-inner=#fff] - Inner ring of the default button's focus outline (two tones: one shows on any page).
 * @cssstate opening - From `show()` (a click) until the widget is on screen.
 * @cssstate open - The widget is on screen.
 * @cssstate hidden - The widget is minimised and keeps running.
 */
export class PluggyConnectElement extends LitElement {
  // Compact on purpose: the CSS ships as written (no minifier sees inside the template).
  static override styles = css`
:host{display:inline-block}
:host([hidden]){display:none}
button{font:inherit;cursor:pointer;border:0;padding:var(--pluggy-connect-button-padding,.625em 1.25em);border-radius:var(--pluggy-connect-button-radius,.5em);background:var(--pluggy-connect-button-background,#d01c43);color:var(--pluggy-connect-button-color,#fff)}
button:focus-visible{outline:2px solid var(--pluggy-connect-focus-ring,#1f2937);outline-offset:2px;box-shadow:0 0 0 2px var(--pluggy-connect-focus-ring-inner,#fff)}
button:disabled{opacity:.6}
`;

  /** The options (options.ts), and the element's own state. */
  static override properties = {
    ...optionProperties,
    preloadOn: { attribute: 'preload', converter: { fromAttribute: (value: string | null) => (value === '' ? 'idle' : (value ?? undefined)) } },
    disabled: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /**
   * The session this element showed last (`open` is whether it is alive), or the promise of it
   * while the code of sessions loads.
   */
  #session?: Session | Promise<Session | undefined>;
  readonly #internals = this.attachInternals();

  /** Connect token from your backend (required). Never reflected to the attribute. */
  declare connectToken?: string;

  /** List Sandbox connectors (not for production). */
  declare includeSandbox?: boolean;

  /** Let the user minimise the widget while the connection continues in the background. */
  declare allowConnectInBackground?: boolean;

  /** Fullscreen on small screens (the widget's default); `allow-fullscreen="false"` shows a modal instead. */
  declare allowFullscreen?: boolean;

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

  /** How long fetching a token, and then loading the widget (SDK and the Connect app's handshake), may each take, in ms. */
  declare loadTimeout: number;

  /** Nonce for the widget's inline styles, when your Content-Security-Policy uses `style-src 'nonce-…'`. */
  declare cspNonce?: string;

  /**
   * When the widget's code (~33 KB gzip, the SDK included) loads ahead of `show()`, with a
   * preconnection to the Connect app: `intent` (the default) when a person shows intent on the
   * element (the pointer enters it, focus reaches it, a finger or pointer goes down on it), so the
   * page pays for it only when someone is about to open; `idle` (also an empty attribute) once the
   * page is idle, on every visit; `none`: only at `show()`.
   */
  declare preloadOn?: 'intent' | 'idle' | 'none';

  /**
   * Disables the trigger: a click on the element opens nothing. `show()` from your code still
   * opens the widget.
   */
  declare disabled: boolean;

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
    if (value) this.show().catch(() => undefined); // failures are reported as pluggy-error
    else void this.close();
  }

  constructor() {
    super();
    this.loadTimeout = 30_000;
    this.disabled = false;
    this.addEventListener('click', () => {
      if (!this.disabled) this.show().catch(() => undefined); // reported as pluggy-error
    });
    // Intent: the pointer enters, focus arrives, a finger or a pointer goes down.
    for (const type of ['pointerenter', 'focusin', 'pointerdown']) {
      this.addEventListener(type, () => {
        if (!this.preloadOn || this.preloadOn === 'intent') this.preload().catch(() => undefined); // a failed load is reported by show()
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page disconnects and reconnects at once: only a real removal closes.
    queueMicrotask(() => {
      if (!this.isConnected) void this.close();
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const mode: string | undefined = this.preloadOn; // the attribute may hold any text
    if (changed.has('preloadOn') && mode) {
      if (mode === 'idle') idle(() => void (this.isConnected && this.preload().catch(() => undefined))); // removed meanwhile: nothing to load for
      else if (mode !== 'intent' && mode !== 'none') console.warn(`<pluggy-connect>: preload="${mode}" is not intent, idle or none`);
    }
    const state = this.#state;
    const { states } = this.#internals;
    states.clear();
    if (state !== 'closed') states.add(state === 'visible' ? 'open' : state);
  }

  /**
   * Opens the widget, or shows it again when minimised: `open` is true at once. Resolves when the
   * widget has loaded (or when the session was closed before that); rejects with a
   * `PluggyConnectError` when it could not open, which is also reported as `pluggy-error`. Before
   * the element is connected, waits.
   */
  show(): Promise<void> {
    if (onServer) return Promise.reject(new Error('<pluggy-connect>: show() needs a browser'));
    if (!this.open) {
      this.preload().catch(() => undefined); // warms the Connect app's connection; a failure to load is reported below
      const loading: Promise<Session | undefined> = loadSessions().then(
        // A close() while the code loaded dropped this promise: nothing opens then.
        ({ Session }) => (this.#session === loading ? (this.#session = new Session(this)) : undefined),
        (error: unknown) => {
          this.#drop(loading);
          throw report(this, { code: 'LOAD_FAILED', message: `the widget's code did not load (${String(error)}).` });
        },
      );
      this.#session = loading;
      this.requestUpdate('open', false);
    }
    return Promise.resolve(this.#session).then((session) => session?.show());
  }

  /** Forgets a session that is still loading: `open` is false again. */
  #drop(loading: Promise<unknown>): void {
    if (this.#session !== loading) return;
    this.#session = undefined;
    this.requestUpdate('open', true);
  }

  /** What the element shows of its session: `closed` when there is none. */
  get #state() {
    const session = this.#session;
    return session instanceof Promise ? 'opening' : (session?.state ?? 'closed');
  }

  /** Minimises the widget; it keeps running and `open` stays true. Resolves once hidden. */
  async hide(): Promise<void> {
    await (await this.#session)?.hide();
  }

  /** Ends the widget session (fires `pluggy-close` if one was alive). Resolves once closed. */
  close(): Promise<void> {
    const session = this.#session;
    if (session instanceof Promise) this.#drop(session);
    else session?.close();
    return Promise.resolve();
  }

  /** Loads the SDK (and the element's code for opening) ahead of the first `show()`. */
  async preload(): Promise<void> {
    if (onServer) return;
    // One preconnect per origin, whoever added it. A connect-url that is no URL throws here: nothing
    // loads ahead, and show() reports it.
    const origin = new URL(this.connectUrl || defaultConnectUrl).origin;
    if (!document.querySelector(`link[rel=preconnect][href="${origin}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href: origin, nonce: this.cspNonce ?? '' }));
    }
    await loadSessions();
  }

  /** A slot whose fallback is the button, labelled in the widget's language. */
  protected override render(): TemplateResult {
    // The widget's language (a tag such as pt-BR counts), else its default, pt.
    const language = String(baseLanguage(this.language ?? ''));
    const lang = Object.hasOwn(labels, language) ? language : 'pt';
    const busy = this.#state === 'opening';
    // No whitespace inside the button: its text is its accessible name.
    return html`<slot><button part="button" type="button" lang=${lang} aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'} ?disabled=${this.disabled}>${labels[lang][+busy]}</button></slot>`;
  }
}
