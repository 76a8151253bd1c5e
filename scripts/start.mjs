// `npm start`: serves the demo (demo/index.html) against the Connect test double, offline, and
// prints its address. The element is served from its TypeScript sources, so no build is needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startDevServer } from '@web/dev-server';
import { childAtRoot, zoidAsEsm } from './dev-server-plugins.mjs';

const port = Number(process.env.PORT ?? 8000);

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoidAsEsm()],
    middleware: [childAtRoot({ page: 'test/double/index.html' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C stops it)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
