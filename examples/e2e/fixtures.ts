// `test` with the files of the CDN build (jsDelivr URLs) served from the installed package, so the
// plain HTML example runs offline and its `integrity` hashes are checked against the real files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test as base } from '@playwright/test';

const cdnFiles = new URL('dist/cdn/', `file://${createRequire(import.meta.url).resolve('pluggy-connect-element/package.json')}`);

export const test = base.extend<{ cdn: void }>({
  cdn: [
    async ({ context }, use) => {
      await context.route('https://cdn.jsdelivr.net/npm/pluggy-connect-element@*/dist/cdn/*', async (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
        const body = await readFile(new URL(file, cdnFiles));
        await route.fulfill({ body, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
      });
      await use();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';

/** The Connect emulator the config starts: the apps' `connect-url`. */
export const emulatorUrl = `http://127.0.0.1:${process.env.EMULATOR_PORT ?? 4010}`;
