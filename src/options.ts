import type { PluggyConnectProps } from 'pluggy-connect-sdk';
import { parse } from './attributes.js';
import type { ConnectorType, CountryCode, ProductType } from './types.js';

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
] as const satisfies readonly (keyof WidgetOptions & keyof PluggyConnectProps)[];

/**
 * The configuration part of the SDK's props: everything but the callbacks. Declared here, not
 * picked from the SDK's types, which import `pluggy-js`: public types must not need it. Passing
 * these to `new PluggyConnect()` type-checks them against the SDK's.
 */
export interface WidgetOptions {
  connectToken: string;
  url?: string;
  includeSandbox?: boolean;
  allowConnectInBackground?: boolean;
  allowFullscreen?: boolean;
  updateItem?: string;
  selectedConnectorId?: number;
  connectorTypes?: ConnectorType[];
  products?: ProductType[];
  connectorIds?: number[];
  countries?: CountryCode[];
  language?: string;
  theme?: 'light' | 'dark';
  openFinanceParameters?: { cpf?: string; cnpj?: string };
  forceOauthInBrowser?: boolean;
  forceAskForCredentials?: boolean;
  connectorSortAlphabetically?: boolean;
}

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
 * Any other URL is written out in full (`https://host?x` as `https://host/?x`): zoid reads a
 * query without a path as part of the origin, and the widget never loads.
 */
function connectUrl(value: string): string {
  try {
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash ? url.origin : url.href;
  } catch {
    return value;
  }
}

/** `pt`, `en` or `es` from a language tag such as `pt-BR`; other text stays as it is. */
function baseLanguage(value: unknown): string {
  const text = String(value).trim();
  return /^(pt|en|es)(?:[-_][a-z]{2})?$/i.exec(text)?.[1]?.toLowerCase() ?? text;
}

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
