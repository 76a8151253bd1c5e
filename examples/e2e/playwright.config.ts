// Playwright against your app (APP_URL) and the Connect emulator, which the config starts with the
// package's command. Build your app with its connect-url set to the emulator's URL.
import { defineConfig } from '@playwright/test';

const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);

export default defineConfig({
  testDir: '.',
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: process.env.APP_URL ?? 'http://localhost:3000',
    // An installed Chrome/Chromium (CHROME_PATH), or Playwright's own (`npx playwright install chromium`).
    launchOptions: { executablePath: process.env.CHROME_PATH },
  },
  webServer: {
    command: `npx pluggy-connect-emulator --port ${emulatorPort}`,
    url: `http://127.0.0.1:${emulatorPort}/`,
    reuseExistingServer: !process.env.CI,
  },
});
