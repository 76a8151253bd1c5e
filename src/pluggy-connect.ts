import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { baseLanguage } from './language.js';
import { LifecycleElement, loadOpening, onServer, reported } from './lifecycle.js';
import { optionProperties, type OptionProperties } from './options.js';
import { warmUp } from './warm-up.js';

/** Runs `callback` once the page is idle (Safari has no requestIdleCallback). */
const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback));

/** The default button's label, and its label while the widget opens, by language. */
const labels: Record<string, [string, string]> = { pt: ['Conectar conta', 'Conectando…'], en: ['Connect account', 'Connecting…'], es: ['Conectar cuenta', 'Conectando…'] };

/**
 * The Pluggy Connect widget, through which a user links a bank account to your app.
 *
 * Attributes and properties are the widget's options (options.ts); they are read when the widget
 * opens, so a change while it is open applies the next time it opens. The widget renders over the
 * page, in a modal `<dialog>` of its own at the end of `document.body`, one at a time per page.
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
 * @fires {CustomEvent<ConnectEventPayload & { event: 'SUBMITTED_CONSENT' }>} pluggy-submitted-consent - `onEvent` of type `SUBMITTED_CONSENT`; every type has its `pluggy-` + kebab-case event.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'SELECTED_INSTITUTION' }>} pluggy-selected-institution - `onEvent` of type `SELECTED_INSTITUTION`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'SUBMITTED_LOGIN' }>} pluggy-submitted-login - `onEvent` of type `SUBMITTED_LOGIN`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'SUBMITTED_MFA' }>} pluggy-submitted-mfa - `onEvent` of type `SUBMITTED_MFA`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'LOGIN_SUCCESS' }>} pluggy-login-success - `onEvent` of type `LOGIN_SUCCESS`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'LOGIN_MFA_SUCCESS' }>} pluggy-login-mfa-success - `onEvent` of type `LOGIN_MFA_SUCCESS`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'LOGIN_STEP_COMPLETED' }>} pluggy-login-step-completed - `onEvent` of type `LOGIN_STEP_COMPLETED`.
 * @fires {CustomEvent<ConnectEventPayload & { event: 'ITEM_RESPONSE' }>} pluggy-item-response - `onEvent` of type `ITEM_RESPONSE`.
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- its option properties: the interface below
export class PluggyConnectElement extends LifecycleElement {
  // Compact on purpose: the CSS ships as written (no minifier sees inside the template). The
  // transparent border is the button's edge where forced colours replace its background.
  static override styles = css`
:host(:not([hidden])){display:inline-block}
button{font:inherit;cursor:pointer;border:1px solid transparent;padding:var(--pluggy-connect-button-padding,.625em 1.25em);border-radius:var(--pluggy-connect-button-radius,.5em);background:var(--pluggy-connect-button-background,#d01c43);color:var(--pluggy-connect-button-color,#fff)}
button:focus-visible{outline:2px solid var(--pluggy-connect-focus-ring,#1f2937);outline-offset:2px;box-shadow:0 0 0 2px var(--pluggy-connect-focus-ring-inner,#fff)}
button:disabled{opacity:.6}
`;

  /** The options (options.ts), and the element's own state. */
  static override properties: PropertyDeclarations = {
    ...optionProperties,
    preload: { converter: { fromAttribute: (value: string | null) => (value === '' ? 'idle' : (value ?? undefined)) } },
    disabled: { type: Boolean, reflect: true },
  };

  /**
   * When the widget's code (~33 KB gzip, the SDK included) loads ahead of `show()`, and the
   * connection to the Connect app opens where the widget's frame will use it (a hidden frame that
   * loads the app's icon): `intent` (the default) when a person shows intent on the
   * element (the pointer enters it, focus reaches it, a finger or pointer goes down on it), so the
   * page pays for it only when someone is about to open; `idle` (also an empty attribute) once the
   * page is idle, on every visit; `none`: only at `show()`.
   */
  declare preload?: 'intent' | 'idle' | 'none';

  /**
   * Disables the trigger: a click on the element opens nothing. `show()` from your code still
   * opens the widget.
   * @default false
   */
  declare disabled?: boolean;

  constructor() {
    super();
    this.addEventListener('click', () => {
      if (!this.disabled) this.show().catch(reported);
    });
    // Intent: the pointer enters, focus arrives, a finger or a pointer goes down.
    for (const type of ['pointerenter', 'focusin', 'pointerdown']) {
      this.addEventListener(type, () => {
        if (!this.preload || this.preload === 'intent') this.prefetch().catch(reported);
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const mode: string | undefined = this.preload; // the attribute may hold any text
    if (changed.has('preload') && mode) {
      if (mode === 'idle') idle(() => void (this.isConnected && this.prefetch().catch(reported))); // removed meanwhile: nothing to load for
      else if (mode !== 'intent' && mode !== 'none') console.warn(`<pluggy-connect>: preload="${mode}" is not intent, idle or none`);
    }
  }

  /**
   * Loads the widget's code (the SDK included) ahead of the first `show()`, and opens a connection
   * to the Connect app that the widget will use: now, whatever `preload` says.
   */
  async prefetch(): Promise<void> {
    if (onServer) return;
    warmUp(this.connectUrl || undefined);
    await loadOpening();
  }

  /** A slot whose fallback is the button, labelled in the widget's language. */
  protected override render(): TemplateResult {
    // The widget's language (a tag such as pt-BR counts), else its default, pt.
    const language = baseLanguage(this.language ?? '');
    const lang = Object.hasOwn(labels, language) ? language : 'pt';
    const busy = this.open && this.matches(':state(opening)'); // never on a server, where `open` is false
    // No whitespace inside the button: its text is its accessible name. No `type`: in a shadow root it has no form to submit.
    return html`<slot><button part="button" lang=${lang} aria-haspopup="dialog" aria-expanded=${this.open} aria-busy=${busy} ?disabled=${this.disabled}>${labels[lang][+busy]}</button></slot>`;
  }
}

// The option properties, declared by their table (options.ts): their types and documentation come from there.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- declaration merging
export interface PluggyConnectElement extends OptionProperties {}
