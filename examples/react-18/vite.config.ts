// In development and tests, your backend's token endpoint is the emulator's (POST /api/connect-token
// answers an emulator token); in production your backend answers it with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import react from '@vitejs/plugin-react';
import { emulatorTokens } from 'pluggy-connect-emulator';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), emulatorTokens()],
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
