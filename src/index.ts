import { define } from './define.js';

export * from './class.js';

define();
