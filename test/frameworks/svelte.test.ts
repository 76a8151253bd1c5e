import { testExample } from './suite.js';

testExample('Svelte', '/examples/svelte/dist/example.js');
