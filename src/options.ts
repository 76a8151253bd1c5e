import type { ComplexAttributeConverter } from 'lit';
import type { PluggyConnectProps } from 'pluggy-connect-sdk';

/** Where the SDK loads the Connect app from when no `url` is given (its own default). */
export const defaultConnectUrl = 'https://connect.pluggy.ai';

/** Widget options the element passes to the SDK under the same name. */
export const optionNames = [
  'includeSandbox',
  'allowConnectInBackground',
  'allowFullscreen',
  'updateItem',
  'selectedConnectorId',
  'connectorTypes',
  'products',
  'connectorIds',
  'countries',
  'language',
  'theme',
  'openFinanceParameters',
  'forceOauthInBrowser',
  'forceAskForCredentials',
  'connectorSortAlphabetically',
] as const satisfies readonly (keyof PluggyConnectProps)[];

/** The configuration part of `PluggyConnectProps`: everything but the callbacks. */
export type WidgetOptions = Pick<PluggyConnectProps, 'connectToken' | 'url' | (typeof optionNames)[number]>;

/** What the element exposes to build the options from. */
export type OptionSource = Partial<Omit<WidgetOptions, 'url'>> & { connectUrl?: string };

/**
 * Options as the SDK wants them, from the element's properties. Only options that were set are
 * passed (an option at its default keeps the widget's own default). Values arriving as strings
 * (framework bindings often set properties from template text) are parsed like attributes.
 */
export function readOptions(source: OptionSource): WidgetOptions {
  const options: Record<string, unknown> = {};
  for (const name of optionNames) {
    const value = source[name] == null ? undefined : normalize[name](source[name]);
    if (value !== undefined) options[name] = value;
  }
  // true is the widget's default: sending it or not is the same, and "unset" stays absent.
  if (options.allowFullscreen === true) delete options.allowFullscreen;
  if (source.connectUrl) options.url = connectUrl(source.connectUrl);
  return { ...(options as Partial<WidgetOptions>), connectToken: source.connectToken ?? '' };
}

/**
 * The SDK accepts the widget's background/OAuth messages only when `event.origin` equals its
 * `url` exactly, so `https://host/` would silently break them: an origin-only URL loses its slash.
 */
function connectUrl(value: string): string {
  try {
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash ? url.origin : value;
  } catch {
    return value;
  }
}

/** A list attribute: a JSON array, or items separated by commas and/or spaces. */
export function parseList(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON after all: read it as a plain list
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/** A number from text, or the text itself when it is not one (for validation to show). */
function toNumber(text: string): number | string {
  const number = Number(text);
  return Number.isNaN(number) ? text : number;
}

/** `pt`, `en` or `es` from a language tag such as `pt-BR`; other text stays as it is. */
function baseLanguage(value: unknown): string {
  const text = String(value).trim();
  return /^(pt|en|es)(?:[-_][a-z]{2})?$/i.exec(text)?.[1]?.toLowerCase() ?? text;
}

/**
 * Parsers from attribute text, by kind. They leave non-strings alone, so the same functions
 * normalize property values and convert attributes. They never throw: text that cannot be
 * parsed stays as it is, for validation to report.
 */
const parse = {
  /** `"false"` is false (framework attribute bindings); any other present value is true. */
  boolean: (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() !== 'false' : value),
  number: (value: unknown) => (typeof value === 'string' ? (value.trim() ? toNumber(value) : undefined) : value),
  strings: (value: unknown) => (typeof value === 'string' ? parseList(value) : value),
  numbers: (value: unknown) => (typeof value === 'string' ? parseList(value).map(toNumber) : value),
  json: (value: unknown) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

const normalize: Record<(typeof optionNames)[number], (value: unknown) => unknown> = {
  includeSandbox: parse.boolean,
  allowConnectInBackground: parse.boolean,
  allowFullscreen: parse.boolean,
  forceOauthInBrowser: parse.boolean,
  forceAskForCredentials: parse.boolean,
  connectorSortAlphabetically: parse.boolean,
  selectedConnectorId: parse.number,
  connectorTypes: parse.strings,
  products: parse.strings,
  countries: parse.strings,
  connectorIds: parse.numbers,
  openFinanceParameters: parse.json,
  updateItem: String,
  language: baseLanguage,
  theme: String,
};

function converter<T>(fromText: (value: string) => unknown): ComplexAttributeConverter<T> {
  return { fromAttribute: (value) => (value === null ? undefined : fromText(value)) as T };
}

/** Boolean option: present is true, `"false"` is false, absent is unset. */
export const booleanConverter = converter<boolean | undefined>(parse.boolean);
/** A number; an empty attribute is unset. */
export const numberConverter = converter<number | undefined>(parse.number);
/** List of strings: comma/space separated, or a JSON array. */
export const listConverter = converter<string[] | undefined>(parse.strings);
/** List of numbers: comma/space separated, or a JSON array. */
export const numberListConverter = converter<number[] | undefined>(parse.numbers);
/** A JSON object. */
export const jsonConverter = converter<unknown>(parse.json);
/** `allow-fullscreen`: like the other booleans, but absent means the widget's default, true. */
export const defaultTrueConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value === null || parse.boolean(value) === true,
};
