import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConnectorCredential } from 'pluggy-js';
import type { Flow, Screen } from './flow.js';
import type { Messages } from '../i18n.js';
import { icons } from './icons.js';
import type { EmulatedConnector } from '../types.js';

/** What the screens need besides the flow: the language, and the connector search. */
export interface ScreenContext {
  flow: Flow;
  t: Messages;
  query: string;
  search: (query: string) => void;
}

/** Case- and accent-insensitive text, for the connector search. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * The heading every screen starts with. Focus moves to it when the screen opens, unless the
 * screen has a field to type in first (`focus` false; that field has `data-focus`).
 */
function title(text: string, focus = true): TemplateResult {
  return html`<h1 id="title" tabindex="-1" ?data-focus=${focus}>${text}</h1>`;
}

function logo(connector: EmulatedConnector, size: number): TemplateResult {
  return html`<img src=${connector.imageUrl} alt="" width=${size} height=${size} />`;
}

/** Reads a submitted form's fields into the parameters object the API takes. */
function submitted(event: SubmitEvent): Record<string, string> {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  return Object.fromEntries([...data].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]));
}

function consent({ flow, t }: ScreenContext): TemplateResult {
  const products = flow.options.products ?? [];
  return html`
    <div class="hero" aria-hidden="true">${icons.lock}</div>
    ${title(t.consentTitle)}
    <p class="muted">${t.consentIntro}</p>
    <ul class="points">
      <li>${icons.shield}<span>${t.consentSecure}</span></li>
      <li>${icons.toggle}<span>${t.consentControl}</span></li>
    </ul>
    ${products.length
      ? html`<h2 id="data">${t.consentData}</h2>
          <ul class="tags" aria-labelledby="data">
            ${products.map((product) => html`<li>${t.products[product] ?? product}</li>`)}
          </ul>`
      : nothing}
    <div class="actions">
      <p class="fine">${t.consentTerms}</p>
      <button class="primary" type="button" @click=${() => flow.consent()}>${t.continue}</button>
    </div>
  `;
}

// Each field is named by its label's text alone, through `aria-labelledby`: WebKit names a field
// from the whole `<label>` around it, the field's own placeholder included ("Código de verificação
// 000000"; a search field adds its clear button: "Buscar instituição Buscar instituição cancel").

