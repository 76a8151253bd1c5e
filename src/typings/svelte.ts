// `<pluggy-connect>` in Svelte 5 templates: `import type {} from 'pluggy-connect-element/typings/svelte'`.
// Svelte 5 sets a prop the element has as a property (on the server, its attribute) and binds
// `onpluggy-*` to its events: every name of the generated props works.
import type { HTMLAttributes as SvelteAttributes } from 'svelte/elements';
import type { PluggyConnectElement } from '../pluggy-connect.js';
import type { CustomElements } from './jsx-types.js';

type Props = CustomElements['pluggy-connect'];

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pluggy-connect': Omit<SvelteAttributes<PluggyConnectElement>, keyof Props> & Props;
  }
}
