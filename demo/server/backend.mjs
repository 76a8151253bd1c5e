// The demo's backend half, as koa middleware for the dev server: it mints connect tokens and
// receives webhooks, as the vendor docs ask of an integration's backend.
import { readJson } from './read-json.mjs';
import { createConnectToken, tokenSource } from './tokens.mjs';
import { webhookReceiver } from './webhooks.mjs';

/**
 * Routes:
 * - `POST /api/connect-token` (optional JSON `{ itemId }`) → `{ accessToken }`, the shape of the
 *   vendor's `createConnectToken()`, which `token-url` reads;
 * - `POST /webhooks` receives webhooks; `GET /api/webhooks` lists them (JSON) and
 *   `GET /api/webhooks/stream` streams new ones (Server-Sent Events);
 * - `GET /api/demo` → `{ emulatorUrl, tokens }`, what the page needs to configure itself
 *   (`emulatorUrl` is a function: the emulator's port may be known only once it started).
 */
export function demoBackend({ emulatorUrl = () => undefined } = {}) {
  const webhooks = webhookReceiver();
  const routes = {
    'POST /api/connect-token': async (context) => {
      try {
        const { itemId } = await readJson(context.req);
        context.body = await createConnectToken({ itemId, origin: context.origin });
      } catch (error) {
        context.status = 502;
        context.body = { message: `could not create a connect token: ${error?.message ?? JSON.stringify(error)}` };
      }
    },
    'POST /webhooks': webhooks.receive,
    'OPTIONS /webhooks': webhooks.receive,
    'GET /api/webhooks': (context) => {
      context.body = webhooks.received;
    },
    'GET /api/webhooks/stream': webhooks.stream,
    'GET /api/demo': (context) => {
      context.body = { emulatorUrl: emulatorUrl(), tokens: tokenSource() };
    },
  };
  return async function demoBackendMiddleware(context, next) {
    const route = routes[`${context.method} ${context.path}`];
    return route ? route(context) : next();
  };
}
