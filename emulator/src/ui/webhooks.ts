import { uuid } from './ids.js';
import { journal, log } from './log.js';
import { Serial } from './serial.js';
import type { EmulatedItem, EmulatedWebhook } from '../types.js';

/**
 * Delivers the item webhooks of a session to the token's `webhookUrl`, in order, as JSON POSTs
 * like the API's, and reports each to the serving server's journal (without a `webhookUrl` too).
 * They leave from the emulator's page in the browser, so the receiver sees a cross-origin
 * request: it must answer the CORS preflight (the demo server does).
 */
export class Webhooks {
  readonly #queue = new Serial('webhook delivery');

  constructor(private readonly url: string | undefined) {}

  send(event: EmulatedWebhook['event'], item: EmulatedItem): void {
    const url = this.url;
    const body: EmulatedWebhook = {
      event,
      eventId: uuid(),
      id: item.id,
      itemId: item.id,
      triggeredBy: 'USER',
      clientUserId: item.clientUserId,
      ...(event === 'item/error' && item.error ? { error: { code: item.error.code, message: item.error.message } } : {}),
    };
    this.#queue.run(async () => {
      if (!url) {
        await journal({ ...body, deliveredTo: null });
        return;
      }
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(
        async (error: unknown) => {
          await journal({ ...body, deliveredTo: { url, status: null } });
          throw error;
        },
      );
      await journal({ ...body, deliveredTo: { url, status: response.status } });
      log(`webhook ${event} for item ${item.id} → ${url}: ${response.status}`);
      if (!response.ok) throw new Error(`${url} answered ${response.status} to ${event}`);
    });
  }
}
