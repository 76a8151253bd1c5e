import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { demoBackend } from './demo/server/backend.mjs';
import { chromeOrExit } from './scripts/browser.mjs';
import { findEngine, installHints, launcherFor } from './scripts/engines.mjs';
import { childAtRoot, zoidAsEsm } from './scripts/dev-server-plugins.mjs';
import { countListeners, listenerCounter } from './test/server/count-listeners.mjs';
import { cdnExample } from './test/server/cdn.mjs';
import { cspPages } from './test/server/csp.mjs';
import { downUrl } from './test/server/down.mjs';
import { iconRequests } from './test/server/icon.mjs';
import { ssrRender } from './test/server/ssr.mjs';
import { tokenEndpoint } from './test/server/token-endpoint.mjs';
import { emulatorServers } from './test/server/emulator.mjs';
import { networkProfiles } from './test/server/network.mjs';
import { pressKeys } from './test/server/keys.mjs';
import { resultsFile } from './test/server/results.mjs';
import { deviceEmulation } from './test/server/device.mjs';
import { forcedColors } from './test/server/forced-colors.mjs';

/** The engine this run tests in (scripts/test-browsers.mjs runs one after another): chromium by default. */
const engine = process.env.TEST_ENGINE || 'chromium';
const found = engine === 'chromium' ? { executablePath: chromeOrExit() } : findEngine(engine);
if (found.ok === false) {
  console.error(`${engine}: ${found.missing} not found.\n${installHints[engine]}`);
  process.exit(1);
}

/** The requests for the test double's icon that reached it (test/preload/hover.test.ts). */
const icons = iconRequests();

export default {
  files: ['test/**/*.test.ts', 'emulator/test/**/*.test.ts'],
  nodeResolve: true,
  hostname: 'localhost',
  concurrency: 1,
  browsers: [launcherFor(engine, found)],
  // TEST_RESULTS: where scripts/test-browsers.mjs reads this run's results.
  reporters: [defaultReporter(), ...(process.env.TEST_RESULTS ? [resultsFile(process.env.TEST_RESULTS)] : [])],
  // The page counts its listeners from the start (test/server/count-listeners.mjs), and knows its engine (test/engine.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>${listenerCounter}\nwindow.testEngine = ${JSON.stringify(engine)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    zoidAsEsm(),
    countListeners(),
    emulatorServers({ engine }),
    pressKeys(),
    downUrl(),
    icons.plugin,
    networkProfiles(),
    deviceEmulation({ engine }),
    forcedColors(),
    ssrRender(),
  ],
  // The demo's backend too: the emulator tests receive their webhooks at /webhooks.
  middleware: [icons.middleware, childAtRoot({ page: 'test/double/index.html' }), cspPages(), tokenEndpoint(), demoBackend(), cdnExample()],
};
