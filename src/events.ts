// The events `<pluggy-connect>` fires: their details, their names by type, and how they are fired.
import { PluggyConnectError, type ConfigProblem, type PluggyErrorCode } from './errors.js';
import type { ConnectEventPayload, ConnectEventType, Item } from './types.js';

/** `pluggy-success` detail: the SDK's `onSuccess` payload. */
export interface PluggySuccessDetail {
  item: Item;
}

/**
 * `pluggy-error` detail: the SDK's `onError` payload, or one of the element's own errors, which
 * carry a `code` (see the error table in docs/api.md).
 */
export interface PluggyErrorDetail {
  message: string;
  data?: { item: Item };
  code?: PluggyErrorCode;
  /** With a configuration error: the attribute at fault. */
  attribute?: string;
  /** With a configuration error: every problem found, the first of which is `message`. */
  problems?: ConfigProblem[];
}

/** Turns `'SUBMITTED_CONSENT'` into `'submitted-consent'`. */
type Kebab<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Lowercase<Head>}-${Kebab<Tail>}` : Lowercase<S>;

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

/** Fires a `pluggy-*` event the way every event of the element is fired (without a detail, it is null). */
export function fire(target: EventTarget, name: string, detail?: unknown): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * Reports an error of the element's own: one `pluggy-error` (with `extra`: the attribute at fault
 * and the problems, for configuration errors) and one `console.error` with the same message.
 * Returns the error `show()` rejects with.
 */
export function report(target: EventTarget, { code, message }: { code: PluggyErrorCode; message: string }, extra?: Pick<PluggyErrorDetail, 'attribute' | 'problems'>): PluggyConnectError {
  console.error(`<pluggy-connect>: ${message}`);
  fire(target, 'pluggy-error', { message, code, ...extra });
  return new PluggyConnectError(code, message);
}
