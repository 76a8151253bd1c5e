import type { ConnectEventType } from 'pluggy-connect-element';
import type { ExecutionStatus, ProductType } from 'pluggy-js';
import { listConnectors, sandboxBank, type ConnectorFilters } from '../connectors.js';
import { advance, collectionSteps, connectorOfItem, createItem, mfaParameter, rememberItem } from './items.js';
import { mfaCode, outcomeOf } from '../sandbox.js';
import type { TokenClaims } from '../token.js';
import type { EmulatedConnector, EmulatedItem } from '../types.js';
import type { Webhooks } from './webhooks.js';
import type { Bank, BankWindow } from './bank.js';
import type { Decision } from '../bank-meta.js';

/** The widget options the emulator follows. */
export interface FlowOptions extends ConnectorFilters {
  selectedConnectorId?: number;
  updateItem?: string;
  products?: ProductType[];
  allowConnectInBackground?: boolean;
  openFinanceParameters?: { cpf?: string; cnpj?: string };
  forceOauthInBrowser?: boolean;
}

/** An `onEvent` payload, as the hosted app sends it. */
export interface EventPayload {
  event: ConnectEventType;
  timestamp: number;
  connector?: EmulatedConnector;
  item?: EmulatedItem;
}

/** Where the flow reports to: the parent page, through the SDK's callbacks. */
export interface Parent {
  event(payload: EventPayload): void;
  success(data: { item: EmulatedItem }): void;
  error(data: { message: string; data?: { item: EmulatedItem } }): void;
  hide(): void;
  close(): void;
}

export type Screen =
  | { name: 'consent' }
  | { name: 'connectors' }
  | { name: 'credentials'; connector: EmulatedConnector }
  | { name: 'mfa'; item: EmulatedItem }
  | { name: 'connecting'; connector: EmulatedConnector; step: ExecutionStatus; progress: number }
  | { name: 'success'; item: EmulatedItem }
  | { name: 'error'; item: EmulatedItem }
  | { name: 'pending'; item: EmulatedItem; authorized: boolean }
  | { name: 'bank'; item: EmulatedItem; url: string; state: BankState };

/**
 * Where the Open Finance consent is: `ready` to open the bank, `waiting` for the person's decision
 * there, the bank's window `closed` without one, or `blocked` by the browser (a link instead).
 */
export type BankState = 'ready' | 'waiting' | 'closed' | 'blocked';

/**
 * How long the emulated API takes, in ms: short enough for tests, long enough to see each step.
 * `step`: per login step and per product collected; `authorization`: from
 * USER_AUTHORIZATION_PENDING to the user's authorization (the `item/updated` webhook).
 */
const pace = { step: 350, authorization: 1500, poll: 250 };

/** The English message of each error, as the API's `item.error.message`. */
const apiErrors = {
  INVALID_CREDENTIALS: 'Invalid credentials',
  INVALID_CREDENTIALS_MFA: 'Invalid MFA code',
  USER_AUTHORIZATION_PENDING: 'User authorization pending: the user must authorize Pluggy in the institution app',
  USER_AUTHORIZATION_NOT_GRANTED: 'User did not authorize the access at the institution',
} as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One widget session of the emulated Connect app: the screens, and the `onEvent` payloads,
 * callbacks and webhooks each step produces, in the documented order. Users (through the
 * screens) and scenarios drive it with the same actions; an action that does not fit the
 * current screen is ignored.
 */
export class Flow {
  /** The connectors listed, after the widget's filters. */
  readonly connectors: EmulatedConnector[];
  /** The item being updated (`updateItem`), if any. */
  readonly updating?: string;
  #screen: Screen;

  constructor(
    readonly options: FlowOptions,
    private readonly claims: TokenClaims,
    private readonly parent: Parent,
    private readonly webhooks: Webhooks,
    private readonly onChange: () => void,
    /** The Open Finance bank; without one, Open Finance connectors connect without a consent. */
    private readonly bank?: Bank,
  ) {
    this.connectors = listConnectors(options);
    this.updating = options.updateItem;
    this.#screen = this.updating
      ? { name: 'credentials', connector: connectorOfItem(this.updating) ?? sandboxBank }
      : { name: 'consent' };
  }

  get screen(): Screen {
    return this.#screen;
  }

