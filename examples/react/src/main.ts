import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Mount } from '../../example.js';
import { Connect } from './Connect.js';

export const mount: Mount = (container, props) => {
  const root = createRoot(container);
  root.render(createElement(Connect, props));
  return Promise.resolve(() => root.unmount());
};
