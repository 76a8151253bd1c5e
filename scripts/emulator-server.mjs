// Serves the Connect emulator at the root of its own origin, as `connect-url` needs (the SDK
// accepts the widget's messages only from an origin equal to its `url`), and its Open Finance bank
// on another. Used by the demo (`npm start`) and the browser tests.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import { zoidAsEsm } from './dev-server-plugins.mjs';
import { loadTs } from './load-ts.mjs';

const page = new URL('../emulator/src/ui/page.html', import.meta.url);
const logPath = '/log';

/** The emulated bank, from its sources, on a free port of 127.0.0.1: `{ url, close() }`. */
async function startBank(consents, log) {
  const { bankSite } = await loadTs('emulator/src/bank.ts');
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
 * own server, and learns where the bank is; `/consents/…` is the bank's decisions, `/webhooks` the
 * webhooks sent.
 */
async function fromSources({ port, log }) {
  const { logLine, logMeta } = await loadTs('emulator/src/log-meta.ts');
  const { bankMeta } = await loadTs('emulator/src/bank-meta.ts');
  const { consentApi } = await loadTs('emulator/src/bank.ts');
  const { webhookJournal } = await loadTs('emulator/src/journal.ts');
  const { icon } = await loadTs('emulator/src/icon.ts');
  const consents = new Map();
  const bank = await startBank(consents, log);
  const apis = [consentApi(consents), webhookJournal()];
  const server = await startDevServer({
    config: {
      hostname: 'localhost',
      port,
      rootDir: '.',
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoidAsEsm()],
      middleware: [
        async function emulatorPage(context, next) {
          if (context.path === '/emulator.js') return context.redirect('/emulator/src/ui/main.ts');
          if (context.path === '/favicon.ico') {
            context.type = icon.type;
            context.body = icon.body;
            return undefined;
          }
          if (context.path.startsWith('/consents/') || context.path === '/webhooks') {
            context.respond = false; // these APIs answer on Node's response themselves
            for (const api of apis) if (await api(context.req, context.res)) return undefined;
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
 * `built` the package as shipped (`emulator/dist/server.js` serving `emulator/dist/app/`, from
 * `npm run build`). Resolves with `{ url, bankUrl, close() }`.
 */
export async function startEmulatorServer({ port = 0, built = false, log = () => undefined } = {}) {
  if (!built) return fromSources({ port, log });
  const { serveEmulator } = await import('pluggy-connect-emulator/server');
  return serveEmulator({ port, log });
}
