import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { exampleLibrary } from '../vite-library.js';

export default defineConfig(
  exampleLibrary(import.meta.url, [
    // `<pluggy-connect>` is a custom element, not a Vue component to resolve.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'pluggy-connect' } } }),
  ]),
);