  #show(screen: Screen): void {
    this.#screen = screen;
    this.onChange();
  }

  #emit(event: ConnectEventType, detail: Pick<EventPayload, 'connector' | 'item'> = {}): void {
    this.parent.event({ event, timestamp: Date.now(), ...detail });
  }

  /** The user accepted the terms: on to the list, or to `selectedConnectorId`'s form when it is listed. */
  consent(): void {
    if (this.#screen.name !== 'consent') return;
    this.#emit('SUBMITTED_CONSENT');
    const selected = this.connectors.find((connector) => connector.id === this.options.selectedConnectorId);
    this.#show(selected ? { name: 'credentials', connector: selected } : { name: 'connectors' });
  }

  select(connector: EmulatedConnector): void {
    if (this.#screen.name !== 'connectors') return;
    this.#emit('SELECTED_INSTITUTION', { connector });
    this.#show({ name: 'credentials', connector });
  }

  back(): void {
    const screen = this.#screen;
    if (screen.name === 'credentials' && !this.updating) this.#show({ name: 'connectors' });
    else if (screen.name === 'connectors') this.#show({ name: 'consent' });
    else if (screen.name === 'bank' && screen.state !== 'waiting') this.#show({ name: 'credentials', connector: screen.item.connector });
  }

  /** The user submitted the credentials form. */
  async login(parameters: Record<string, string>): Promise<void> {
    if (this.#screen.name !== 'credentials') return;
    const { connector } = this.#screen;
    this.#emit('SUBMITTED_LOGIN');
    const owner = { webhookUrl: this.claims.webhookUrl, clientUserId: this.claims.clientUserId };
    let item = createItem(connector, owner);
    if (this.updating) item = { ...item, id: this.updating };
    this.#connecting(connector, 'LOGIN_IN_PROGRESS', 0);
    this.#respond(item);
    await wait(pace.step);
    if (connector.isOpenFinance && this.bank) {
      this.#sendToBank(item, this.bank.url(item, parameters[connector.credentials[0].name]));
      return;
    }
    switch (outcomeOf(connector, parameters)) {
      case 'invalid-credentials':
        this.#fail(item, 'INVALID_CREDENTIALS');
        break;
      case 'mfa':
        item = advance(item, 'WAITING_USER_INPUT', 'WAITING_USER_INPUT', { parameter: mfaParameter });
        this.#respond(item);
        this.webhooks.send('item/waiting_user_input', item);
        this.#show({ name: 'mfa', item });
        break;
      case 'authorization-pending':
        await this.#pending(item);
        break;
      case 'success':
        await this.#collect(item, 'LOGIN_SUCCESS');
    }
  }

  /** The user submitted the MFA code. */
  async answer(code: string): Promise<void> {
    if (this.#screen.name !== 'mfa') return;
    let { item } = this.#screen;
    this.#emit('SUBMITTED_MFA');
    item = advance(item, 'UPDATING', 'LOGIN_MFA_IN_PROGRESS', { parameter: null });
    this.#connecting(item.connector, 'LOGIN_IN_PROGRESS', 0);
    this.#respond(item);
    await wait(pace.step);
    if (code.trim() === mfaCode) await this.#collect(item, 'LOGIN_MFA_SUCCESS');
    else this.#fail(item, 'INVALID_CREDENTIALS_MFA');
  }

  /** The person's click on "go to the bank": opens it in a new window, or offers a link if the browser blocked it. */
  openBank(): void {
    const screen = this.#screen;
    if (screen.name !== 'bank' || !this.bank || (screen.state !== 'ready' && screen.state !== 'closed')) return;
    const opened = this.bank.open(screen.url);
    if (opened) void this.#await(screen.item, screen.url, opened);
    else this.popupBlocked();
  }

  /** The browser did not open the bank's window (`window.open` returned null): the person gets a link. */
  popupBlocked(): void {
    const screen = this.#screen;
    if (screen.name === 'bank' && (screen.state === 'ready' || screen.state === 'closed')) this.#show({ ...screen, state: 'blocked' });
  }

  /** The person went to the bank another way (the link): wait for their decision, without a window to watch. */
  awaitConsent(): void {
    const screen = this.#screen;
    if (screen.name === 'bank' && screen.state !== 'waiting') void this.#await(screen.item, screen.url);
  }

  /** The bank's window was closed without a decision: the person may open it again or go back. */
  bankClosed(): void {
    const screen = this.#screen;
    if (screen.name === 'bank' && screen.state === 'waiting') this.#show({ ...screen, state: 'closed' });
  }

  /** From an error, back to the connector's form for another try. */
  retry(): void {
    if (this.#screen.name === 'error') this.#show({ name: 'credentials', connector: this.#screen.item.connector });
  }

  /** Minimises the widget; the connection goes on. Only with `allowConnectInBackground`. */
  minimise(): void {
    if (this.options.allowConnectInBackground) this.parent.hide();
  }

  close(): void {
    this.parent.close();
  }

  #connecting(connector: EmulatedConnector, step: ExecutionStatus, progress: number): void {
    this.#show({ name: 'connecting', connector, step, progress });
  }

  #respond(item: EmulatedItem): void {
    this.#emit('ITEM_RESPONSE', { item });
  }

  /** Logged in: collect each product, then report the item created (or updated). */
  async #collect(loggedIn: EmulatedItem, event: 'LOGIN_SUCCESS' | 'LOGIN_MFA_SUCCESS'): Promise<void> {
    let item = advance(loggedIn, 'UPDATING', 'LOGIN_IN_PROGRESS');
    this.#emit(event, { item });
    this.webhooks.send('item/login_succeeded', item);
    this.#emit('LOGIN_STEP_COMPLETED', { item });
    const steps = collectionSteps(this.options.products ?? item.connector.products);
    for (const [index, step] of steps.entries()) {
      item = advance(item, 'UPDATING', step);
      this.#connecting(item.connector, step, (index + 1) / (steps.length + 1));
      this.#respond(item);
      await wait(pace.step);
    }
    const now = new Date().toISOString();
    item = advance(item, 'UPDATED', 'SUCCESS', { lastUpdatedAt: now });
    this.#respond(item);
    rememberItem(item);
    this.webhooks.send(this.updating ? 'item/updated' : 'item/created', item);
    this.#show({ name: 'success', item });
    this.parent.success({ item });
  }

  /**
   * Open Finance: the item waits for the person's consent at the bank, the URL in its
   * `parameter`, as the API's item does until the bank redirects back to Pluggy.
   */
  #sendToBank(created: EmulatedItem, url: string): void {
    const item = advance(created, 'WAITING_USER_INPUT', 'WAITING_USER_INPUT', {
      parameter: { name: 'oauthCode', label: created.connector.name, type: 'text', data: url },
    });
    this.#respond(item);
    this.webhooks.send('item/waiting_user_input', item);
    this.#show({ name: 'bank', item, url, state: 'ready' });
  }

  /**
   * Polls the emulator's server for the decision, as the hosted app polls the API for the item,
   * while this waiting screen is the current one. Whether the window is closed is read before the
   * decision is asked for: the bank closes it right after recording the decision, which is then
   * found, not taken for a window closed without one.
   */
  async #await(item: EmulatedItem, url: string, opened?: BankWindow): Promise<void> {
    const waiting: Screen = { name: 'bank', item, url, state: 'waiting' };
    this.#show(waiting);
    const bank = this.bank;
    while (bank && this.#screen === waiting) {
      await wait(pace.poll);
      const closed = opened?.closed === true;
      const decision = await bank.decision(item.id).catch(() => undefined);
      if (this.#screen !== waiting) return;
      if (decision) await this.#decided(item, decision);
      else if (closed) this.bankClosed();
    }
  }

  async #decided(waiting: EmulatedItem, decision: Decision): Promise<void> {
    const item = advance(waiting, 'UPDATING', 'LOGIN_IN_PROGRESS', { parameter: null });
    if (decision === 'denied') {
      this.#fail(item, 'USER_AUTHORIZATION_NOT_GRANTED');
      return;
    }
    this.#connecting(item.connector, 'LOGIN_IN_PROGRESS', 0);
    await this.#collect(item, 'LOGIN_SUCCESS');
  }

  #fail(failed: EmulatedItem, code: 'INVALID_CREDENTIALS' | 'INVALID_CREDENTIALS_MFA' | 'USER_AUTHORIZATION_NOT_GRANTED'): void {
    const item = advance(failed, 'LOGIN_ERROR', code, {
      error: { code, message: apiErrors[code] },
      consecutiveFailedLoginAttempts: failed.consecutiveFailedLoginAttempts + 1,
    });
    this.#respond(item);
    this.webhooks.send('item/error', item);
    this.#show({ name: 'error', item });
    this.parent.error({ message: apiErrors[code], data: { item } });
  }

  /**
   * The Caixa case: the frontend gets an error, and the success reaches the backend only by
   * webhook, once the user authorizes the device in the bank's app (here: after a pause).
   */
  async #pending(waiting: EmulatedItem): Promise<void> {
    const code = 'USER_AUTHORIZATION_PENDING';
    let item = advance(waiting, 'LOGIN_ERROR', code, { error: { code, message: apiErrors[code] } });
    this.#respond(item);
    this.webhooks.send('item/error', item);
    this.#show({ name: 'pending', item, authorized: false });
    this.parent.error({ message: apiErrors[code], data: { item } });
    await wait(pace.authorization);
    item = advance(item, 'UPDATED', 'SUCCESS', { error: null, lastUpdatedAt: new Date().toISOString() });
    rememberItem(item);
    this.webhooks.send('item/updated', item);
    this.#show({ name: 'pending', item, authorized: true });
  }
}
