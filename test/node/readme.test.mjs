// The README's API tables and framework snippets are generated (scripts/readme.mjs, run by
// `npm run build`): they must match custom-elements.json and the example apps as they are now.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderReadme, sections } from '../../scripts/readme.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('README.md agrees with custom-elements.json and the examples (npm run build rewrites it)', () => {
  const readme = read('README.md');
  assert.equal(renderReadme(readme, sections(JSON.parse(read('custom-elements.json')))), readme);
});
