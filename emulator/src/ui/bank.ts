// The Open Finance bank as the Connect app sees it: a URL to open in a new window, and the
// emulator's server, which it polls for the person's decision (never the bank's window itself).
import { bankMetaName } from '../bank-meta.js';
import type { Decision } from '../bank-meta.js';
import type { EmulatedItem } from '../types.js';

/** The bank's window, as far as the widget may look at it: whether it is still open. */
export interface BankWindow {
  readonly closed: boolean;
}

/** The emulated bank, where the person consents to share an item's data. */
export interface Bank {
  /** The bank's sign-in for this item; `document` is the CPF or CNPJ typed in the widget. */
  url(item: EmulatedItem, document: string): string;
  /** Opens `url` in a new window, on the person's click; `null` when the browser blocked it. */
  open(url: string): BankWindow | null;
  /** The person's decision for the item, once they have taken it. */
  decision(itemId: string): Promise<Decision | undefined>;
  /** Records a decision as the bank does: what the scenarios use instead of the bank's pages. */
  decide(itemId: string, decision: Decision): Promise<void>;
}

const consents = (itemId: string) => `/consents/${encodeURIComponent(itemId)}`;

/** The bank of the server that served the page, or `undefined` when that server has none. */
export function bankOf(document: Document): Bank | undefined {
  const origin = document.querySelector<HTMLMetaElement>(`meta[name="${bankMetaName}"]`)?.content;
  if (!origin) return undefined;
  return {
    url: (item, value) => `${origin}/?${new URLSearchParams({ item: item.id, connector: String(item.connector.id), document: value })}`,
    open: (url) => window.open(url, 'pluggy-connect-emulator-bank', 'popup,width=520,height=720'),
    async decision(itemId) {
      const response = await fetch(consents(itemId), { cache: 'no-store' });
      const { decision } = (await response.json()) as { decision: Decision | null };
      return decision ?? undefined;
    },
    async decide(itemId, decision) {
      await fetch(consents(itemId), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ decision }) });
    },
  };
}
