// `<pluggy-connect>` in Preact JSX: `import type {} from 'pluggy-connect-element/typings/preact'`.
// Preact sets props the element has as properties and binds `onpluggy-*` to its events.
import type { HTMLAttributes as PreactAttributes } from 'preact';
import type { PluggyConnectElement } from '../pluggy-connect.js';
import type { PluggyConnectAttributes, PluggyConnectEventAttributes, PluggyConnectProperties } from '../template-types.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'pluggy-connect': Omit<PreactAttributes<PluggyConnectElement>, keyof PluggyConnectProperties> &
        PluggyConnectProperties &
        PluggyConnectAttributes &
        PluggyConnectEventAttributes;
    }
  }
}
