import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PluggyConnectElement, PluggyErrorDetail } from '../src/index.js';
import { validateConfig } from '../src/validate.js';
import { connectUrl, jwt, openChild, pageTraces, spyConsole, token } from './helpers.js';

const inAnHour = Math.floor(Date.now() / 1000) + 3600;
const cpf = '123.456.789-09';
const cnpj = '11.222.333/0001-81';

/** A bad input (attributes besides a valid token and connect-url), and what the element must say. */
interface BadInput {
  input: string;
  attributes: string;
  code: string;
  attribute: string;
  /** Text the message must contain: the attribute, the bad value, the cause. */
  says: string[];
}

const badInputs: BadInput[] = [
  { input: 'no token', attributes: 'connect-token=""', code: 'MISSING_TOKEN', attribute: 'connect-token', says: ['connect-token', 'missing'] },
  { input: 'a token that is not a JWT', attributes: 'connect-token="not-a-jwt"', code: 'INVALID_TOKEN', attribute: 'connect-token', says: ['connect-token', 'got 1 part'] },
  { input: 'a JWT whose payload is not JSON', attributes: `connect-token="${btoa('{}')}.bm90IGpzb24.sig"`, code: 'INVALID_TOKEN', attribute: 'connect-token', says: ['connect-token', 'not a JSON object'] },
  { input: 'a token that expired', attributes: `connect-token="${jwt({ exp: 1764158400 })}"`, code: 'TOKEN_EXPIRED', attribute: 'connect-token', says: ['connect-token', 'expired at 2025-11-26T12:00:00.000Z'] },
  { input: 'connector-ids that are not integers', attributes: 'connector-ids="1, abc"', code: 'INVALID_CONFIG', attribute: 'connector-ids', says: ['connector-ids', '"abc"', 'not a connector id'] },
  { input: 'a fractional connector id', attributes: 'connector-ids="[1.5]"', code: 'INVALID_CONFIG', attribute: 'connector-ids', says: ['connector-ids', '1.5'] },
  { input: 'a selected-connector-id that is not an integer', attributes: 'selected-connector-id="two"', code: 'INVALID_CONFIG', attribute: 'selected-connector-id', says: ['selected-connector-id', '"two"'] },
  { input: 'a country that is not ISO-3166-1 alpha-2', attributes: 'countries="BR, Brazil"', code: 'INVALID_CONFIG', attribute: 'countries', says: ['countries', '"Brazil"', 'ISO-3166-1 alpha-2'] },
  { input: 'a connector type pluggy-js does not declare', attributes: 'connector-types="PERSONAL_BANK CRYPTO"', code: 'INVALID_CONFIG', attribute: 'connector-types', says: ['connector-types', '"CRYPTO"', 'PERSONAL_BANK'] },
  { input: 'a product pluggy-js does not declare', attributes: 'products="ACCOUNTS, PIX"', code: 'INVALID_CONFIG', attribute: 'products', says: ['products', '"PIX"', 'TRANSACTIONS'] },
  { input: 'open-finance-parameters that are not JSON', attributes: `open-finance-parameters="{cpf: ${cpf}}"`, code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', 'not valid JSON'] },
  { input: "an object bound as the attribute (Vue's :open-finance-parameters)", attributes: 'open-finance-parameters="[object Object]"', code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', '"[object Object]"', 'property openFinanceParameters', 'Vue: :openFinanceParameters'] },
  { input: 'open-finance-parameters that are not an object', attributes: `open-finance-parameters='["${cpf}"]'`, code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', 'not an object'] },
  { input: 'open-finance-parameters with an unknown key', attributes: `open-finance-parameters='{"cpf":"${cpf}","rg":"12345"}'`, code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', 'unknown key "rg"'] },
  { input: 'a CPF with a wrong check digit', attributes: `open-finance-parameters='{"cpf":"123.456.789-08"}'`, code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', 'cpf is not a valid CPF'] },
  { input: 'a CNPJ with a wrong check digit', attributes: `open-finance-parameters='{"cnpj":"11222333000182"}'`, code: 'INVALID_CONFIG', attribute: 'open-finance-parameters', says: ['open-finance-parameters', 'cnpj is not a valid CNPJ'] },
  { input: 'a connect-url that is not absolute http(s)', attributes: 'connect-url="ftp://connect.example"', code: 'INVALID_CONFIG', attribute: 'connect-url', says: ['connect-url', '"ftp://connect.example"'] },
  { input: 'a relative connect-url', attributes: 'connect-url="/connect"', code: 'INVALID_CONFIG', attribute: 'connect-url', says: ['connect-url', '"/connect"'] },
  { input: 'a load-timeout that is not positive', attributes: 'load-timeout="0"', code: 'INVALID_CONFIG', attribute: 'load-timeout', says: ['load-timeout', '0'] },
  { input: 'a csp-nonce that is not a nonce', attributes: 'csp-nonce=\'a"b\'', code: 'INVALID_CONFIG', attribute: 'csp-nonce', says: ['csp-nonce', '"a\\"b"', 'not a nonce'] },
  { input: 'a boolean option that is neither true nor false', attributes: '', code: 'INVALID_CONFIG', attribute: 'include-sandbox', says: ['include-sandbox', '7'] },
];

/** An element with `attributes`, and a valid token and connect-url unless they set their own. */
async function elementWith(attributes: string) {
  const defaults = [`connect-token="${token}"`, `connect-url="${connectUrl}"`].filter((attribute) => !attributes.includes(attribute.split('=')[0]));
  return fixture<PluggyConnectElement>(`<pluggy-connect ${[...defaults, attributes].join(' ')}></pluggy-connect>`);
}

describe('input validation at show()', () => {
  for (const bad of badInputs) {
    it(`refuses ${bad.input}: ${bad.code}, one pluggy-error and one console.error, nothing opens`, async () => {
      const element = await elementWith(bad.attributes);
      if (bad.attribute === 'include-sandbox') Object.assign(element, { includeSandbox: 7 });
      const before = await pageTraces();
      const console = spyConsole();
      const errors: PluggyErrorDetail[] = [];
      element.addEventListener('pluggy-error', (event) => errors.push(event.detail));
      const failure: unknown = await element.show().catch((error: unknown) => error);
      console.restore();
      expect(failure).to.have.property('code', bad.code);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: bad.code, attribute: bad.attribute });
      for (const text of bad.says) expect(errors[0].message).to.contain(text);
      expect(console.calls).to.deep.equal([{ level: 'error', text: `<pluggy-connect>: ${errors[0].message}` }]);
      expect(element.open).to.equal(false);
      expect(await pageTraces()).to.deep.equal(before);
    });
  }

  it('never shows a CPF or CNPJ in a message, even a wrong one', async () => {
    const element = await elementWith(`open-finance-parameters='{"cpf":"123.456.789-08","cnpj":"11.222.333/0001-81"}'`);
    const console = spyConsole();
    const error = oneEvent<CustomEvent<PluggyErrorDetail>>(element, 'pluggy-error');
    await element.show().catch(() => undefined);
    console.restore();
    const { message } = (await error).detail;
    for (const secret of ['123.456.789-08', '12345678908', cnpj, '11222333000181']) {
      expect(message).not.to.contain(secret);
      expect(JSON.stringify(console.calls)).not.to.contain(secret);
    }
  });

  it('accepts a valid CPF and CNPJ with or without punctuation, and an alphanumeric CNPJ', () => {
    for (const openFinanceParameters of [{ cpf, cnpj }, { cpf: '12345678909', cnpj: '11222333000181' }, { cnpj: '12.ABC.345/01DE-35' }]) {
      expect(validateConfig({ connectToken: token, openFinanceParameters })).to.deep.equal([]);
    }
  });

  for (const [attribute, value, fallback] of [['theme', 'blue', 'light'], ['language', 'xx', 'pt']] as const) {
    it(`opens with the widget's default ${attribute} and one warning when ${attribute}="${value}"`, async () => {
      const element = await elementWith(`${attribute}="${value}"`);
      const console = spyConsole();
      const { config } = await openChild(element);
      console.restore();
      expect(config).not.to.have.property(attribute);
      expect(console.calls).to.have.length(1);
      expect(console.calls[0]).to.include({ level: 'warn' });
      expect(console.calls[0].text).to.contain(`${attribute}: "${value}"`).and.to.contain(`(${fallback}) is used`);
    });
  }

  it('warns once, naming token-url, when a server rendered the JSX prop tokenUrl as the attribute tokenurl', async () => {
    const element = await elementWith('connect-token="" tokenurl="/api/connect-token"');
    const console = spyConsole();
    await element.show().catch(() => undefined);
    await element.show().catch(() => undefined);
    console.restore();
    const warnings = console.calls.filter((call) => call.level === 'warn');
    expect(warnings).to.have.length(1);
    expect(warnings[0].text).to.contain('tokenurl is not an attribute').and.to.contain('write token-url').and.to.contain('property tokenUrl');
    const errors = console.calls.filter((call) => call.level === 'error');
    expect(errors).to.have.length(2);
    for (const error of errors) expect(error.text).to.match(/^<pluggy-connect>: connect-token is missing/);
  });

  it("warns, naming connector-ids, when Solid set connectorIds as the property connectorids, and opens without it", async () => {
    const element = await elementWith('');
    Object.assign(element, { connectorids: [0] });
    const console = spyConsole();
    const { config } = await openChild(element);
    console.restore();
    expect(config).not.to.have.property('connectorIds');
    expect(console.calls).to.have.length(1);
    expect(console.calls[0]).to.include({ level: 'warn' });
    expect(console.calls[0].text).to.contain('connectorids is not an attribute').and.to.contain('write connector-ids');
  });

  it('passes a regional language tag as its language (pt-BR as pt)', async () => {
    const element = await elementWith('language="pt-BR"');
    const { config } = await openChild(element);
    expect(config.language).to.equal('pt');
  });

  it('validateConfig lists every problem of a configuration, the token first', () => {
    const problems = validateConfig({ connectToken: jwt({ exp: 1 }), connectorIds: '1, x', theme: 'blue' });
    expect(problems.map(({ code, attribute, property, severity }) => ({ code, attribute, property, severity }))).to.deep.equal([
      { code: 'TOKEN_EXPIRED', attribute: 'connect-token', property: 'connectToken', severity: 'error' },
      { code: 'INVALID_CONFIG', attribute: 'connector-ids', property: 'connectorIds', severity: 'error' },
      { code: 'INVALID_CONFIG', attribute: 'theme', property: 'theme', severity: 'warning' },
    ]);
  });

  it('validateConfig finds nothing wrong with a complete valid configuration', () => {
    const config = {
      connectToken: jwt({ exp: inAnHour }),
      connectUrl: 'https://connect.pluggy.ai',
      includeSandbox: true,
      selectedConnectorId: 0,
      connectorIds: [0, 201],
      connectorTypes: ['PERSONAL_BANK' as const],
      products: ['ACCOUNTS' as const],
      countries: ['BR' as const],
      language: 'es',
      theme: 'dark' as const,
      openFinanceParameters: { cpf },
      updateItem: 'e3c3c5b6-1f3c-4f39-9a8e-2c1b0b0b0b0b',
    };
    expect(validateConfig(config)).to.deep.equal([]);
  });
});
