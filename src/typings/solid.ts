// `<pluggy-connect>` in Solid JSX: `import type {} from 'pluggy-connect-element/typings/solid'`.
// Options as attributes (`token-url`) or `prop:connectorIds`, events as `on:pluggy-success`.
import type {} from 'solid-js/jsx-runtime';
import type { SolidProps } from './jsx.js';

// Where `jsxImportSource: "solid-js"` reads JSX from; `solid-js` re-exports that same namespace.
declare module 'solid-js/jsx-runtime' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'pluggy-connect': SolidProps;
    }
  }
}
