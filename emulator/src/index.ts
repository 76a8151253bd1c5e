// `pluggy-connect-emulator`: what an app's own end-to-end tests need to use the Connect
// emulator. No side effects; the emulator itself is the static app in `emulatorRoot`.
export { connectors, listConnectors, type ConnectorFilters } from './connectors.js';
export { correctPassword, mfaCode, sandboxCredentials, type Outcome } from './sandbox.js';
export { scenarios, type Scenario } from './scenarios.js';
export { mintToken, readToken, type MintTokenOptions, type TokenClaims } from './token.js';
export { emulatorTokens, tokenEndpoint, type TokenMiddleware } from './token-endpoint.js';
export type { EmulatedConnector, EmulatedItem, EmulatedWebhook, SentWebhook } from './types.js';

/**
 * The folder of the emulator's static app (`index.html` and `emulator.js`), as a `file:` URL in
 * Node. Serve it at the root of an origin of its own and point `connect-url` at that origin.
 */
export const emulatorRoot: URL = new URL('./app/', import.meta.url);
