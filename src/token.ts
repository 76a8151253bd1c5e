// Connect tokens: reading their expiry, and fetching fresh ones from the app's backend.

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
