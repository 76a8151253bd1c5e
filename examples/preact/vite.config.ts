// In development and tests, your backend's token endpoint is the emulator's (POST /api/connect-token
// answers an emulator token); in production your backend answers it with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import preact from '@preact/preset-vite';
import { emulatorTokens } from 'pluggy-connect-emulator';
import { defineConfig } from 'vite';

export default defineConfig({
  appType: 'mpa',
  plugins: [preact(), emulatorTokens()],
  build: { rollupOptions: { input: ['index.html', 'elsewhere/index.html'] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
