// One round trip to open: the widget's code (the element's opening code with the SDK and zoid) is
// one request, made on intent, prefetch() or show(); not the opening code first and the SDK after.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const cdn = (file) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
const staticImports = (code) => [...code.matchAll(/(?:^|[;}])\s*(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']\.\/([^"']+)["']/g)].map((match) => match[1]);
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((match) => match[1]);

test('the CDN entry loads the widget code as one chunk, which needs nothing but the entry', () => {
  const entry = cdn('pluggy-connect.min.js');
  assert.deepEqual(dynamicImports(entry), ['opening.min.js']);
  assert.deepEqual(staticImports(entry), []);
  const chunk = cdn('opening.min.js');
  assert.deepEqual(staticImports(chunk), ['pluggy-connect.min.js']);
  assert.deepEqual(dynamicImports(chunk), []);
  assert.match(chunk, /__PLUGGY_CONNECT_SDK_VERSION/, 'the SDK is in the chunk');
});

test('in the npm build, the opening code imports the SDK statically: bundlers load them together', () => {
  const importers = [];
  const visit = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    if (/from ['"]pluggy-connect-sdk['"]/.test(code)) importers.push(file);
    for (const [, relative] of code.matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)) visit(new URL(relative, new URL(`../../dist/${file}`, import.meta.url)).pathname.split('/dist/')[1], seen);
    return seen;
  };
  visit('opening.js');
  assert.deepEqual(importers, ['sdk/widget.js']);
  const lifecycle = readFileSync(new URL('../../dist/lifecycle.js', import.meta.url), 'utf8');
  assert.match(lifecycle, /import\(['"]\.\/opening\.js['"]\)/);
  assert.doesNotMatch(lifecycle, /from ['"]pluggy-connect-sdk/);
});
