// Serves the Connect emulator at the root of its own origin, as `connect-url` needs (the SDK
// accepts the widget's messages only from an origin equal to its `url`), and its Open Finance bank
// on another. Used by the demo (`npm start`) and the browser tests.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import { zoidAsEsm } from './dev-server-plugins.mjs';
import { loadTs } from './load-ts.mjs';

const page = new URL('../src/emulator/ui/page.html', import.meta.url);
const logPath = '/log';

/** The emulated bank, from its sources, on a free port of 127.0.0.1: `{ url, close() }`. */
async function startBank(consents, log) {
  const { bankSite } = await loadTs('src/emulator/bank.ts');
  const site = bankSite(consents, log);
  const server = createServer((request, response) => void site(request, response));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => new Promise((resolve) => server.close(resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => (server.closeAllConnections(), close()) };
}

/**
 * The emulator from its TypeScript sources: `/` is the page, whose `./emulator.js` redirects to
 * the entry module (a redirect, not a rewrite, so the module's relative imports resolve from
 * its real path). The page reports its sessions and webhooks to `log`, as under the package's
 * own server, and learns where the bank is; `/consents/…` is the bank's decisions.
 */
async function fromSources({ port, log }) {
  const { logLine, logMeta } = await loadTs('src/emulator/log-meta.ts');
  const { bankMeta } = await loadTs('src/emulator/bank-meta.ts');
  const { consentApi } = await loadTs('src/emulator/bank.ts');
  const consents = new Map();
  const bank = await startBank(consents, log);
  const consent = consentApi(consents);
  const server = await startDevServer({
    config: {
      hostname: 'localhost',
      port,
      rootDir: '.',
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoidAsEsm()],
      middleware: [
        async function emulatorPage(context, next) {
          if (context.path === '/emulator.js') return context.redirect('/src/emulator/ui/main.ts');
          if (context.path.startsWith('/consents/')) {
            context.respond = false; // the consent API answers on Node's response itself
            return consent(context.req, context.res);
          }
          if (context.method === 'POST' && context.path === logPath) {
            let line = '';
            for await (const chunk of context.req) line += chunk;
            log(logLine(line));
            context.status = 204;
            return undefined;
          }
          if (context.path !== '/') return next();
          context.type = 'html';
          context.body = (await readFile(page, 'utf8')).replace('</head>', `${logMeta(logPath)}${bankMeta(bank.url)}</head>`);
          return undefined;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return {
    url: `http://127.0.0.1:${server.server.address().port}`,
    bankUrl: bank.url,
    close: () => Promise.all([server.stop(), bank.close()]),
  };
}

/**
 * Starts an emulator on 127.0.0.1 (cross-site from `localhost` pages): from its sources, or with
 * `built` the package as shipped (`dist/emulator/server.js` serving `dist/emulator/app/`, from
 * `npm run build`). Resolves with `{ url, bankUrl, close() }`.
 */
export async function startEmulatorServer({ port = 0, built = false, log = () => undefined } = {}) {
  if (!built) return fromSources({ port, log });
  const { serveEmulator } = await import('../dist/emulator/server.js');
  return serveEmulator({ port, log });
}
