import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { exampleLibrary } from '../vite-library.js';

export default defineConfig(exampleLibrary(import.meta.url, [react()]));
