// Writes the generated parts of the README, of the pages under docs/ and of the plain HTML example
// (run after the build, in `npm run build`): the API tables from custom-elements.json, each
// framework snippet from its example app under examples/, and the CDN URLs pinned to this version
// with their SRI hashes. Each Markdown file gets the blocks whose markers it holds; every block
// must be in at least one of them. test/node/readme.test.mjs fails when a committed file differs
// from what this writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { blockNames, replaceBlocks } from './blocks.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Framework snippets: the block's name (`example-<name>`), the example file it shows, and its language. */
export const snippets = [
  { name: 'html', file: 'examples/html/index.html', lang: 'html' },
  { name: 'vite-page', file: 'examples/vite/index.html', lang: 'html' },
  { name: 'vite', file: 'examples/vite/src/main.ts', lang: 'ts' },
  { name: 'next', file: 'examples/next/app/connect.tsx', lang: 'tsx' },
  { name: 'nuxt', file: 'examples/nuxt/app/pages/index.vue', lang: 'vue' },
  { name: 'nuxt-config', file: 'examples/nuxt/nuxt.config.ts', lang: 'ts' },
  { name: 'sveltekit', file: 'examples/sveltekit/src/routes/+page.svelte', lang: 'svelte' },
  { name: 'angular', file: 'examples/angular/src/app/connect.ts', lang: 'ts' },
  { name: 'angular-csr', file: 'examples/angular-csr/src/app/connect.ts', lang: 'ts' },
  { name: 'react-18', file: 'examples/react-18/src/Connect.tsx', lang: 'tsx' },
  { name: 'react-router', file: 'examples/react-router/app/routes/home.tsx', lang: 'tsx' },
  { name: 'astro', file: 'examples/astro/src/pages/index.astro', lang: 'astro' },
  { name: 'preact', file: 'examples/preact/src/Connect.tsx', lang: 'tsx' },
  { name: 'solid', file: 'examples/solid/src/routes/index.tsx', lang: 'tsx' },
  { name: 'qwik', file: 'examples/qwik/src/routes/index.tsx', lang: 'tsx' },
  { name: 'vue', file: 'examples/vue/src/App.vue', lang: 'vue' },
  { name: 'vue-config', file: 'examples/vue/vite.config.ts', lang: 'ts' },
  { name: 'lit', file: 'examples/lit/src/connect-page.ts', lang: 'ts' },
  { name: 'turbo', file: 'examples/turbo/src/main.ts', lang: 'ts' },
  { name: 'turbo-server', file: 'examples/turbo/server.mjs', lang: 'js' },
  { name: 'htmx', file: 'examples/htmx/src/main.ts', lang: 'ts' },
  { name: 'htmx-server', file: 'examples/htmx/server.mjs', lang: 'js' },
  { name: 'e2e-config', file: 'examples/e2e/playwright.config.ts', lang: 'ts' },
  { name: 'e2e-test', file: 'examples/e2e/connect.spec.ts', lang: 'ts' },
  { name: 'e2e-flows', file: 'examples/e2e/flows.spec.ts', lang: 'ts' },
];

/** The Markdown files that may hold generated blocks: README.md and every page under docs/. */
export function markdownFiles() {
  const docs = readdirSync(new URL('docs/', root), { recursive: true })
    .filter((path) => path.endsWith('.md'))
    .map((path) => `docs/${path}`)
    .sort();
  return ['README.md', ...docs];
}

/** The plain HTML example, whose CDN URL and `integrity` follow the build. */
export const htmlExample = 'examples/html/index.html';

const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/pluggy-connect-element@${version}/dist/cdn/`;

/** `text` with every CDN URL of the entry pinned to `version`, with the entry's SRI hash. */
export function pinCdn(text, { version, integrity }) {
  return text.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/pluggy-connect-element@[^/]+\/dist\/cdn\/pluggy-connect\.min\.js" integrity="[^"]*"/g,
    `${cdnBase(version)}pluggy-connect.min.js" integrity="${integrity['pluggy-connect.min.js']}"`,
  );
}

/** The CDN tags: the entry, and the chunk it loads on intent, each pinned with its hash. */
function cdnTags({ version, integrity }) {
  return [
    '```html',
    `<script type="module" src="${cdnBase(version)}pluggy-connect.min.js"\n        integrity="${integrity['pluggy-connect.min.js']}" crossorigin="anonymous"></script>`,
    '<!-- Optional: fetch the widget\'s code with the page, verified (see below). -->',
    `<link rel="modulepreload" href="${cdnBase(version)}opening.min.js"\n      integrity="${integrity['opening.min.js']}" crossorigin="anonymous">`,
    '```',
  ].join('\n');
}

