import { createApp, h } from 'vue';
import type { Mount } from '../../example.js';
import Connect from './Connect.vue';

export const mount: Mount = (container, { log, ...props }) => {
  const app = createApp({ render: () => h(Connect, { ...props, onLog: log }) });
  app.mount(container);
  return Promise.resolve(() => app.unmount());
};
