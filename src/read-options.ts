// What the SDK gets, from the element's options (the table in options.ts), read when a widget opens.
import { fromText } from './attributes.js';
import { baseLanguage, options, type OptionName } from './options.js';
import type { PluggyConnectElement } from './pluggy-connect.js';

/** The element's own options: the SDK gets the others (`connectUrl` as its `url`). */
const own = ['tokenUrl', 'tokenProvider', 'loadTimeout', 'cspNonce'] as const satisfies readonly OptionName[];

type SdkOptionName = Exclude<OptionName, (typeof own)[number]>;

/** The configuration part of the SDK's props (everything but the callbacks). */
export type WidgetOptions = { connectToken: string; url?: string } & {
  [Name in Exclude<SdkOptionName, 'connectToken' | 'connectUrl'>]?: NonNullable<PluggyConnectElement[Name]>;
};

/** The options, by property name, as a page or `validateConfig()` gives them: values or attribute text. */
export type OptionSource = { [Name in OptionName]?: unknown };

/**
 * The SDK accepts the widget's background/OAuth messages only when `event.origin` equals its
 * `url` exactly, so `https://host/` would silently break them: an origin-only URL loses its slash.
 * Any other URL is written out in full (`https://host?x` as `https://host/?x`): zoid reads a
 * query without a path as part of the origin, and the widget never loads.
 */
function connectUrl(value: unknown): unknown {
  if (value === '') return undefined; // an empty connect-url is unset
  try {
    const url = new URL(String(value));
    return url.pathname === '/' && !url.search && !url.hash ? url.origin : url.href;
  } catch {
    return value;
  }
}

/** Normalizations beyond each kind's parser. */
const normalize: Partial<Record<OptionName, (value: unknown) => unknown>> = { language: baseLanguage, connectUrl };

/** An option's value, normalized: attribute text set as the property is parsed like the attribute. */
export function readOption(source: OptionSource, name: OptionName): unknown {
  const given = source[name];
  const value = typeof given === 'string' ? fromText(given, options[name]) : given;
  const normalized = normalize[name];
  return value == null || !normalized ? (value ?? undefined) : normalized(value);
}

/**
 * Options as the SDK wants them. Only options that were set are passed (an option at its default
 * keeps the widget's own default); `connectUrl` is the SDK's `url`.
 */
export function readOptions(source: OptionSource): WidgetOptions {
  const read: Record<string, unknown> = {};
  for (const name of Object.keys(options) as OptionName[]) {
    const value = (own as readonly string[]).includes(name) ? undefined : readOption(source, name);
    if (value !== undefined) read[name === 'connectUrl' ? 'url' : name] = value;
  }
  // true is the widget's default: sending it or not is the same, and "unset" stays absent.
  if (read.allowFullscreen === true) delete read.allowFullscreen;
  return { ...(read as Partial<WidgetOptions>), connectToken: typeof read.connectToken === 'string' ? read.connectToken : '' };
}