const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The documented public API of the manifest's custom element. */
function element(manifest) {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
  if (!found) throw new Error('custom-elements.json declares no custom element');
  const isPublic = (member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';
  return { ...found, members: found.members.filter(isPublic) };
}

function propertiesTable({ members }) {
  const rows = members
    .filter((member) => member.kind === 'field')
    .map((field) => [
      code(field.name),
      field.attribute ? `${code(field.attribute)}${field.reflects ? ' (reflected)' : ''}` : '',
      code(field.type?.text),
      code(field.default),
      cell(field.description),
    ]);
  return table(['property', 'attribute', 'type', 'default', 'description'], rows);
}

function methodsTable({ members }) {
  const rows = members
    .filter((member) => member.kind === 'method')
    .map((method) => {
      const params = (method.parameters ?? []).map((param) => `${param.name}${param.type ? `: ${param.type.text}` : ''}`);
      const returns = method.return?.type?.text ?? 'void';
      return [code(`${method.name}(${params.join(', ')}): ${returns}`), cell(method.description)];
    });
  return table(['method', 'description'], rows);
}

function eventsTable({ events = [] }) {
  const rows = events.map((event) => {
    const detail = /^CustomEvent<(.*)>$/.exec(event.type?.text ?? '')?.[1];
    return [code(event.name), code(detail), cell(event.description)];
  });
  return table(['event', '`detail`', 'description'], rows);
}

function stylingTable({ slots = [], cssParts = [], cssStates = [], cssProperties = [] }) {
  const rows = [
    ...slots.map((slot) => ['slot', slot.name ? code(slot.name) : '(default)', '', cell(slot.description)]),
    ...cssParts.map((part) => ['part', code(part.name), '', cell(part.description)]),
    ...cssStates.map((state) => ['custom state', code(`:state(${state.name})`), '', cell(state.description)]),
    ...cssProperties.map((prop) => ['custom property', code(prop.name), code(prop.default), cell(prop.description)]),
  ];
  return table(['kind', 'name', 'default', 'description'], rows);
}

/** The version and SRI hashes the CDN parts are pinned to (from package.json and the build). */
export function cdnBuild(readFile = read) {
  return { version: JSON.parse(readFile('package.json')).version, integrity: JSON.parse(readFile('dist/cdn/integrity.min.json')) };
}

/** Every generated block, by marker name. */
export function sections(manifest, readFile = read, cdn = cdnBuild(readFile)) {
  const api = element(manifest);
  return {
    cdn: cdnTags(cdn),
    'api-properties': propertiesTable(api),
    'api-methods': methodsTable(api),
    'api-events': eventsTable(api),
    'api-styling': stylingTable(api),
    ...Object.fromEntries(
      snippets.map(({ name, file, lang }) => [`example-${name}`, `\`${file}\`:\n\n\`\`\`${lang}\n${readFile(file).trimEnd()}\n\`\`\``]),
    ),
  };
}

/**
 * Each Markdown file (`files`) with its generated blocks as they should be: `{ path, text }` for
 * every file that holds a block of `blocks`. Throws when a block is in none of them.
 */
export function generated(blocks, files = markdownFiles(), readFile = read) {
  const placed = new Set();
  const result = [];
  for (const path of files) {
    const text = readFile(path);
    const own = Object.fromEntries(blockNames(text).filter((name) => name in blocks).map((name) => [name, blocks[name]]));
    if (!Object.keys(own).length) continue;
    for (const name of Object.keys(own)) placed.add(name);
    result.push({ path, text: replaceBlocks(text, own) });
  }
  const nowhere = Object.keys(blocks).filter((name) => !placed.has(name));
  if (nowhere.length) throw new Error(`no Markdown file holds the markers of: ${nowhere.join(', ')}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cdn = cdnBuild();
  // The HTML example first: the README and docs/frameworks/html.md show it.
  writeFileSync(new URL(htmlExample, root), pinCdn(read(htmlExample), cdn));
  const manifest = JSON.parse(read('custom-elements.json'));
  for (const { path, text } of generated(sections(manifest, read, cdn))) {
    if (text !== read(path)) writeFileSync(new URL(path, root), text);
  }
}
