import { testExample } from './suite.js';

testExample('React 19', '/examples/react/dist/example.js');
