import { testExample } from './suite.js';

testExample('React 18', '/examples/react-18/dist/example.js');
