import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Flow } from './flow.js';
import { messagesFor } from '../i18n.js';
import { icons } from './icons.js';
import { renderInvalidToken, renderScreen, renderStandalone } from './screens.js';
import { styles } from './styles.js';

/**
 * The emulated Connect app's UI: a header (back, brand, minimise, close) over the current
 * screen of the flow. Focus moves to each new screen's first field or heading, and Escape
 * closes the widget as it does in the parent page.
 */
export class ConnectEmulatorElement extends LitElement {
  static override styles = styles;

  /** The session; unset when the page was opened outside the SDK (or the token was refused). */
  @property({ attribute: false }) flow?: Flow;

  /** Set when the connect token cannot be used: the element shows why, with a close button. */
  @property({ attribute: false }) refuseToken?: () => void;

  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  @property() language?: string;

  @state() private query = '';

  #focused?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (this.flow) this.flow.close();
    else this.refuseToken?.();
  };

  /** Moves focus into a screen when it opens (not when the same screen updates, e.g. progress). */
  protected override updated(): void {
    const current = this.flow?.screen;
    const screen = this.refuseToken ? 'token' : current?.name === 'bank' ? `bank ${current.state}` : (current?.name ?? 'standalone');
    if (screen === this.#focused) return;
    this.#focused = screen;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  override render() {
    const t = messagesFor(this.language);
    const flow = this.flow;
    const screen = flow?.screen;
    const canGoBack =
      screen?.name === 'connectors' || (screen?.name === 'credentials' && !flow?.updating) || (screen?.name === 'bank' && screen.state !== 'waiting');
    const close = () => (this.refuseToken ?? (() => flow?.close()))();
    return html`
      <header>
        ${canGoBack
          ? html`<button class="icon" type="button" aria-label=${t.back} title=${t.back} @click=${() => flow?.back()}>${icons.back}</button>`
          : html`<span class="spacer"></span>`}
        <span class="brand">${icons.logo} pluggy <span class="badge">${t.emulator}</span></span>
        ${flow?.options.allowConnectInBackground
          ? html`<button class="icon" type="button" aria-label=${t.minimise} title=${t.minimise} @click=${() => flow.minimise()}>
              ${icons.minimise}
            </button>`
          : nothing}
        ${flow || this.refuseToken
          ? html`<button class="icon" type="button" aria-label=${t.close} title=${t.close} @click=${close}>${icons.close}</button>`
          : nothing}
      </header>
      <main>
        ${this.refuseToken
          ? renderInvalidToken(t, close)
          : flow
            ? renderScreen({ flow, t, query: this.query, search: (query) => (this.query = query) })
            : renderStandalone()}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pluggy-connect-emulator': ConnectEmulatorElement;
  }
}