function connectorList({ flow, t, query, search }: ScreenContext): TemplateResult {
  const found = flow.connectors.filter((connector) => folded(connector.name).includes(folded(query.trim())));
  return html`
    ${title(t.connectorsTitle, false)}
    <label>
      <span class="visually-hidden" id="search-label">${t.search}</span>
      <input
        type="search"
        aria-labelledby="search-label"
        data-focus
        placeholder=${t.search}
        .value=${query}
        @input=${(event: InputEvent) => search((event.target as HTMLInputElement).value)}
      />
    </label>
    ${found.length
      ? html`<ul class="connectors" aria-labelledby="title">
          ${found.map(
            (connector) => html`<li class="connector">
              ${logo(connector, 40)}
              <button type="button" aria-describedby="meta-${connector.id}" @click=${() => flow.select(connector)}>${connector.name}</button>
              <span class="meta" id="meta-${connector.id}">${[
                t.types[connector.type] ?? connector.type,
                connector.country,
                connector.isSandbox ? t.sandbox : '',
                connector.isOpenFinance ? t.openFinance : '',
              ]
                .filter(Boolean)
                .join(' · ')}</span>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted" role="status">${t.noResults}</p>`}
  `;
}

function field(credential: ConnectorCredential, t: Messages, value = '', focus = false): TemplateResult {
  const numeric = credential.type === 'number';
  return html`<label>
    <span id="label-${credential.name}">${t.credentials[credential.name] ?? credential.label}</span>
    <input
      aria-labelledby="label-${credential.name}"
      name=${credential.name}
      type=${credential.type === 'password' ? 'password' : 'text'}
      inputmode=${numeric ? 'numeric' : 'text'}
      .autocomplete=${credential.mfa ? 'one-time-code' : credential.type === 'password' ? 'current-password' : 'off'}
      placeholder=${ifDefined(credential.placeholder)}
      pattern=${ifDefined(credential.validation)}
      .value=${value}
      ?data-focus=${focus}
      required
    />
  </label>`;
}

function credentials({ flow, t }: ScreenContext, connector: EmulatedConnector): TemplateResult {
  const prefill: Record<string, string | undefined> = { ...flow.options.openFinanceParameters };
  return html`<form @submit=${(event: SubmitEvent) => void flow.login(submitted(event))} aria-labelledby="title">
    <div class="institution">
      ${logo(connector, 48)}
      ${title(flow.updating ? t.updateTitle(connector.name) : t.credentialsTitle(connector.name), false)}
    </div>
    ${connector.credentials.map((credential, index) => field(credential, t, prefill[credential.name], index === 0))}
    ${connector.isSandbox ? html`<p class="hint">${t.sandboxHint}</p>` : nothing}
    <div class="actions"><button class="primary" type="submit">${t.connect}</button></div>
  </form>`;
}

function mfa({ flow, t }: ScreenContext, screen: Extract<Screen, { name: 'mfa' }>): TemplateResult {
  const { connector, parameter } = screen.item;
  return html`<form @submit=${(event: SubmitEvent) => void flow.answer(submitted(event).token)} aria-labelledby="title">
    <div class="institution">${logo(connector, 48)} ${title(t.mfaTitle, !parameter)}</div>
    <p class="muted">${t.mfaIntro(connector.name)}</p>
    ${parameter ? field(parameter, t, '', true) : nothing}
    ${connector.isSandbox ? html`<p class="hint">${t.mfaHint}</p>` : nothing}
    <div class="actions"><button class="primary" type="submit">${t.send}</button></div>
  </form>`;
}

function connecting({ t }: ScreenContext, screen: Extract<Screen, { name: 'connecting' }>): TemplateResult {
  return html`
    <div class="hero" aria-hidden="true">${icons.spinner}</div>
    ${title(t.connectingTitle(screen.connector.name))}
    <p role="status">${t.steps[screen.step] ?? screen.step}</p>
    <progress max="1" .value=${screen.progress} aria-label=${t.progress}></progress>
  `;
}

function success({ flow, t }: ScreenContext, screen: Extract<Screen, { name: 'success' }>): TemplateResult {
  return html`
    <div class="hero success" aria-hidden="true">${icons.check}</div>
    ${title(t.successTitle)}
    <p class="muted">${t.successText(screen.item.connector.name)}</p>
    <div class="actions"><button class="primary" type="button" @click=${() => flow.close()}>${t.done}</button></div>
  `;
}

function failure({ flow, t }: ScreenContext, screen: Extract<Screen, { name: 'error' }>): TemplateResult {
  const { error } = screen.item;
  return html`
    <div class="hero" aria-hidden="true">${icons.error}</div>
    ${title(t.errorTitle)}
    <p role="alert">${(error && t.errors[error.code]) ?? error?.message}</p>
    <div class="actions">
      <button class="primary" type="button" @click=${() => flow.retry()}>${t.retry}</button>
      <button class="secondary" type="button" @click=${() => flow.close()}>${t.close}</button>
    </div>
  `;
}

function pending({ flow, t }: ScreenContext, screen: Extract<Screen, { name: 'pending' }>): TemplateResult {
  return html`
    <div class="hero warning" aria-hidden="true">${icons.clock}</div>
    ${title(t.pendingTitle)}
    <p class="muted">${t.pendingText(screen.item.connector.name)}</p>
    <p role="status">${screen.authorized ? t.pendingAuthorized : ''}</p>
    <div class="actions"><button class="secondary" type="button" @click=${() => flow.close()}>${t.close}</button></div>
  `;
}

/**
 * Open Finance: the person goes on at the bank, in a new window opened by the button (from this
 * frame, on their click), or by a link when the browser blocked the window. The link's screen
 * changes only after the click has followed it: a link no longer in the document opens nothing.
 */
function bank({ flow, t }: ScreenContext, screen: Extract<Screen, { name: 'bank' }>): TemplateResult {
  const { name } = screen.item.connector;
  const inBrowser = flow.options.forceOauthInBrowser === true;
  switch (screen.state) {
    case 'ready':
      return html`
        <div class="institution">${logo(screen.item.connector, 48)} ${title(t.bankTitle(name))}</div>
        <p class="muted">${inBrowser ? t.bankTextInBrowser(name) : t.bankText(name)}</p>
        <div class="actions"><button class="primary" type="button" @click=${() => flow.openBank()}>${t.goToBank(name)}</button></div>
      `;
    case 'waiting':
      return html`
        <div class="hero" aria-hidden="true">${icons.spinner}</div>
        ${title(t.bankWaitingTitle)}
        <p role="status">${t.bankWaitingText(name)}</p>
      `;
    case 'closed':
      return html`
        <div class="hero warning" aria-hidden="true">${icons.clock}</div>
        ${title(t.bankClosedTitle)}
        <p class="muted">${t.bankClosedText(name)}</p>
        <div class="actions">
          <button class="primary" type="button" @click=${() => flow.openBank()}>${t.reopenBank}</button>
          <button class="secondary" type="button" @click=${() => flow.back()}>${t.back}</button>
        </div>
      `;
    case 'blocked':
      return html`
        <div class="hero warning" aria-hidden="true">${icons.error}</div>
        ${title(t.bankBlockedTitle)}
        <p class="muted">${t.bankBlockedText(name)}</p>
        <div class="actions">
          <a class="primary" href=${screen.url} target="_blank" @click=${() => setTimeout(() => flow.awaitConsent())}>${t.bankLink(name)}</a>
        </div>
      `;
  }
}

/** The body of the current screen. */
export function renderScreen(context: ScreenContext): TemplateResult {
  const screen = context.flow.screen;
  switch (screen.name) {
    case 'consent':
      return consent(context);
    case 'connectors':
      return connectorList(context);
    case 'credentials':
      return credentials(context, screen.connector);
    case 'mfa':
      return mfa(context, screen);
    case 'connecting':
      return connecting(context, screen);
    case 'success':
      return success(context, screen);
    case 'error':
      return failure(context, screen);
    case 'pending':
      return pending(context, screen);
    case 'bank':
      return bank(context, screen);
  }
}

/** The screen for a token the emulator cannot accept. */
export function renderInvalidToken(t: Messages, close: () => void): TemplateResult {
  return html`
    <div class="hero" aria-hidden="true">${icons.error}</div>
    ${title(t.tokenTitle)}
    <p role="alert">${t.tokenText}</p>
    <div class="actions"><button class="secondary" type="button" @click=${close}>${t.close}</button></div>
  `;
}

/** The page shown when the emulator is opened directly rather than by the SDK. */
export function renderStandalone(): TemplateResult {
  return html`
    ${title('Pluggy Connect emulator')}
    <p>
      This page is an offline stand-in for the hosted Pluggy Connect app. Open it through the SDK: point
      <code>connect-url</code> (or the SDK's <code>url</code>) at <code>${location.origin}</code>.
    </p>
  `;
}
