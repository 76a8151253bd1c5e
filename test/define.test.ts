import { expect } from '@open-wc/testing';
import { PluggyConnectElement, define } from '../src/class.js';

describe('define', () => {
  it('is not run by the class entry, which registers nothing', () => {
    expect(customElements.get('pluggy-connect')).to.equal(undefined);
  });

  it('registers the element under another name, once', () => {
    define('bank-connect');
    const registered = customElements.get('bank-connect');
    define('bank-connect');
    expect(customElements.get('bank-connect')).to.equal(registered);
    expect(document.createElement('bank-connect')).to.be.instanceOf(PluggyConnectElement);
  });

  it('registers <pluggy-connect> by default', () => {
    define();
    expect(customElements.get('pluggy-connect')).to.equal(PluggyConnectElement);
  });
});
