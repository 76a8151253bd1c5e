import { qwikCity } from '@builder.io/qwik-city/vite';
import { qwikVite } from '@builder.io/qwik/optimizer';
import { defineConfig } from 'vite';

// The client build; adapters/node-server/vite.config.ts adds the server's.
export default defineConfig({
  plugins: [qwikCity(), qwikVite()],
});
