import type { RequestHandler } from '@builder.io/qwik-city';
import { mintToken } from 'pluggy-connect-emulator';

/**
 * The element's `token-url`: POST answers `{ accessToken }` with a token the Connect emulator
 * accepts. In production, answer with `pluggyClient.createConnectToken()` from `pluggy-sdk`.
 */
export const onPost: RequestHandler = ({ json }) => {
  json(200, { accessToken: mintToken() });
};
