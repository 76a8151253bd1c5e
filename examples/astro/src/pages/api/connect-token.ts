import type { APIRoute } from 'astro';
import { mintToken } from 'pluggy-connect-emulator';

export const prerender = false;

/**
 * The element's `token-url`: POST answers `{ accessToken }` with a token the Connect emulator
 * accepts. In production, answer with `pluggyClient.createConnectToken()` from `pluggy-sdk`.
 */
export const POST: APIRoute = () => Response.json({ accessToken: mintToken() });
