// The typings and editor data that `npm run build` generates from custom-elements.json
// (scripts/typings.mjs, scripts/element-tags.mjs) name every option and event of the manifest:
// an option or event added to the element and missing from any of them fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'pluggy-connect');
const fields = element.members.filter((member) => member.kind === 'field' && !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public');
/** Secrets are offered to templates as properties only (scripts/typings.mjs). */
const secretAttributes = new Set(fields.filter((field) => field.secret).map((field) => field.attribute));
const attributes = element.attributes.map((attribute) => attribute.name);
const events = element.events.map((event) => event.name);

const quoted = (text, name) => new RegExp(`(^|[\\s{;])("${name}"|${/^[a-z]\w*$/i.test(name) ? name : '"!"'})\\?:`, 'm').test(text);

test('the manifest has the options, their attributes and the events', () => {
  assert.ok(fields.length >= 20 && attributes.length >= 20 && events.length >= 14, `${fields.length} fields, ${attributes.length} attributes, ${events.length} events`);
});

test('the generated template props (dist/typings/jsx-types.d.ts) have every attribute, property and event', () => {
  const jsx = read('dist/typings/jsx-types.d.ts');
  const missing = [
    ...attributes.filter((name) => !secretAttributes.has(name) && !quoted(jsx, name)),
    ...attributes.filter((name) => secretAttributes.has(name) && quoted(jsx, name)).map((name) => `${name} (a secret, offered as an attribute)`),
    ...fields.filter(({ name }) => !quoted(jsx, name)).map(({ name }) => name),
    ...events.filter((name) => !quoted(jsx, `on${name}`)).map((name) => `on${name}`),
    ...events.filter((name) => !quoted(jsx, `on:${name}`)).map((name) => `on:${name} (Solid)`),
    ...fields.filter(({ name }) => !quoted(jsx, `prop:${name}`)).map(({ name }) => `prop:${name} (Solid)`),
  ];
  assert.deepEqual(missing, []);
});

test("the element's declaration (dist/pluggy-connect.d.ts) has every attribute and property, for lit-analyzer", () => {
  const declaration = read('dist/pluggy-connect.d.ts');
  const inherited = read('dist/lifecycle.d.ts');
  const member = (name) => new RegExp(`\\n    (${name}\\??|get ${name}\\(\\)):`);
  const missing = [
    ...attributes.filter((name) => !new RegExp(`@attr \\{[^}]+\\} ${name} `).test(declaration)),
    ...fields.filter(({ name, inheritedFrom }) => !member(name).test(inheritedFrom ? inherited : declaration)).map(({ name }) => `.${name}`),
  ];
  assert.deepEqual(missing, []);
});

test('the VS Code custom data (dist/vscode.html-custom-data.json) has every attribute', () => {
  const { tags } = JSON.parse(read('dist/vscode.html-custom-data.json'));
  const tag = tags.find((candidate) => candidate.name === 'pluggy-connect');
  assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), [...attributes].sort());
});

test('the JetBrains web-types (dist/web-types.json, named by package.json) have every attribute, property and event', () => {
  assert.equal(JSON.parse(read('package.json'))['web-types'], './dist/web-types.json');
  const types = JSON.parse(read('dist/web-types.json'));
  const tag = types.contributions.html.elements.find((candidate) => candidate.name === 'pluggy-connect');
  assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), [...attributes].sort());
  assert.deepEqual(tag.js.properties.map((property) => property.name).sort(), fields.map(({ name }) => name).sort());
  assert.deepEqual(tag.js.events.map((event) => event.name).sort(), [...events].sort());
});
