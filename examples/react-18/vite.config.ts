import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { exampleLibrary } from '../vite-library.js';

export default defineConfig(
  exampleLibrary(import.meta.url, [react()], {
    // React 18 is installed in this folder (the root has React 19): @lit/react, installed at
    // the root, must get this one too.
    resolve: { dedupe: ['react', 'react-dom'] },
  }),
);
