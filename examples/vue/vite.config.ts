// In development and tests, your backend's token endpoint is the emulator's (POST /api/connect-token
// answers an emulator token); in production your backend answers it with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import vue from '@vitejs/plugin-vue';
import { emulatorTokens } from 'pluggy-connect-emulator';
import { defineConfig } from 'vite';

export default defineConfig({
  appType: 'mpa',
  plugins: [
    // <pluggy-connect> is a custom element, not a Vue component: Vue creates it and sets its properties.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'pluggy-connect' } } }),
    emulatorTokens(),
  ],
  build: { rollupOptions: { input: ['index.html', 'elsewhere/index.html'] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
