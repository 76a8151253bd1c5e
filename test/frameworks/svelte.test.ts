import { testExample } from './suite.js';

// Its button opens the widget through the element it bound with `bind:this`.
testExample('Svelte', '/examples/svelte/dist/example.js', { open: (container) => container.querySelector('button')!.click() });
