// The Vite examples are built as ES module libraries (one file plus lazy chunks, framework and
// element bundled in), so that a browser test can import the app and mount it.
import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';

export function exampleLibrary(root: string, plugins: PluginOption[], config: UserConfig = {}): UserConfig {
  const dir = fileURLToPath(new URL('.', root));
  return {
    ...config,
    root: dir,
    plugins,
    // Library mode leaves `process.env.NODE_ENV` alone; the frameworks read it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'warn',
    build: {
      outDir: `${dir}/dist`,
      emptyOutDir: true,
      lib: { entry: `${dir}/src/main.ts`, formats: ['es'], fileName: 'example' },
    },
  };
}
