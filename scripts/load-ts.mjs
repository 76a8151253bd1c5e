// Node 20 cannot import TypeScript: this bundles one TS module (and what it imports) with esbuild
// in memory and imports the result, so Node scripts share the sources with the browser code.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';

/** Imports the TypeScript module at `path` (relative to the project root). */
export async function loadTs(path) {
  const { outputFiles } = await build({
    entryPoints: [new URL(`../${path}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
