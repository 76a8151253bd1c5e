// The emulator's static app (dist/app/): its page, and one minified module with Lit, the SDK and
// zoid inside, so that any static file server can serve it.
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

await mkdir('dist/app', { recursive: true });
await build({
  entryPoints: ['src/ui/main.ts'],
  outfile: 'dist/app/emulator.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile('src/ui/page.html', 'dist/app/index.html');
