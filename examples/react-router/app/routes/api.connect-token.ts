import { mintToken } from 'pluggy-connect-emulator';

/**
 * Your backend's token endpoint, a resource route: POST answers `{ accessToken }`, here with an
 * emulator token for development and tests. In production it answers with
 * `pluggyClient.createConnectToken()` from `pluggy-sdk`.
 */
export function action() {
  return Response.json({ accessToken: mintToken() });
}
