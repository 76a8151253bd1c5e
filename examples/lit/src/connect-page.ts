import { LitElement, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'pluggy-connect-element';

/** The page: <pluggy-connect> in this element's shadow DOM, and a status its events set. */
export class ConnectPage extends LitElement {
  static override properties = { status: { state: true } };
  declare status: string;

  constructor() {
    super();
    this.status = '';
  }

  override render() {
    // Attributes for text and flags (`?` toggles one), `.` sets a property (lists, objects), `@` listens.
    // connect-url: the Connect emulator in development and tests; left out in production (the hosted
    // Connect app), which ifDefined does when the variable is unset.
    return html`
      <h1>Connect your bank</h1>
      <pluggy-connect
        token-url="/api/connect-token"
        ?include-sandbox=${true}
        .connectorIds=${[0, 601, 604]}
        connect-url=${ifDefined(import.meta.env.VITE_CONNECT_URL)}
        @pluggy-success=${(event: HTMLElementEventMap['pluggy-success']) => (this.status = `Connected: ${event.detail.item.id}`)}
        @pluggy-error=${(event: HTMLElementEventMap['pluggy-error']) => (this.status = `Could not connect: ${event.detail.message}`)}
      ></pluggy-connect>
      <p role="status">${this.status}</p>
    `;
  }
}
customElements.define('connect-page', ConnectPage);

declare global {
  interface HTMLElementTagNameMap {
    'connect-page': ConnectPage;
  }
}
