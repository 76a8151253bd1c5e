import type { Connector, ConnectorCredential, Item } from 'pluggy-connect-element';

/** `T` as the API sends it in JSON: the `K` dates are ISO strings. */
type AsJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: null extends T[P] ? string | null : string };

/** A connector of the emulator's catalogue, shaped like the API's. */
export type EmulatedConnector = AsJson<Connector, 'createdAt'>;

/** An item as the emulator reports it in `onEvent`, `onSuccess` and `onError`, shaped like the API's. */
export type EmulatedItem = AsJson<
  Omit<Item, 'connector' | 'parameter'> & { connector: EmulatedConnector; parameter: ConnectorCredential | null },
  'createdAt' | 'updatedAt' | 'lastUpdatedAt' | 'nextAutoSyncAt'
>;

/** The body of a webhook the emulator POSTs, shaped like the API's item webhooks. */
export interface EmulatedWebhook {
  event: 'item/created' | 'item/updated' | 'item/error' | 'item/waiting_user_input' | 'item/login_succeeded';
  /** Unique per delivery. */
  eventId: string;
  /** The item's id (the API's deprecated alias of `itemId`). */
  id: string;
  itemId: string;
  triggeredBy: 'USER';
  clientUserId: string | null;
  /** Only on `item/error`. */
  error?: { code: string; message: string };
}

/**
 * A webhook the emulator sent, as its server keeps it for tests (`GET /webhooks`): where it was
 * delivered and the status that answered (`status` null: the request failed), or `deliveredTo`
 * null when the session's token has no `webhookUrl`.
 */
export type SentWebhook = EmulatedWebhook & { deliveredTo: { url: string; status: number | null } | null };
