// Mounting a React example, the same for React 19 and React 18 (examples/react-18's Vite config
// resolves `react` and `react-dom` to its own React 18).
import { createElement, type FunctionComponent } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExampleProps, Mount } from './example.js';

export function reactMount(Connect: FunctionComponent<ExampleProps>): Mount {
  return (container, props) => {
    const root = createRoot(container);
    root.render(createElement(Connect, props));
    return Promise.resolve(() => root.unmount());
  };
}
