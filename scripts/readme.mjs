// Writes the README's generated parts: the API tables from custom-elements.json (run after the
// analyzer, in `npm run build`) and each framework snippet from its example app under examples/.
// test/node/readme.test.mjs fails when the committed README differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Framework snippets: the README section name, the example file it shows, and its language. */
export const snippets = [
  { name: 'html', file: 'examples/html/index.html', lang: 'html' },
  { name: 'vue', file: 'examples/vue/src/Connect.vue', lang: 'vue' },
  { name: 'angular', file: 'examples/angular/src/connect.component.ts', lang: 'ts' },
  { name: 'svelte', file: 'examples/svelte/src/Connect.svelte', lang: 'svelte' },
  { name: 'react', file: 'examples/react/src/Connect.tsx', lang: 'tsx' },
  { name: 'react-18', file: 'examples/react-18/src/Connect.tsx', lang: 'tsx' },
];

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

function stylingTable({ slots = [], cssParts = [], cssProperties = [] }) {
  const rows = [
    ...slots.map((slot) => ['slot', slot.name ? code(slot.name) : '(default)', '', cell(slot.description)]),
    ...cssParts.map((part) => ['part', code(part.name), '', cell(part.description)]),
    ...cssProperties.map((prop) => ['custom property', code(prop.name), code(prop.default), cell(prop.description)]),
  ];
  return table(['kind', 'name', 'default', 'description'], rows);
}

/** Every generated README section, by marker name. */
export function sections(manifest, readFile = read) {
  const api = element(manifest);
  return {
    'api-properties': propertiesTable(api),
    'api-methods': methodsTable(api),
    'api-events': eventsTable(api),
    'api-styling': stylingTable(api),
    ...Object.fromEntries(
      snippets.map(({ name, file, lang }) => [`example-${name}`, `\`${file}\`:\n\n\`\`\`${lang}\n${readFile(file).trimEnd()}\n\`\`\``]),
    ),
  };
}

/** The README with every `<!-- name:start -->…<!-- name:end -->` section replaced. */
export function renderReadme(readme, generated) {
  const seen = new Set();
  const result = readme.replace(/(<!-- ([\w-]+):start -->\n)[\s\S]*?(<!-- \2:end -->)/g, (whole, start, name, end) => {
    if (!(name in generated)) return whole;
    seen.add(name);
    return `${start}${generated[name]}\n${end}`;
  });
  const missing = Object.keys(generated).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`README.md lacks the markers of: ${missing.join(', ')}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(read('custom-elements.json'));
  writeFileSync(new URL('README.md', root), renderReadme(read('README.md'), sections(manifest)));
}
