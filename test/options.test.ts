import { expect } from '@open-wc/testing';
import '../src/index.js';
import { connectFixture, connectUrl, openChild, token } from './helpers.js';

/** Every option of the widget, in attribute form, and the value the child must receive. */
const everyOption = {
  attributes: `include-sandbox allow-connect-in-background allow-fullscreen="false" update-item="item-42"
    selected-connector-id="201" connector-types="PERSONAL_BANK, BUSINESS_BANK" products="ACCOUNTS TRANSACTIONS"
    connector-ids="1, 2 3" countries='["BR","MX"]' language="en" theme="dark"
    open-finance-parameters='{"cpf":"123.456.789-09","cnpj":"11.222.333/0001-81"}' force-oauth-in-browser
    force-ask-for-credentials connector-sort-alphabetically`,
  received: {
    includeSandbox: true,
    allowConnectInBackground: true,
    allowFullscreen: false,
    updateItem: 'item-42',
    selectedConnectorId: 201,
    connectorTypes: ['PERSONAL_BANK', 'BUSINESS_BANK'],
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    connectorIds: [1, 2, 3],
    countries: ['BR', 'MX'],
    language: 'en',
    theme: 'dark',
    openFinanceParameters: { cpf: '123.456.789-09', cnpj: '11.222.333/0001-81' },
    forceOauthInBrowser: true,
    forceAskForCredentials: true,
    connectorSortAlphabetically: true,
  },
};

/** What the child always receives: the token, the URL, and what zoid and the SDK add. */
const alwaysThere = ['connectToken', 'url', 'uid', 'sdkVersion', '_runningInCordova', '_parentContainerContext'];

function optionsOf(config: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(config).filter(([name]) => !alwaysThere.includes(name)));
}

describe('options', () => {
  it('passes every option set as an attribute to the widget, with its type', async () => {
    const element = await connectFixture(everyOption.attributes);
    const { config } = await openChild(element);
    expect(optionsOf(config)).to.deep.equal(everyOption.received);
  });

  it('passes every option set as a property to the widget, with its type', async () => {
    const element = await connectFixture();
    Object.assign(element, everyOption.received);
    const { config } = await openChild(element);
    expect(optionsOf(config)).to.deep.equal(everyOption.received);
  });

  it('passes the token and the connect URL, and no option that was not set', async () => {
    const element = await connectFixture();
    const { config } = await openChild(element);
    expect(config.connectToken).to.equal(token);
    expect(config.url).to.equal(connectUrl);
    expect(optionsOf(config)).to.deep.equal({});
  });

  it('reads "true" and "false" in boolean attributes, as framework bindings write them', async () => {
    const element = await connectFixture('include-sandbox="false" force-oauth-in-browser="true" allow-fullscreen="true"');
    const { config } = await openChild(element);
    expect(optionsOf(config)).to.deep.equal({ includeSandbox: false, forceOauthInBrowser: true });
  });

  it('parses attribute text set as a property, as some framework bindings do', async () => {
    const element = await connectFixture();
    Object.assign(element, { connectorIds: '[7, 8]', includeSandbox: 'false', selectedConnectorId: '9', countries: 'BR' });
    const { config } = await openChild(element);
    expect(optionsOf(config)).to.deep.equal({ connectorIds: [7, 8], includeSandbox: false, selectedConnectorId: 9, countries: ['BR'] });
  });

  it('drops the trailing slash of an origin-only connect-url, which would break the SDK origin check', async () => {
    const element = await connectFixture();
    element.connectUrl = `${connectUrl}/`;
    const { config } = await openChild(element);
    expect(config.url).to.equal(connectUrl);
  });

  it('reads options when the widget opens: a change while open applies to the next session', async () => {
    const element = await connectFixture('theme="light"');
    await openChild(element);
    element.theme = 'dark';
    await element.close();
    const { config } = await openChild(element);
    expect(config.theme).to.equal('dark');
  });

  it('never writes the token or the Open Finance parameters to attributes', async () => {
    const element = await connectFixture();
    element.openFinanceParameters = { cpf: '123.456.789-09' };
    await openChild(element);
    const attributes = element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`);
    expect(attributes.join(' ')).not.to.contain(token).and.not.to.contain('123.456.789-09');
  });
});
