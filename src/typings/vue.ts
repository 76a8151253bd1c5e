// `<pluggy-connect>` in Vue SFC templates (vue-tsc, Vue - Official):
// `import type {} from 'pluggy-connect-element/typings/vue'`. The generated JSX props under the
// names vue-tsc checks a template against: camelCase (`:connect-url` is checked as `connectUrl`)
// and `onPluggySuccess` for `@pluggy-success`. Vue sets a binding as a property when the element
// has one by that name (`:connectorIds`), else as an attribute (`:connector-ids`, `token-url`);
// an object bound by its kebab-case name becomes the attribute "[object Object]", which the
// element reports when the widget opens.
import type { DefineComponent } from 'vue';
import type { PluggyConnectElementProps } from './jsx-types.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** `connect-url` → `connectUrl`, `onpluggy-success` → `onPluggySuccess`. */
type VueName<K extends string> = K extends `on${infer Event}` ? `on${Capitalize<Camel<Event>>}` : Camel<K>;

type VueProps = { [K in keyof PluggyConnectElementProps as VueName<K & string>]?: PluggyConnectElementProps[K] };

declare module 'vue' {
  interface GlobalComponents {
    'pluggy-connect': DefineComponent<VueProps>;
  }
}
