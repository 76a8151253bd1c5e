// One line per widget session and per webhook, and each webhook sent, for the server that serves the
// emulator (its command prints the lines, its `/webhooks` keeps the webhooks for tests), when that
// server asked for them; a page served by any other server reports nothing.
import { logMetaName, webhooksPath } from '../log-meta.js';
import type { SentWebhook } from '../types.js';

const asked = () => document.querySelector<HTMLMetaElement>(`meta[name="${logMetaName}"]`)?.content;

/** Sends `body` to `path` of the serving server; settles once it answered. Never fails. */
const post = (path: string, body: string) => fetch(path, { method: 'POST', body, keepalive: true }).then(
  () => undefined,
  () => undefined,
);

/** Sends `line` to the serving server, if it asked for the lines. */
export function log(line: string): void {
  const endpoint = asked();
  if (endpoint) void post(endpoint, line);
}

/** Reports a webhook the session sent to the serving server, if it asked for the lines; settles once it has it. */
export async function journal(webhook: SentWebhook): Promise<void> {
  if (asked()) await post(webhooksPath, JSON.stringify(webhook));
}
