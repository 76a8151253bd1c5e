// `npm start`: the demo, offline. Two servers: the demo page with its backend (tokens and
// webhooks) on PORT (default 8000), and the Connect emulator at the root of its own origin on
// PORT + 1. Both serve the TypeScript sources, so no build is needed. Ctrl+C stops both.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import { demoBackend } from '../demo/server/backend.mjs';
import { zoidAsEsm } from './dev-server-plugins.mjs';
import { startEmulatorServer } from './emulator-server.mjs';

const port = Number(process.env.PORT ?? 8000);

const emulator = await startEmulatorServer({ port: port + 1, log: (line) => console.log(`emulator: ${line}`) });
const demo = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoidAsEsm()],
    middleware: [
      async function home(context, next) {
        if (context.path === '/') return context.redirect('/demo/');
        return next();
      },
      demoBackend({ emulatorUrl: () => emulator.url }),
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});

console.log(`Demo: http://localhost:${port}/demo/  (Connect emulator: ${emulator.url}; Ctrl+C stops it)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void Promise.all([demo.stop(), emulator.close()]).then(() => process.exit(0));
  });
}
