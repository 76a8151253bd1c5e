/** What an emulator connect token carries (its JWT payload). */
export interface TokenClaims {
  /** `pluggy-connect-emulator` for tokens minted by `mintToken()`. */
  iss?: string;
  /** Issued at, in seconds since the epoch. */
  iat?: number;
  /** Expiry, in seconds since the epoch. */
  exp: number;
  /** Where the emulator POSTs the item webhooks of this session (the real API's `webhookUrl`). */
  webhookUrl?: string;
  /** Your id for the user, copied to the items (the real API's `clientUserId`). */
  clientUserId?: string;
}

/** Options of `mintToken()`: the real `createConnectToken()` options the emulator honours, plus a lifetime. */
export interface MintTokenOptions {
  webhookUrl?: string;
  clientUserId?: string;
  /** Lifetime in seconds; default 30 minutes, as the real connect tokens. */
  expiresIn?: number;
}

const issuer = 'pluggy-connect-emulator';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A connect token for the emulator: an unsigned JWT (`alg: none`) whose payload carries the
 * options, as a real token carries its `webhookUrl`. Works in browsers and in Node. The third
 * part is not empty, so checks that expect three base64url parts accept it.
 */
export function mintToken({ webhookUrl, clientUserId, expiresIn = 30 * 60 }: MintTokenOptions = {}): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims: TokenClaims = { iss: issuer, iat, exp: iat + expiresIn, webhookUrl, clientUserId };
  return [base64url(JSON.stringify({ alg: 'none', typ: 'JWT' })), base64url(JSON.stringify(claims)), base64url(issuer)].join('.');
}

/**
 * The claims of a connect token, or `undefined` when it is not a JWT with a JSON payload and a
 * numeric `exp`. Real connect tokens read too: the emulator accepts any unexpired JWT.
 */
export function readToken(token: string): TokenClaims | undefined {
  const [, payload = ''] = token.split('.');
  if (token.split('.').length !== 3) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))));
    return typeof claims === 'object' && claims !== null && typeof (claims as { exp?: unknown }).exp === 'number' ? (claims as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the token's `exp` has passed. */
export function isExpired(claims: TokenClaims): boolean {
  return claims.exp * 1000 <= Date.now();
}
