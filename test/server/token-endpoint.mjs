/**
 * A stand-in for an app's backend token endpoint (`token-url`), at `/test/token`. It answers a
 * POST like the vendor's backend SDK does, `{ accessToken }`, with a JWT-shaped token whose
 * payload records what the request carried (its cookie and JSON body) and its place among the
 * tokens this server minted (`n`: 1, 2, …), so a test can see what the element sent and whether a
 * token is a new one. `?reply=` picks a failure: `500`, `html`, `no-token`, `expired`, `hang`;
 * `?delay=<ms>` answers that much later (a slow backend).
 */
const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.signature`;

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

export function tokenEndpoint() {
  let minted = 0;
  return async function tokenEndpointMiddleware(context, next) {
    if (context.path !== '/test/token') return next();
    if (context.method !== 'POST') {
      context.status = 405;
      return undefined;
    }
    const reply = context.query.reply ?? 'ok';
    const body = JSON.parse((await readBody(context.req)) || 'null');
    const now = Math.floor(Date.now() / 1000);
    if (reply === 'hang') return new Promise(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.delay ?? 0)));
    if (reply === '500') {
      context.status = 500;
      context.body = { error: 'boom' };
    } else if (reply === 'html') {
      context.type = 'html';
      context.body = '<h1>Sign in</h1>';
    } else if (reply === 'no-token') {
      context.body = { token: 'misnamed' };
    } else {
      const exp = reply === 'expired' ? now - 60 : now + 30 * 60;
      context.body = { accessToken: jwt({ exp, cookie: context.get('cookie'), body, n: ++minted }) };
    }
    return undefined;
  };
}
