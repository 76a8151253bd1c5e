// `<pluggy-connect>` in React 19 JSX: `import type {} from 'pluggy-connect-element/typings/react'`.
// React 19 sets props the element has as properties and binds `onpluggy-*` to its events.
import type { DetailedHTMLProps as ReactProps, HTMLAttributes as ReactAttributes } from 'react';
import type { PluggyConnectElement } from '../pluggy-connect.js';
import type { PluggyConnectAttributes, PluggyConnectEventAttributes, PluggyConnectProperties } from '../template-types.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'pluggy-connect': Omit<ReactProps<ReactAttributes<PluggyConnectElement>, PluggyConnectElement>, keyof PluggyConnectProperties> &
        PluggyConnectProperties &
        PluggyConnectAttributes &
        PluggyConnectEventAttributes;
    }
  }
}
