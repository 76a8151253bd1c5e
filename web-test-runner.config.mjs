import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { demoBackend } from './demo/server/backend.mjs';
import { chromeArgs, chromeOrExit } from './scripts/browser.mjs';
import { childAtRoot, zoidAsEsm } from './scripts/dev-server-plugins.mjs';
import { countListeners } from './test/server/count-listeners.mjs';
import { cspPages } from './test/server/csp.mjs';
import { ssrRender } from './test/server/ssr.mjs';
import { tokenEndpoint } from './test/server/token-endpoint.mjs';
import { emulatorServers } from './test/server/emulator.mjs';
import { networkProfiles } from './test/server/network.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: 'localhost',
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromeOrExit(), headless: true, args: chromeArgs },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    zoidAsEsm(),
    countListeners(),
    emulatorServers(),
    networkProfiles(),
    ssrRender(),
  ],
  // The demo's backend too: the emulator tests receive their webhooks at /webhooks.
  middleware: [childAtRoot({ page: 'test/double/index.html' }), cspPages(), tokenEndpoint(), demoBackend()],
};
