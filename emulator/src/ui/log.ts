// One line per widget session and per webhook, for the server that serves the emulator (its command
// prints them), when that server asked for them; a page served by any other server logs nothing.
import { logMetaName } from '../log-meta.js';

/** Sends `line` to the serving server, if it asked for the lines. Never fails. */
export function log(line: string): void {
  const endpoint = document.querySelector<HTMLMetaElement>(`meta[name="${logMetaName}"]`)?.content;
  if (endpoint) fetch(endpoint, { method: 'POST', body: line, keepalive: true }).catch(() => undefined);
}
