import { json } from '@sveltejs/kit';
import { mintToken } from 'pluggy-connect-emulator';
import type { RequestHandler } from './$types';

/**
 * The element's `token-url`: POST answers `{ accessToken }` with a token the Connect emulator
 * accepts. In production, answer with `pluggyClient.createConnectToken()` from `pluggy-sdk`.
 */
export const POST: RequestHandler = () => json({ accessToken: mintToken() });
