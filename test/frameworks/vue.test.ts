import { testExample } from './suite.js';

testExample('Vue', '/examples/vue/dist/example.js');
