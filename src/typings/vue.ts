// `<pluggy-connect>` in Vue SFC templates (vue-tsc, Vue - Official):
// `import type {} from 'pluggy-connect-element/typings/vue'`. Vue sets bindings the element has
// as properties, `:connector-ids` as `connectorIds`, and `@pluggy-success` listens to the event.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { PluggyConnectEventMap } from '../events.js';
import type { PluggyConnectElement } from '../pluggy-connect.js';
import type { PluggyConnectProperties } from '../template-types.js';

/** A custom element as Vue's template checker reads a component: its `$props`. */
type VueCustomElement = new () => PluggyConnectElement & {
  /** For template type-checking only: the element has no `$props`. */
  $props: Omit<HTMLAttributes, keyof PluggyConnectProperties> & PluggyConnectProperties & PublicProps;
  $emit: EmitFn<{ [Name in keyof PluggyConnectEventMap]: (event: PluggyConnectEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'pluggy-connect': VueCustomElement;
  }
}
