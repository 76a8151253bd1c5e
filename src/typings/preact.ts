// `<pluggy-connect>` in Preact JSX: `import type {} from 'pluggy-connect-element/typings/preact'`.
// Options as attributes (`token-url`), lists and objects also as properties, `onpluggy-*` events.
import type {} from 'preact';
import type { JsxProps } from './jsx.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'pluggy-connect': JsxProps;
    }
  }
}
