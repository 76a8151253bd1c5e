import type { ExecutionStatus, ItemStatus, ProductType } from 'pluggy-js';
import { connectors } from '../connectors.js';
import { uuid } from './ids.js';
import { mfaCode } from '../sandbox.js';
import type { EmulatedConnector, EmulatedItem } from '../types.js';

/** A new item for `connector`, logging in. */
export function createItem(connector: EmulatedConnector, owner: { webhookUrl?: string; clientUserId?: string }): EmulatedItem {
  const now = new Date().toISOString();
  return {
    id: uuid(),
    connector,
    status: 'UPDATING',
    executionStatus: 'LOGIN_IN_PROGRESS',
    statusDetail: null,
    error: null,
    createdAt: now,
    updatedAt: now,
    lastUpdatedAt: null,
    parameter: null,
    webhookUrl: owner.webhookUrl ?? null,
    clientUserId: owner.clientUserId ?? null,
    userAction: null,
    consecutiveFailedLoginAttempts: 0,
    nextAutoSyncAt: null,
  };
}

/** The item at its next state: `status` and `executionStatus`, plus any other fields. */
export function advance(
  item: EmulatedItem,
  status: ItemStatus,
  executionStatus: ExecutionStatus,
  changes: Partial<EmulatedItem> = {},
): EmulatedItem {
  return { ...item, status, executionStatus, updatedAt: new Date().toISOString(), ...changes };
}

/** The MFA parameter the item asks for while `WAITING_USER_INPUT`. */
export const mfaParameter: NonNullable<EmulatedItem['parameter']> = {
  name: 'token',
  label: 'Token',
  type: 'number',
  mfa: true,
  validation: '^\\d{6}$',
  placeholder: mfaCode.replace(/\d/g, '0'),
};

/** The execution statuses an item goes through while collecting `products`, in order. */
export function collectionSteps(products: readonly ProductType[]): ExecutionStatus[] {
  const steps: Partial<Record<ProductType, ExecutionStatus>> = {
    ACCOUNTS: 'ACCOUNTS_IN_PROGRESS',
    CREDIT_CARDS: 'CREDITCARDS_IN_PROGRESS',
    TRANSACTIONS: 'TRANSACTIONS_IN_PROGRESS',
    PAYMENT_DATA: 'PAYMENT_DATA_IN_PROGRESS',
    INVESTMENTS: 'INVESTMENTS_IN_PROGRESS',
    INVESTMENTS_TRANSACTIONS: 'INVESTMENTS_TRANSACTIONS_IN_PROGRESS',
    IDENTITY: 'IDENTITY_IN_PROGRESS',
  };
  const listed = products.flatMap((product) => steps[product] ?? []);
  return listed.length ? listed : ['ACCOUNTS_IN_PROGRESS'];
}

const storageKey = 'pluggy-connect-emulator:items';

/**
 * Items this emulator created, by id → connector id, so that `updateItem` opens on the right
 * connector in a later session. Kept in the emulator origin's storage; where storage is blocked
 * (some third-party frame policies) nothing is remembered.
 */
function knownItems(): Record<string, number> {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

export function rememberItem(item: EmulatedItem): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ ...knownItems(), [item.id]: item.connector.id }));
  } catch {
    // storage blocked: updates of this item will open on the sandbox bank
  }
}

/** The connector of an item this emulator created, if it remembers it. */
export function connectorOfItem(itemId: string): EmulatedConnector | undefined {
  const connectorId = knownItems()[itemId];
  return connectors.find((connector) => connector.id === connectorId);
}
