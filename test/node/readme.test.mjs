// The README's API tables, framework snippets and CDN tags, and the plain HTML example's pinned CDN
// URL, are generated (scripts/readme.mjs, run by `npm run build`): they must match
// custom-elements.json, the example apps and the CDN build as they are now.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { replaceBlocks } from '../../scripts/blocks.mjs';
import { cdnBuild, htmlExample, pinCdn, sections } from '../../scripts/readme.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('README.md agrees with custom-elements.json, the examples and the CDN build (npm run build rewrites it)', () => {
  const readme = read('README.md');
  assert.equal(replaceBlocks(readme, sections(JSON.parse(read('custom-elements.json')))), readme);
});

test('the plain HTML example loads this version of the CDN build, with its SRI hash (npm run build rewrites it)', () => {
  const page = read(htmlExample);
  assert.equal(pinCdn(page, cdnBuild()), page);
  assert.match(page, /integrity="sha384-[A-Za-z0-9+/]{64}"/);
});
