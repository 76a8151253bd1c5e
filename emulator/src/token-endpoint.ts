// Your backend's token endpoint, for development and tests against the emulator: POST answers
// `{ accessToken }` with an emulator token. In production your backend answers it with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import { mintToken } from './token.js';

/** What the endpoint reads of a request: Node's `IncomingMessage` (typed here without Node's types). */
interface TokenRequest {
  method?: string;
  url?: string;
}

/** What the endpoint writes: Node's `ServerResponse`. */
interface TokenResponse {
  writeHead(status: number, headers: Record<string, string>): { end(body: string): unknown };
}

/** Node (and Connect, Express, Vite) middleware: answers POST `path`, else calls `next`. */
export type TokenMiddleware = (request: TokenRequest, response: TokenResponse, next: () => void) => void;

/** The token endpoint at `path` (`/api/connect-token` by default, the examples' `token-url`). */
export function tokenEndpoint(path = '/api/connect-token'): TokenMiddleware {
  return (request, response, next) => {
    if (request.method !== 'POST' || request.url?.split('?')[0] !== path) {
      next();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accessToken: mintToken() }));
  };
}

/** A server whose middleware stack takes Node middleware, as Vite's dev and preview servers do. */
interface MiddlewareServer {
  middlewares: { use(middleware: TokenMiddleware): unknown };
}

/** A Vite plugin: the token endpoint in `vite` (dev) and `vite preview`. */
export function emulatorTokens(path?: string) {
  const endpoint = tokenEndpoint(path);
  return {
    name: 'pluggy-connect-emulator-tokens',
    configureServer: (server: MiddlewareServer) => void server.middlewares.use(endpoint),
    configurePreviewServer: (server: MiddlewareServer) => void server.middlewares.use(endpoint),
  };
}
