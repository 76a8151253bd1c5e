// Connect tokens: reading their expiry, checking them, and fetching fresh ones from the app's backend.
import type { ConfigProblem, ConfigProblemCode } from './errors.js';

/** What a connect token's payload says, or why it has none (a token is a JWT). */
export type TokenReading = { payload: Record<string, unknown> } | { problem: string };

/** Reads a JWT's payload without verifying it (the widget's backend does that). */
export function readToken(token: string): TokenReading {
  const parts = token.split('.');
  if (parts.length !== 3) return { problem: `expected a JWT (three dot-separated parts), got ${parts.length} part${parts.length === 1 ? '' : 's'}` };
  try {
    const base64 = (parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (character) => character.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) return { payload: payload as Record<string, unknown> };
  } catch {
    // reported below
  }
  return { problem: 'its payload is not a JSON object' };
}

/** When the token expires (ms since the epoch), if it says. */
export function expiryOf(reading: TokenReading): number | undefined {
  const exp = 'payload' in reading ? reading.payload.exp : undefined;
  return typeof exp === 'number' ? exp * 1000 : undefined;
}

/** A token this close to its expiry is replaced before opening, when the element can fetch one. */
export const refreshMargin = 60_000;

/** Whether a token should be replaced before opening: missing, unreadable, or expiring soon. */
export function needsRefresh(token: string | undefined, now = Date.now()): boolean {
  if (!token) return true;
  const reading = readToken(token);
  const expiry = expiryOf(reading);
  return 'problem' in reading || (expiry !== undefined && expiry - now < refreshMargin);
}

/** What is wrong with a connect token, if anything (never showing it). */
export function tokenProblem(token: string | undefined, now = Date.now(), subject = 'connect-token'): ConfigProblem | undefined {
  const problem = (code: ConfigProblemCode, message: string): ConfigProblem => ({
    code,
    attribute: 'connect-token',
    property: 'connectToken',
    severity: 'error',
    message: `${subject} ${message}`,
  });
  if (!token) return problem('MISSING_TOKEN', 'is missing: set the connect-token attribute or the connectToken property to a connect token from your backend, or set token-url or tokenProvider');
  const reading = readToken(token);
  if ('problem' in reading) return problem('INVALID_TOKEN', `is not a connect token: ${reading.problem}`);
  const expiry = expiryOf(reading);
  if (expiry !== undefined && expiry <= now) {
    const minutes = Math.round((now - expiry) / 60_000);
    return problem('TOKEN_EXPIRED', `expired at ${new Date(expiry).toISOString()} (${minutes} minute${minutes === 1 ? '' : 's'} ago): connect tokens last 30 minutes; get a new one from your backend, or set token-url or tokenProvider to do it at show()`);
  }
  return undefined;
}

/** Where a fresh token comes from: the app's function, or its backend endpoint. */
export interface TokenSource {
  tokenProvider?: () => Promise<string>;
  tokenUrl?: string;
  updateItem?: string;
}

/**
 * Fetches a token from `tokenProvider`, or by POSTing to `tokenUrl` (credentials same-origin,
 * `{ itemId }` when updating an Item) and reading `accessToken` from the JSON reply, the shape
 * the vendor's backend SDK returns. Rejects with a message that says what went wrong; gives up
 * when `signal` aborts.
 */
export async function fetchToken(source: TokenSource, signal: AbortSignal): Promise<string> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error(`${describe(source)} did not answer in time`)), { once: true });
  });
  const pending = source.tokenProvider ? source.tokenProvider() : postForToken(source.tokenUrl ?? '', source.updateItem, signal);
  const token: unknown = await Promise.race([pending, aborted]);
  if (typeof token !== 'string' || !token) throw new Error(`${describe(source)} gave ${kindOf(token)} instead of a token string`);
  return token;
}

async function postForToken(tokenUrl: string, updateItem: string | undefined, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(updateItem ? { itemId: updateItem } : {}),
    signal,
  });
  if (!response.ok) throw new Error(`token-url answered ${response.status} ${response.statusText}`.trim());
  const reply: unknown = await response.json().catch(() => {
    throw new Error('token-url did not answer JSON');
  });
  const accessToken = typeof reply === 'object' && reply !== null ? (reply as { accessToken?: unknown }).accessToken : undefined;
  if (typeof accessToken !== 'string') throw new Error('token-url answered JSON without an accessToken string');
  return accessToken;
}

/** What a value is, without showing it: it may hold the token itself. */
function kindOf(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (value === '') return 'an empty string';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object (the whole reply instead of its accessToken?)' : `a ${typeof value}`;
}

/** Names the token source in messages. */
export function describe(source: TokenSource): string {
  return source.tokenProvider ? 'tokenProvider' : 'token-url';
}
