// Bundles for browsers without a bundler. Input is tsc's output.
// - The CDN build: one self-contained ES module for `<script type="module">`, with Lit inside and
//   the SDK (with zoid) in a chunk beside it that loads on first use.
// - The Connect emulator's static app: its page and one module with Lit, the SDK and zoid inside,
//   so any static file server can serve it.
import { readFile } from 'node:fs/promises';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const sdkModules = /\/node_modules\/(pluggy-connect-sdk|zoid|jwt-decode)\//;

function onwarn(warning, warn) {
  // TypeScript's emitted helpers (`__decorate`, `__awaiter`: ours and the SDK's) test a
  // top-level `this`, which is undefined in a module, as they expect.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/** Emits the emulator's page beside its module; the page loads `./emulator.js`. */
function emulatorPage() {
  return {
    name: 'emulator-page',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: await readFile('src/emulator/page.html', 'utf8') });
    },
  };
}

export default [
  {
    input: { 'pluggy-connect': 'dist/index.js' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: (id) => (sdkModules.test(id) ? 'pluggy-connect-sdk' : undefined),
      sourcemap: true,
    },
    plugins: [nodeResolve({ browser: true }), commonjs()],
    onwarn,
  },
  {
    input: { emulator: 'dist/emulator/main.js' },
    output: { dir: 'dist/emulator/app', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [nodeResolve({ browser: true }), commonjs(), emulatorPage()],
    onwarn,
  },
];
