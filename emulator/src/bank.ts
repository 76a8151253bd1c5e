// The Open Finance bank the emulator plays (Node), on an origin of its own: the person signs in
// and approves or denies sharing their data there. The decision stays on the server; the Connect
// app learns it by polling the emulator's origin, as the hosted app learns it from Pluggy's API
// (the bank's window never talks to the widget's frame, which storage partitioning can separate).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { consentPage, donePage, signInPage } from './bank-pages.js';
import type { Decision } from './bank-meta.js';
import { connectors } from './connectors.js';
import { readBody, send } from './http.js';

/** The decisions taken at the bank, by item id: shared by the bank and the Connect app's origin. */
export type Consents = Map<string, Decision>;

/** Where, on the Connect app's origin, an item's decision is read (GET) or, by scenarios, recorded (POST): `/consents/<item id>`. */
export const consentsPath = '/consents/';

const isDecision = (value: unknown): value is Decision => value === 'approved' || value === 'denied';

/**
 * The consent API on the Connect app's origin: GET answers `{ decision }` (`null` while the person
 * has not answered); POST `{ decision }` records one, as the bank does (the scenarios use it).
 * Resolves `false` for any other request.
 */
export function consentApi(consents: Consents) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    if (!path.startsWith(consentsPath)) return false;
    const item = decodeURIComponent(path.slice(consentsPath.length));
    if (request.method === 'POST') {
      const { decision } = JSON.parse((await readBody(request)) || '{}') as { decision?: unknown };
      if (!isDecision(decision)) {
        send(response, 400, 'text/plain', 'decision must be "approved" or "denied"\n');
        return true;
      }
      consents.set(item, decision);
    }
    send(response, 200, 'application/json', JSON.stringify({ decision: consents.get(item) ?? null }));
    return true;
  };
}

/**
 * The bank's own site: `/?item=…&connector=…&document=…` signs in, `/sign-in` shows the consent,
 * `/consent` records the decision and closes the window, as banks do on a desktop.
 */
export function bankSite(consents: Consents, log: (line: string) => void) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://bank');
    const form = request.method === 'POST' ? new URLSearchParams(await readBody(request)) : url.searchParams;
    const item = form.get('item') ?? '';
    const connector = connectors.find((candidate) => String(candidate.id) === form.get('connector') && candidate.isOpenFinance);
    if (!item || !connector) {
      send(response, 404, 'text/plain', 'The emulated bank opens from the Connect emulator, for an item of an Open Finance connector.\n');
      return;
    }
    const session = { item, connector, document: form.get('document') ?? '' };
    const decision = form.get('decision');
    if (request.method === 'GET' && url.pathname === '/') send(response, 200, 'text/html', signInPage(session));
    else if (request.method === 'POST' && url.pathname === '/sign-in') send(response, 200, 'text/html', consentPage(session));
    else if (request.method === 'POST' && url.pathname === '/consent' && isDecision(decision)) {
      consents.set(item, decision);
      log(`bank: consent ${decision} for item ${item} at ${connector.name}`);
      send(response, 200, 'text/html', donePage(session, decision));
    } else send(response, 404, 'text/plain', 'Not found\n');
  };
}
