// The generated parts of the README and of the pages under docs/ (API tables, framework snippets,
// CDN tags) and the plain HTML example's pinned CDN URL are written by scripts/readme.mjs, which
// `npm run build` runs: they must match custom-elements.json, the example apps and the CDN build
// as they are now. The README stays one screen of scrolling; the rest is in docs/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { blockNames } from '../../scripts/blocks.mjs';
import { cdnBuild, generated, htmlExample, markdownFiles, pinCdn, sections, snippets } from '../../scripts/readme.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const blocks = () => sections(JSON.parse(read('custom-elements.json')));

test('README.md and docs/ agree with custom-elements.json, the examples and the CDN build (npm run build rewrites them)', () => {
  for (const { path, text } of generated(blocks())) assert.equal(read(path), text, `${path} is not current: npm run build`);
});

test('every framework snippet, the CDN tags and the API tables are shown in some page', () => {
  const shown = new Set(markdownFiles().flatMap((path) => blockNames(read(path))));
  for (const name of Object.keys(blocks())) assert.ok(shown.has(name), `no page holds <!-- ${name}:start -->`);
  assert.equal(snippets.length, new Set(snippets.map(({ name }) => name)).size, 'two snippets share a name');
});

test('the README shows the plain HTML and the Vite examples; docs/api.md has the API tables', () => {
  assert.deepEqual(blockNames(read('README.md')), ['example-html', 'example-vite-page', 'example-vite']);
  assert.deepEqual(blockNames(read('docs/api.md')), ['api-properties', 'api-methods', 'api-events', 'api-styling']);
});

test('the README fits in 200 lines', () => {
  const lines = read('README.md').trimEnd().split('\n').length;
  assert.ok(lines <= 200, `README.md has ${lines} lines: move the detail to docs/`);
});

test('the plain HTML example loads this version of the CDN build, with its SRI hash (npm run build rewrites it)', () => {
  const page = read(htmlExample);
  assert.equal(pinCdn(page, cdnBuild()), page);
  assert.match(page, /integrity="sha384-[A-Za-z0-9+/]{64}"/);
});

/** The code blocks of a Markdown page, in order. */
const codeBlocks = (text) => [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => match[1]);

/** `directive source …; …` as a Map of directive name to its sources, comments (`# …`) dropped. */
const directives = (policy) =>
  new Map(
    policy
      .replace(/#.*$/gm, '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

test('docs/csp.md asks for the policies the CSP tests serve (test/server/csp.mjs)', async () => {
  const { cspPolicy, trustedTypesPolicy } = await import('../../test/server/csp.mjs');
  const [base, trustedTypes] = codeBlocks(read('docs/csp.md')).map((block) =>
    directives(block.replaceAll('https://connect.pluggy.ai', 'https://connect.test').replaceAll('RANDOM', 'n0nce')),
  );
  const served = directives(trustedTypesPolicy('https://connect.test', 'n0nce'));
  for (const [name, sources] of [...base, ...trustedTypes]) {
    // The tests' pages add 'self' where the page itself is a source (the token endpoint, the scripts).
    assert.deepEqual(served.get(name)?.filter((source) => source !== "'self'"), sources.filter((source) => source !== "'self'"), name);
  }
  const names = (policy) => [...policy.keys()].filter((name) => name !== 'default-src').sort();
  assert.deepEqual(names(base), names(directives(cspPolicy('https://connect.test', 'n0nce'))));
});

test('the VS Code setting in docs/frameworks.md names the custom data the package exports', () => {
  const setting = JSON.parse(codeBlocks(read('docs/frameworks.md')).find((block) => block.includes('html.customData')));
  const [path] = setting['html.customData'];
  const file = path.replace('./node_modules/pluggy-connect-element/', './');
  assert.ok(Object.values(JSON.parse(read('package.json')).exports).includes(file), `${file} is not an export of the package`);
});
