import { defineConfig } from '@solidjs/start/config';

export default defineConfig({
  // `npm start` runs the built Node server (.output/server/index.mjs), which honours PORT.
  server: { preset: 'node-server' },
});
