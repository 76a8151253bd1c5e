import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { connectUrl } from '../helpers.js';
import { sdkLoaded, sessionRequests, settled } from './helpers.js';

describe('loading on intent (the default): the keyboard', () => {
  it('focus reaching the trigger loads the widget code once', async () => {
    const page = await fixture(html`<div><button>before</button><pluggy-connect connect-url=${connectUrl}></pluggy-connect></div>`);
    page.querySelector('button')!.focus();
    await settled();
    expect(sdkLoaded()).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await waitUntil(sdkLoaded, 'focus did not load the SDK');
    expect(sessionRequests()).to.equal(1);
  });
});
