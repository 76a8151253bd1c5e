// The element's configuration: one table of options and their kinds, from which the properties
// and attributes, what the SDK gets (read-options.ts) and the checks (validate.ts) follow. Each
// option is also declared on the element, with its documentation (the manifest, the README and
// editors read it there); the types tie the two: an entry without its property, or of another kind
// than its type, fails the type-check. Adding an option: an entry here, its declaration on the
// element, and its test (and a check in validate.ts if its kind's is not enough).
import type { PropertyDeclaration } from 'lit';
import { converter } from './attributes.js';
import type { PluggyConnectElement } from './pluggy-connect.js';

/** The kind that reads each type of property (a function has no attribute). */
type KindOf<T> = [T] extends [boolean] ? 'boolean' : [T] extends [number] ? 'number' : [T] extends [number[]] ? 'numbers' : [T] extends [string[]] ? 'strings' : [T] extends [string] ? 'text' : [T] extends [() => unknown] ? 'function' : 'json';

type Table = { [Name in keyof PluggyConnectElement]?: KindOf<NonNullable<PluggyConnectElement[Name]>> };

/** Each option, and the kind of value it takes. */
export const options = {
  connectToken: 'text',
  includeSandbox: 'boolean',
  allowConnectInBackground: 'boolean',
  allowFullscreen: 'boolean',
  updateItem: 'text',
  selectedConnectorId: 'number',
  connectorTypes: 'strings',
  products: 'strings',
  connectorIds: 'numbers',
  countries: 'strings',
  language: 'text',
  theme: 'text',
  openFinanceParameters: 'json',
  forceOauthInBrowser: 'boolean',
  forceAskForCredentials: 'boolean',
  connectorSortAlphabetically: 'boolean',
  connectUrl: 'text',
  tokenUrl: 'text',
  tokenProvider: 'function',
  loadTimeout: 'number',
  cspNonce: 'text',
} as const satisfies Table;

export type OptionName = keyof typeof options;

/** Secrets (a token, a CPF): the template typings offer no attribute for them, so SSR never writes them. */
type Secret = 'connectToken' | 'openFinanceParameters';

/** Where the SDK loads the Connect app from when no `url` is given (its own default). */
export const defaultConnectUrl = 'https://connect.pluggy.ai';

/** `pt`, `en` or `es` from a language tag such as `pt-BR`; other text stays as it is. */
export function baseLanguage(value: unknown): unknown {
  const text = String(value).trim();
  return /^(pt|en|es)(?:[-_][a-z]{2})?$/i.exec(text)?.[1]?.toLowerCase() ?? text;
}

/** `connectorIds` → `connector-ids`: every attribute is its property in kebab-case. */
export const attributeOf = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The element's reactive properties for the options (Lit's `static properties`): the kind is the
 * converter's type hint; only `theme` is reflected (pages style against it).
 */
export const optionProperties: Record<string, PropertyDeclaration> = Object.fromEntries(
  Object.entries(options).map(([name, kind]) => [name, { attribute: kind !== 'function' && attributeOf(name), type: kind, converter, reflect: name === 'theme' }]),
);

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;

/**
 * Each option's attribute, for templates that write attributes (`token-url="…"`), as a server
 * renders them. Secrets have none: a token or a CPF does not belong in HTML.
 */
export type OptionAttributes = {
  [Name in OptionName as Name extends Secret ? never : (typeof options)[Name] extends 'function' ? never : Kebab<Name>]?: string | number | boolean;
};
