// The raw SDK, minified like the element's CDN build, for the raw side of the benchmarks
// (bench.mjs, bench-handshake.mjs): dist/bench/raw-sdk.min.js.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { onwarn, terserOptions } from '../rollup.config.mjs';

export async function buildRawSdk() {
  const bundle = await rollup({ input: 'bench/raw-sdk.js', plugins: [nodeResolve({ browser: true }), commonjs()], onwarn });
  await bundle.write({ file: 'dist/bench/raw-sdk.min.js', format: 'es', plugins: [terser(terserOptions)] });
  await bundle.close();
}
