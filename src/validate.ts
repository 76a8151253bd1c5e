import type { ConnectorType, ProductType } from 'pluggy-js';
import type { Kind } from './attributes.js';
import { isCnpj, isCpf } from './documents.js';
import { attributeOf, options, type OptionName } from './options.js';
import type { PluggyConnectElement } from './pluggy-connect.js';
import { readOption, type OptionSource } from './read-options.js';
import { expiryOf, readToken } from './token.js';

/** Codes of configuration problems (see the README's error table). */
export type ConfigProblemCode = 'MISSING_TOKEN' | 'INVALID_TOKEN' | 'TOKEN_EXPIRED' | 'INVALID_CONFIG';

/** One problem of a configuration. */
export interface ConfigProblem {
  code: ConfigProblemCode;
  /** The attribute the problem is about. */
  attribute: string;
  /** The property the problem is about. */
  property: string;
  /** `error`: the widget does not open. `warning`: the option falls back to the widget's default. */
  severity: 'error' | 'warning';
  /** Names the attribute and the bad value, except a token, CPF or CNPJ, which are never shown. */
  message: string;
}

/** Everything `validateConfig` checks: the element's options, by property name, as values or attribute text. */
export type Config = { [Name in OptionName]?: PluggyConnectElement[Name] | string };

// Exhaustive records: adding or removing a type in pluggy-js fails the type-check until they match.
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

/** A value as the message shows it: text quoted, numbers as written. */
const show = (value: unknown) => (typeof value === 'string' || (typeof value === 'object' && value !== null) ? JSON.stringify(value) : String(value));

/** A check of one option's value: what is wrong with it, or undefined. */
type Check = (value: unknown) => string | undefined;

const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : `${show(value)} is not true or false`);
const connectorId = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 ? undefined : `${show(value)} is not a connector id (a whole number)`;
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) ? value.map(item).find(Boolean) : `${show(value)} is not a list`;
const oneOf =
  (allowed: Record<string, true>, what: string): Check =>
  (value) =>
    typeof value === 'string' && value in allowed ? undefined : `${show(value)} is not ${what} (${Object.keys(allowed).join(', ')})`;

/** What every option of a kind must be (attribute text that did not parse stays text). */
const byKind: Partial<Record<Kind, Check>> = {
  boolean,
  json: (value) => (typeof value === 'string' ? 'not valid JSON' : undefined),
};

/** Checks of single options; a bad value here refuses to open. */
const specific: Partial<Record<OptionName, Check>> = {
  updateItem: (value) => (typeof value === 'string' && value.trim() ? undefined : `${show(value)} is not an Item id`),
  selectedConnectorId: connectorId,
  connectorIds: listOf(connectorId),
  connectorTypes: listOf(oneOf(connectorTypes, 'a connector type')),
  products: listOf(oneOf(productTypes, 'a product')),
  countries: listOf((value) =>
    typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? undefined : `${show(value)} is not an ISO-3166-1 alpha-2 country code (e.g. BR)`,
  ),
  openFinanceParameters: openFinanceProblem,
  connectUrl: (value) => (/^https?:\/\/[^/]/i.test(String(value)) && URL.canParse(String(value)) ? undefined : `${show(value)} is not an absolute http(s) URL`),
  loadTimeout: (value) => (typeof value === 'number' && value > 0 ? undefined : `${show(value)} is not a positive number of milliseconds`),
  // The SDK writes it into its loading screen's HTML as it is.
  cspNonce: (value) => (typeof value === 'string' && /^[\w+/=-]+$/.test(value) ? undefined : `${show(value)} is not a nonce (letters, digits, +, /, -, _ and =)`),
};

/** Presentation options: a bad value falls back to the widget's default, with a warning. */
const warningChecks: Partial<Record<OptionName, Check>> = {
  theme: (value) => (value === 'light' || value === 'dark' ? undefined : `${show(value)} is not light or dark; the widget's default (light) is used`),
  language: (value) =>
    value === 'pt' || value === 'en' || value === 'es' ? undefined : `${show(value)} is not supported (pt, en, es); the widget's default (pt) is used`,
};

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

/** What is wrong with a connect token, if anything (never showing it). */
export function tokenProblem(token: string | undefined, now = Date.now(), subject = 'connect-token'): ConfigProblem | undefined {
  const problem = (code: ConfigProblemCode, message: string): ConfigProblem => ({
    code,
    attribute: 'connect-token',
    property: 'connectToken',
    severity: 'error',
    message: `${subject} ${message}`,
  });
  if (!token) return problem('MISSING_TOKEN', 'is missing: set the connect-token attribute or the connectToken property to a connect token from your backend, or set token-url or tokenProvider');
  const reading = readToken(token);
  if ('problem' in reading) return problem('INVALID_TOKEN', `is not a connect token: ${reading.problem}`);
  const expiry = expiryOf(reading);
  if (expiry !== undefined && expiry <= now) {
    const minutes = Math.round((now - expiry) / 60_000);
    return problem('TOKEN_EXPIRED', `expired at ${new Date(expiry).toISOString()} (${minutes} minute${minutes === 1 ? '' : 's'} ago): connect tokens last 30 minutes; get a new one from your backend, or set token-url or tokenProvider to do it at show()`);
  }
  return undefined;
}

/** Problems of the options (everything but the token), each read as the widget would get it. */
export function optionProblems(source: OptionSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [property, kind] of Object.entries(options) as [OptionName, Kind][]) {
    const value = readOption(source, property);
    if (value === undefined || property === 'connectToken') continue;
    const attribute = attributeOf(property);
    const error = byKind[kind]?.(value) ?? specific[property]?.(value);
    const warning = warningChecks[property]?.(value);
    const message = error ?? warning;
    if (message) problems.push({ code: 'INVALID_CONFIG', attribute, property, severity: error ? 'error' : 'warning', message: `${attribute}: ${message}` });
  }
  return problems;
}

/**
 * Checks a configuration as `<pluggy-connect>` will at `show()`: the connect token (present, a
 * JWT, not expired) and every option. Takes the element's property names, with values as
 * properties or attribute text. Returns the problems; an empty list means the widget will open.
 */
export function validateConfig(config: Config, now = Date.now()): ConfigProblem[] {
  const token = tokenProblem(config.connectToken, now);
  return [...(token ? [token] : []), ...optionProblems(config)];
}
