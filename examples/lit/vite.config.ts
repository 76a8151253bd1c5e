// In development and tests, your backend's token endpoint is the emulator's (POST /api/connect-token
// answers an emulator token); in production your backend answers it with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import { emulatorTokens } from 'pluggy-connect-emulator';
import { defineConfig } from 'vite';

export default defineConfig({
  appType: 'mpa',
  plugins: [emulatorTokens()],
  build: { rollupOptions: { input: ['index.html', 'elsewhere/index.html'] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
