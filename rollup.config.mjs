// Bundles for browsers without a bundler. Input is tsc's output.
// - The CDN build: minified ES modules for `<script type="module">`: the element with Lit inside, and
//   one chunk beside it, loaded on intent or first use: the element's opening code with the SDK and
//   zoid (one request, not two in a row). The build
//   prints each file's SRI hash and writes them to `integrity.min.json`. (The readable code is the
//   npm build in dist/, whose source maps carry the TypeScript sources.)
import { createHash } from 'node:crypto';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Minification for the `.min.js` files (and `npm run size`): modern ES modules only. */
export const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

/** TypeScript's emitted helpers (the SDK's `__awaiter`) test a top-level `this`: undefined in a module, as they expect. */
export function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

/** Prints, and writes to integrity.min.json, the `sha384-…` of every file of an output. */
function integrity() {
  return {
    name: 'integrity',
    generateBundle(_options, bundle) {
      const hashes = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        hashes[file.fileName] = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
        console.log(`${file.fileName.padEnd(32)} ${hashes[file.fileName]}`);
      }
      this.emitFile({ type: 'asset', fileName: 'integrity.min.json', source: `${JSON.stringify(hashes, null, 2)}\n` });
    },
  };
}

export default [
  {
    input: { 'pluggy-connect': 'dist/index.js' },
    // Lets the entry also export what the lazy chunks share with it, instead of a facade + chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].min.js',
      chunkFileNames: '[name].min.js',
      plugins: [terser(terserOptions), integrity()],
    },
    plugins: [nodeResolve({ browser: true }), commonjs()],
    onwarn,
  },
];
