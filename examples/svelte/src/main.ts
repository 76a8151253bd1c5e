import { mount as mountComponent, unmount } from 'svelte';
import type { Mount } from '../../example.js';
import Connect from './Connect.svelte';

export const mount: Mount = (container, props) => {
  const app = mountComponent(Connect, { target: container, props });
  return Promise.resolve(() => void unmount(app));
};
