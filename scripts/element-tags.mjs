// Writes the element's attributes and properties from custom-elements.json into its class in
// dist/pluggy-connect.d.ts (run in `npm run build`, after tsc): each attribute as an `@attr` tag of
// the class's JSDoc, each option as a member. The options are properties by their table
// (src/options.ts), which tools that read the declaration (lit-analyzer, web-component-analyzer)
// cannot follow: with these, a Lit app's template checks know `token-url`, `.connectorIds` and
// their types.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'pluggy-connect');
const file = new URL('dist/pluggy-connect.d.ts', root);

/** One line, without braces, which the tag's parser would read as a type. */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/[{}]/g, '');
/** The type without `| undefined` (every option is optional), which the tag's parser misreads. */
const typeOf = ({ type }) => (type?.text ?? 'unknown').replace(/ \| undefined$/, '');
/** What an attribute's text stands for: a list's or an object's attribute is text (`0, 601`, JSON). */
const attributeType = (attribute) => (/\[\]|^[A-Z]/.test(typeOf(attribute)) ? 'string' : typeOf(attribute));
const tags = element.attributes.map((attribute) => ` * @attr {${attributeType(attribute)}} ${attribute.name} - ${oneLine(attribute.description)}`);

const declaration = readFileSync(file, 'utf8');
const classStart = declaration.indexOf('export declare class PluggyConnectElement');
const commentEnd = declaration.lastIndexOf(' */', classStart);
const bodyStart = declaration.indexOf('{\n', classStart) + 2;
if (classStart < 0 || commentEnd < 0 || bodyStart < 2) throw new Error('dist/pluggy-connect.d.ts: the class and its JSDoc were not found');

/**
 * The options as members of the class (the interface that merges them in, the analyzers do not
 * read): each typed by OptionProperties, which the declaration imports, and documented.
 */
const members = element.members
  .filter((member) => member.kind === 'field' && !member.inheritedFrom && !member.static && !member.name.startsWith('#'))
  .filter((field) => !new RegExp(`\\n    ${field.name}\\??:`).test(declaration.slice(classStart)))
  .map((field) => `    /** ${field.description.replace(/\s*\n\s*/g, ' ')} */\n    ${field.name}?: OptionProperties['${field.name}'];`);

writeFileSync(
  file,
  `${declaration.slice(0, commentEnd)}${tags.join('\n')}\n${declaration.slice(commentEnd, bodyStart)}${members.join('\n')}\n${declaration.slice(bodyStart)}`,
);
