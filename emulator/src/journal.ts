// The webhooks the emulator sent, kept by its server for an app's tests to read: the page reports
// each webhook of a session (POST), whether or not its token has a `webhookUrl`; GET answers them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, send } from './http.js';
import { webhooksPath } from './log-meta.js';
import type { SentWebhook } from './types.js';

const isWebhook = (value: unknown): value is SentWebhook =>
  typeof value === 'object' && value !== null && typeof (value as SentWebhook).event === 'string' && typeof (value as SentWebhook).itemId === 'string';

/**
 * `/webhooks` on the Connect app's origin: POST (the page) appends a webhook; GET answers them,
 * oldest first, as JSON (`?item=<id>`: one item's). Keeps the last `limit`. Resolves `false` for
 * any other request.
 */
export function webhookJournal(limit = 1000) {
  const sent: SentWebhook[] = [];
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://emulator');
    if (url.pathname !== webhooksPath) return false;
    if (request.method === 'POST') {
      let webhook: unknown;
      try {
        webhook = JSON.parse(await readBody(request));
      } catch {
        webhook = undefined;
      }
      if (!isWebhook(webhook)) {
        send(response, 400, 'text/plain', 'a webhook has a string event and itemId\n');
        return true;
      }
      sent.push(webhook);
      sent.splice(0, sent.length - limit);
      response.writeHead(204).end();
      return true;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain', 'GET the webhooks (?item=<id>), or POST one\n');
      return true;
    }
    const item = url.searchParams.get('item');
    send(response, 200, 'application/json', JSON.stringify(item ? sent.filter((webhook) => webhook.itemId === item) : sent));
    return true;
  };
}
