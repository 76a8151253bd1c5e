import { defineConfig } from 'vite';

// One script for every page, built to dist/assets/main.js (the server's pages name it); the
// widget's code, loaded on first use, goes into chunks beside it.
export default defineConfig({
  build: { rollupOptions: { input: 'src/main.ts', output: { entryFileNames: 'assets/[name].js' } } },
});
