// How a session reads an option, beyond its kind's parsing, under the option's name (options.ts):
// a check (after a normalization, if any), the type it admits (the option's property type), who
// gets it (the SDK, by which name, or the element), what a bad value does, and its value when
// unset. An option without a rule goes to the SDK as it is. Loaded with the opening code, not with
// the element.
import type { Kind } from './attributes.js';
import { isCnpj, isCpf } from './documents.js';
import { baseLanguage } from './language.js';
import type { ConnectorType, CountryCode, OpenFinanceParameters, ProductType } from './types.js';

/** What is wrong with a value, for the message after the attribute's name; undefined when nothing is. */
export type Check = (value: unknown) => string | undefined;

/** An option's rule. `T`: the type it admits, which is the option's property type. */
export interface Rule<T> {
  check?: Check;
  /** Before the check, and before the SDK gets it; `undefined` makes the option unset. */
  normalize?: (value: unknown) => unknown;
  /** The SDK's name for the option, when not the property's. */
  sdkName?: string;
  /** The element uses it itself: the SDK never gets it (see `own`). */
  own?: true;
  /** A bad value falls back to the widget's default, with a warning, instead of refusing to open. */
  warn?: true;
  /** The value of the option while it is unset. */
  unset?: T;
  /** Only a type. */
  admits?: T;
}

const rule = <T>(parts: Omit<Rule<T>, 'admits' | 'own'>): Rule<T> => parts;

/** The rule of an option the element keeps for itself. */
const own = <T>(parts: Omit<Rule<T>, 'admits' | 'own'> = {}) => ({ ...parts, own: true }) as Rule<T> & { own: true };

/** A value as a message shows it: text and objects as JSON, numbers as written. */
const show = (value: unknown) => (typeof value === 'string' || (typeof value === 'object' && value !== null) ? JSON.stringify(value) : String(value));

/** A check that a value passes `test`, else says that it is not `what`. */
const must =
  (test: (value: unknown) => boolean, what: string): Check =>
  (value) =>
    test(value) ? undefined : `${show(value)} is not ${what}`;

/** What every option of a kind must be (attribute text that did not parse stays text). */
export const kindChecks: Partial<Record<Kind, Check>> = {
  boolean: must((value) => typeof value === 'boolean', 'true or false'),
  json: (value) => (typeof value === 'string' ? 'not valid JSON' : undefined),
};

// Exhaustive records: a type added to or removed from types.ts fails the type-check until they match.
const connectorTypes: Record<ConnectorType, true> = {
  PERSONAL_BANK: true,
  BUSINESS_BANK: true,
  INVOICE: true,
  INVESTMENT: true,
  TELECOMMUNICATION: true,
  DIGITAL_ECONOMY: true,
  PAYMENT_ACCOUNT: true,
  OTHER: true,
};
const productTypes: Record<ProductType, true> = {
  ACCOUNTS: true,
  CREDIT_CARDS: true,
  TRANSACTIONS: true,
  PAYMENT_DATA: true,
  INVESTMENTS: true,
  INVESTMENTS_TRANSACTIONS: true,
  IDENTITY: true,
  BROKERAGE_NOTE: true,
  MOVE_SECURITY: true,
  LOANS: true,
};

const connectorId = must((value) => Number.isInteger(value) && (value as number) >= 0, 'a connector id (a whole number)');
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) ? value.map(item).find(Boolean) : `${show(value)} is not a list`;
const oneOf = (allowed: Record<string, true>, what: string) => must((value) => typeof value === 'string' && value in allowed, `${what} (${Object.keys(allowed).join(', ')})`);

/** Never echoes a CPF or CNPJ: only says which key is wrong and how. */
function openFinanceProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `not an object like {"cpf": "…"}`;
  for (const [key, number] of Object.entries(value)) {
    const valid = key === 'cpf' ? isCpf : key === 'cnpj' ? isCnpj : undefined;
    if (!valid) return `unknown key ${show(key)} (only "cpf" and "cnpj" are allowed)`;
    if (typeof number !== 'string') return `${key} is not a string`;
    if (!valid(number)) return `${key} is not a valid ${key.toUpperCase()} (wrong length or check digits)`;
  }
  return undefined;
}

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

export const rules = {
  // The widget's default: sending it or not is the same, and "unset" stays absent.
  allowFullscreen: rule<boolean>({ normalize: (value) => (value === true ? undefined : value) }),
  updateItem: rule<string>({ check: must((value) => typeof value === 'string' && value.trim() !== '', 'an Item id') }),
  selectedConnectorId: rule<number>({ check: connectorId }),
  connectorTypes: rule<ConnectorType[]>({ check: listOf(oneOf(connectorTypes, 'a connector type')) }),
  products: rule<ProductType[]>({ check: listOf(oneOf(productTypes, 'a product')) }),
  connectorIds: rule<number[]>({ check: listOf(connectorId) }),
  countries: rule<CountryCode[]>({
    check: listOf(must((value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value), 'an ISO-3166-1 alpha-2 country code (e.g. BR)')),
  }),
  language: rule<string>({
    warn: true,
    normalize: baseLanguage,
    check: (value) => (value === 'pt' || value === 'en' || value === 'es' ? undefined : `${show(value)} is not supported (pt, en, es); the widget's default (pt) is used`),
  }),
  theme: rule<'light' | 'dark'>({ warn: true, check: must((value) => value === 'light' || value === 'dark', "light or dark; the widget's default (light) is used") }),
  openFinanceParameters: rule<OpenFinanceParameters>({ check: openFinanceProblem }),
  connectUrl: rule<string>({
    normalize: connectUrl,
    check: must((value) => /^https?:\/\/[^/]/i.test(String(value)) && URL.canParse(String(value)), 'an absolute http(s) URL'),
    sdkName: 'url',
  }),
  tokenUrl: own<string>(),
  tokenProvider: own<() => Promise<string>>({ check: must((value) => typeof value === 'function', 'a function') }),
  loadTimeout: own<number>({ check: must((value) => typeof value === 'number' && value > 0, 'a positive number of milliseconds'), unset: 30_000 }),
  // The SDK writes it into its loading screen's HTML as it is.
  cspNonce: own<string>({ check: must((value) => typeof value === 'string' && /^[\w+/=-]+$/.test(value), 'a nonce (letters, digits, +, /, -, _ and =)') }),
};
