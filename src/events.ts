import type { ConnectEventPayload, ConnectEventType, Item } from './types.js';

/** `pluggy-success` detail: the SDK's `onSuccess` payload. */
export interface PluggySuccessDetail {
  item: Item;
}

/**
 * `pluggy-error` detail: the SDK's `onError` payload, or one of the element's own errors, which
 * carry a `code` (see the README's error table).
 */
export interface PluggyErrorDetail {
  message: string;
  data?: { item: Item };
  code?: PluggyErrorCode;
}

/** Codes of the errors the element raises itself (the widget's own errors have no code). */
export type PluggyErrorCode = 'MISSING_TOKEN' | 'LOAD_FAILED';

/** Turns `'SUBMITTED_CONSENT'` into `'submitted-consent'` (and `'itemResponse'` into `'item-response'`). */
type Kebab<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}-${Kebab<Tail>}`
  : Lowercase<S>;

/** One event per `onEvent` type, e.g. `pluggy-submitted-consent`, with that payload as detail. */
export type PluggyTypedEventMap = {
  [Type in ConnectEventType as `pluggy-${Kebab<Type>}`]: CustomEvent<ConnectEventPayload & { event: Type }>;
};

/** Every event `<pluggy-connect>` fires, by name. */
export interface PluggyConnectEventMap extends PluggyTypedEventMap {
  'pluggy-open': CustomEvent<null>;
  'pluggy-hide': CustomEvent<null>;
  'pluggy-close': CustomEvent<null>;
  'pluggy-success': CustomEvent<PluggySuccessDetail>;
  'pluggy-error': CustomEvent<PluggyErrorDetail>;
  'pluggy-event': CustomEvent<ConnectEventPayload>;
}

const ownEvents = new Set(['pluggy-open', 'pluggy-hide', 'pluggy-close', 'pluggy-success', 'pluggy-error', 'pluggy-event']);

/**
 * The specific event name for an `onEvent` type: `pluggy-` + the type in lowercase kebab-case.
 * By rule, so a type the SDK adds later gets its own event. Returns `undefined` for a type that
 * is not a non-empty string or that would collide with one of the element's own events.
 */
export function eventNameFor(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const kebab = type
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const name = `pluggy-${kebab}`;
  return kebab && !ownEvents.has(name) ? name : undefined;
}

/** Fires a `pluggy-*` event the way every event of the element is fired. */
export function fire(target: EventTarget, name: string, detail: unknown = null): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
