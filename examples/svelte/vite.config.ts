import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { exampleLibrary } from '../vite-library.js';

export default defineConfig(exampleLibrary(import.meta.url, [svelte()]));
