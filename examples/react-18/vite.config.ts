import react from '@vitejs/plugin-react';
import { mintToken } from 'pluggy-connect-element/emulator';
import { defineConfig, type Connect, type Plugin } from 'vite';

/**
 * Your backend's token endpoint, as Vite middleware for development and tests: POST answers
 * `{ accessToken }` with an emulator token. In production your backend answers it with
 * `pluggyClient.createConnectToken()` from `pluggy-sdk`.
 */
const tokenEndpoint: Connect.NextHandleFunction = (request, response, next) => {
  if (request.url !== '/api/connect-token' || request.method !== 'POST') return next();
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ accessToken: mintToken() }));
};

const emulatorTokens: Plugin = {
  name: 'emulator-tokens',
  configureServer: (server) => void server.middlewares.use(tokenEndpoint),
  configurePreviewServer: (server) => void server.middlewares.use(tokenEndpoint),
};

export default defineConfig({
  plugins: [react(), emulatorTokens],
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
