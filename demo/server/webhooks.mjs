// The demo's webhook receiver: what your backend does with Pluggy's webhooks, reduced to
// keeping them and showing them to the page as they arrive (Server-Sent Events).
import { readJson } from './read-json.mjs';

/** CORS for the emulator, which POSTs webhooks from its own origin in the browser. */
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'content-type',
};

export function webhookReceiver() {
  /** Every webhook received, oldest first: `{ receivedAt, body }`. */
  const received = [];
  const streams = new Set();

  return {
    received,
    /** POST /webhooks (and its preflight). */
    async receive(context) {
      context.set(cors);
      if (context.method === 'OPTIONS') {
        context.status = 204;
        return;
      }
      let body;
      try {
        body = await readJson(context.req);
      } catch {
        context.status = 400;
        return;
      }
      const webhook = { receivedAt: new Date().toISOString(), body };
      received.push(webhook);
      for (const stream of streams) stream.write(`data: ${JSON.stringify(webhook)}\n\n`);
      context.status = 204;
    },
    /** GET /api/webhooks/stream: each new webhook as an SSE message. */
    stream(context) {
      context.respond = false;
      const response = context.res;
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      context.req.on('close', () => streams.delete(response));
    },
  };
}
