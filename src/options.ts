// The widget's options, one entry each: its kind (how attribute text becomes its value,
// attributes.ts) and its JSDoc, which is the option's documentation. From this table follow the
// element's properties and attributes, the template typings and custom-elements.json (whose plugin
// reads each entry's JSDoc and type here); a session reads the options once per show()
// (read-options.ts), each by its rule.
//
// Adding an option: one entry below, with its JSDoc, and its test in test/options.test.ts. The SDK
// gets it as it is. When it needs more (a check, a normalization, a narrower type, another name for
// the SDK, a value when unset, kept by the element instead, a warning instead of an error), give it
// a rule under the same name in rules.ts. A secret (a token, a CPF) is marked `as Secret<kind>`.
import type { PropertyDeclaration } from 'lit';
import { converter, type Kind } from './attributes.js';
import type { Rule, rules } from './rules.js';

/** An entry: its kind; ` reflect` writes the property back to its attribute (pages style against it). */
type Entry = Kind | `${Kind} reflect`;

/** A token, a CPF: never written to an attribute, and not offered as one by the template typings. */
type Secret<K extends Kind> = K & { readonly secret: true };

export const options = {
  /** Connect token from your backend (required). Never reflected to the attribute. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the brand marks a secret, for the types only
  connectToken: 'text' as Secret<'text'>,
  /** List Sandbox connectors (not for production). */
  includeSandbox: 'boolean',
  /** Let the user minimise the widget while the connection continues in the background. */
  allowConnectInBackground: 'boolean',
  /** Fullscreen on small screens (the widget's default); `allow-fullscreen="false"` shows a modal instead. */
  allowFullscreen: 'boolean',
  /** Id of an Item to update: the widget opens on that Item's credentials form. */
  updateItem: 'text',
  /** Connector to open directly after the consent step, skipping the connector list. */
  selectedConnectorId: 'number',
  /** Only list connectors of these types (e.g. `PERSONAL_BANK BUSINESS_BANK`). */
  connectorTypes: 'strings',
  /** Only run these products when creating the Item. */
  products: 'strings',
  /** Only list connectors with these ids. */
  connectorIds: 'numbers',
  /** Only list connectors of these countries (ISO-3166-1 alpha-2). */
  countries: 'strings',
  /** Widget language (ISO code; `pt-BR` is read as `pt`); the widget falls back to `pt`. Also labels the default button. */
  language: 'text',
  /** Widget theme; the widget falls back to `light`. */
  theme: 'text reflect',
  /** CPF/CNPJ to pre-fill Open Finance forms (JSON in the attribute). Never reflected. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as above
  openFinanceParameters: 'json' as Secret<'json'>,
  /** Open OAuth URLs in the system browser instead of a webview. */
  forceOauthInBrowser: 'boolean',
  /** Always ask for credentials when updating an Item. */
  forceAskForCredentials: 'boolean',
  /** Sort connectors A–Z instead of by usage. */
  connectorSortAlphabetically: 'boolean',
  /**
   * The hosted Connect app (the SDK's `url`): point it at an emulator or test double. Default: the
   * SDK's. An origin-only URL loses its trailing slash: the SDK compares message origins to it exactly.
   */
  connectUrl: 'text',
  /**
   * Your backend's endpoint for connect tokens: when the token is missing or expires within a
   * minute, `show()` POSTs to it (credentials same-origin; body `{ itemId }` when `update-item` is
   * set) and reads `accessToken` from the JSON reply.
   */
  tokenUrl: 'text',
  /** Like `token-url`, as a function that resolves with a fresh connect token. */
  tokenProvider: 'function',
  /** How long fetching a token, and then loading the widget (SDK and the Connect app's handshake), may each take, in ms. */
  loadTimeout: 'number',
  /** Nonce for the widget's inline styles, when your Content-Security-Policy uses `style-src 'nonce-…'`. */
  cspNonce: 'text',
} as const satisfies Record<string, Entry>;

type Options = typeof options;
export type OptionName = keyof Options;
type Rules = typeof rules;

/** The kind of an entry. */
export type KindOf<E> = { [K in Kind]: E extends K | `${K} reflect` ? K : never }[Kind];

/** The type a rule admits. */
type AdmittedBy<R> = R extends Rule<infer T> ? T : never;

/** The type each kind parses to, when no rule narrows it. */
interface KindType {
  text: string;
  boolean: boolean;
  number: number;
  numbers: number[];
  strings: string[];
  json: object;
  function: (...args: never[]) => unknown;
}

/** Every option with its type: its rule's, else its kind's. The mapped type keeps each entry's JSDoc for editors. */
export type OptionProperties = {
  -readonly [Name in keyof Options]?: Name extends keyof Rules ? AdmittedBy<Rules[Name]> : KindType[KindOf<Options[Name]>];
};

/** The options, by property name, as a page or `validateConfig()` gives them: values or attribute text. */
export type OptionSource = { [Name in OptionName]?: unknown };

/** `connectorIds` → `connector-ids`: every attribute is its property in kebab-case. */
export const attributeOf = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The element's reactive properties for the options (Lit's `static properties`); the kind is the converter's type hint. */
export const optionProperties: Record<string, PropertyDeclaration> = Object.fromEntries(
  Object.entries(options).map(([name, entry]) => {
    const kind = entry.split(' ')[0];
    return [name, { attribute: kind !== 'function' && attributeOf(name), type: kind, converter, reflect: entry.includes('reflect') }];
  }),
);

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;

/**
 * Each option's attribute, for templates that write attributes (`token-url="…"`), as a server
 * renders them. Secrets have none: a token or a CPF does not belong in HTML.
 */
export type OptionAttributes = {
  [Name in OptionName as Options[Name] extends Secret<Kind> | 'function' ? never : Kebab<Name>]?: string | number | boolean;
};
