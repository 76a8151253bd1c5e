// The CDN build: one self-contained ES module for `<script type="module">`, with Lit inside and
// the SDK (with zoid) in a chunk beside it that loads on first use. Input is tsc's output.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const sdkModules = /\/node_modules\/(pluggy-connect-sdk|zoid|jwt-decode)\//;

export default {
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
  onwarn(warning, warn) {
    // TypeScript's emitted helpers (`__decorate`, `__awaiter`: ours and the SDK's) test a
    // top-level `this`, which is undefined in a module, as they expect.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
