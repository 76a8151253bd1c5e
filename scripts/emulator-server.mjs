// Serves the Connect emulator at the root of its own origin, as `connect-url` needs (the SDK
// accepts the widget's messages only from an origin equal to its `url`). Used by the demo
// (`npm start`) and the browser tests.
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import { zoidAsEsm } from './dev-server-plugins.mjs';

const page = new URL('../src/emulator/page.html', import.meta.url);

/**
 * The emulator from its TypeScript sources: `/` is the page, whose `./emulator.js` redirects to
 * the entry module (a redirect, not a rewrite, so the module's relative imports resolve from
 * its real path). With `built`, the shipped static build (`dist/emulator/app/`, from
 * `npm run build`) instead, served as files.
 */
export async function startEmulatorServer({ port, built = false } = {}) {
  const source = {
    rootDir: '.',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoidAsEsm()],
    middleware: [
      async function emulatorPage(context, next) {
        if (context.path === '/emulator.js') return context.redirect('/src/emulator/main.ts');
        if (context.path !== '/') return next();
        context.type = 'html';
        context.body = await readFile(page, 'utf8');
        return undefined;
      },
    ],
  };
  return startDevServer({
    config: { hostname: 'localhost', port, ...(built ? { rootDir: 'dist/emulator/app' } : source) },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
}

/** The emulator's URL for a started server: on 127.0.0.1, so that it is cross-site from `localhost` pages. */
export function emulatorUrl(server) {
  return `http://127.0.0.1:${server.config.port}`;
}
