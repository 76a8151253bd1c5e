import type { PluggyConnectEventMap } from './events.js';
import { PluggyConnectElement } from './pluggy-connect.js';

/**
 * Registers `<pluggy-connect>`, or the element under another tag name. Idempotent: a tag that is
 * already defined is left alone. Does nothing where there is no `customElements` (in Node, Lit
 * provides one, which server-side rendering with `@lit-labs/ssr` uses).
 */
export function define(tag = 'pluggy-connect'): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  // One constructor can back only one tag name: another name gets its own subclass.
  customElements.define(tag, tag === 'pluggy-connect' ? PluggyConnectElement : class extends PluggyConnectElement {});
}

declare global {
  interface HTMLElementTagNameMap {
    'pluggy-connect': PluggyConnectElement;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface GlobalEventHandlersEventMap extends PluggyConnectEventMap {}
}
