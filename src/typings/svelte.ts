// `<pluggy-connect>` in Svelte 5 templates: `import type {} from 'pluggy-connect-element/typings/svelte'`.
// Svelte 5 sets props the element has as properties and binds `onpluggy-*` to its events.
import type { HTMLAttributes as SvelteAttributes } from 'svelte/elements';
import type { PluggyConnectElement } from '../pluggy-connect.js';
import type { PluggyConnectAttributes, PluggyConnectEventAttributes, PluggyConnectProperties } from '../template-types.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pluggy-connect': Omit<SvelteAttributes<PluggyConnectElement>, keyof PluggyConnectProperties> &
      PluggyConnectProperties &
      PluggyConnectAttributes &
      PluggyConnectEventAttributes;
  }
}
