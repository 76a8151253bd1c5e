// Every entry point in package.json `exports` resolves to a built module with its types (a
// pattern entry: for each module of its source folder).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** `./dist/typings/*.d.ts` → one path per module in src/typings/. */
function expand(path) {
  if (!path.includes('*')) return [path];
  const folder = path.slice(0, path.indexOf('*')).replace('./dist/', './src/');
  return readdirSync(new URL(folder, root)).map((file) => path.replace('*', file.replace(/\.ts$/, '')));
}

for (const [entry, target] of Object.entries(exports)) {
  test(`"${entry}" points at files the build made`, () => {
    const paths = typeof target === 'string' ? [target] : [target.types, target.default];
    for (const path of paths.flatMap(expand)) assert.ok(existsSync(new URL(path, root)), `${path} is missing`);
  });
}
