// Every entry point in package.json `exports` resolves to a built module with its types (a
// pattern entry: for each module of its source folder).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/**
 * `./dist/typings/*.d.ts` → one path per module in src/typings/; a pattern without a source
 * folder (the emulator's static app) → the files the build put in its folder, at least one.
 */
function expand(path) {
  if (!path.includes('*')) return [path];
  const built = path.slice(0, path.indexOf('*'));
  const source = new URL(built.replace('./dist/', './src/'), root);
  if (existsSync(source)) return readdirSync(source).map((file) => path.replace('*', file.replace(/\.ts$/, '')));
  const files = existsSync(new URL(built, root)) ? readdirSync(new URL(built, root)) : [];
  return files.length ? files.map((file) => `${built}${file}`) : [path];
}

for (const [entry, target] of Object.entries(exports)) {
  test(`"${entry}" points at files the build made`, () => {
    const paths = typeof target === 'string' ? [target] : [target.types, target.default];
    for (const path of paths.flatMap(expand)) assert.ok(existsSync(new URL(path, root)), `${path} is missing`);
  });
}
