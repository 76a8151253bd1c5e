// `<pluggy-connect>` in React 19 JSX: `import type {} from 'pluggy-connect-element/typings/react'`.
// Options as attributes (`token-url`), lists and objects also as properties, `onpluggy-*` events.
import type { JsxProps } from './jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'pluggy-connect': JsxProps;
    }
  }
}
