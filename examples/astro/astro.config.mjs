import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Every page is rendered on demand by a Node server (`npm start` honours HOST and PORT).
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
