import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PluggyConnectElement, PluggyErrorDetail } from '../src/index.js';
import { connectFixture, connectUrl, jwt, openChild, spyConsole, token } from './helpers.js';

const now = () => Math.floor(Date.now() / 1000);

/** The payload of a JWT-shaped token. */
function payloadOf(value: unknown): Record<string, unknown> {
  const part = String(value).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(part)) as Record<string, unknown>;
}

/** Opens and expects TOKEN_FETCH_FAILED with `says` in the message; nothing opens. */
async function expectFetchFailure(element: PluggyConnectElement, says: string) {
  const console = spyConsole();
  const error = oneEvent<CustomEvent<PluggyErrorDetail>>(element, 'pluggy-error');
  const failure: unknown = await element.show().catch((reason: unknown) => reason);
  console.restore();
  const { detail } = await error;
  expect(failure).to.have.property('code', 'TOKEN_FETCH_FAILED');
  expect(detail.code).to.equal('TOKEN_FETCH_FAILED');
  expect(detail.message).to.contain(says);
  expect(console.calls).to.have.length(1);
  expect(element.open).to.equal(false);
  expect(document.querySelectorAll('iframe, body > [data-pluggy-connect]')).to.have.length(0);
}

describe('fresh tokens: tokenProvider and token-url', () => {
  it('calls tokenProvider at show() when there is no token, and opens with its token', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}"></pluggy-connect>`);
    const fresh = jwt({ exp: now() + 1800, from: 'provider' });
    let calls = 0;
    element.tokenProvider = () => {
      calls++;
      return Promise.resolve(fresh);
    };
    const { config } = await openChild(element);
    expect(config.connectToken).to.equal(fresh);
    expect(calls).to.equal(1);
  });

  it('replaces a token that expires within 60 s, and keeps the new one for the next session', async () => {
    const element = await connectFixture();
    element.connectToken = jwt({ exp: now() + 30 });
    const fresh = jwt({ exp: now() + 1800 });
    let calls = 0;
    element.tokenProvider = () => {
      calls++;
      return Promise.resolve(fresh);
    };
    expect((await openChild(element)).config.connectToken).to.equal(fresh);
    await element.close();
    expect((await openChild(element)).config.connectToken).to.equal(fresh);
    expect(calls).to.equal(1);
  });

  it('does not call tokenProvider while the token is good for more than a minute', async () => {
    const element = await connectFixture();
    let calls = 0;
    element.tokenProvider = () => {
      calls++;
      return Promise.resolve(jwt({ exp: now() + 1800 }));
    };
    expect((await openChild(element)).config.connectToken).to.equal(token);
    expect(calls).to.equal(0);
  });

  it('POSTs to token-url with the page cookies, { itemId } of update-item, and reads accessToken', async () => {
    document.cookie = 'session=from-the-page; path=/';
    const element = await fixture<PluggyConnectElement>(
      `<pluggy-connect token-url="/test/token" update-item="item-7" connect-url="${connectUrl}"></pluggy-connect>`,
    );
    const { config } = await openChild(element);
    document.cookie = 'session=; max-age=0; path=/';
    expect(payloadOf(config.connectToken)).to.include({ cookie: 'session=from-the-page' });
    expect(payloadOf(config.connectToken).body).to.deep.equal({ itemId: 'item-7' });
  });

  it('never sends a token fetched for one Item (or for none) for another, and reuses one for the same Item', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect token-url="/test/token" connect-url="${connectUrl}"></pluggy-connect>`);
    /** Opens with `updateItem`: the Item the token was fetched for, and which token it was. */
    const openFor = async (updateItem: string | undefined) => {
      element.updateItem = updateItem;
      const { config } = await openChild(element);
      await element.close();
      const payload = payloadOf(config.connectToken);
      return { item: (payload.body as { itemId?: string }).itemId, n: payload.n as number };
    };
    const first = await openFor(undefined);
    const forA = await openFor('item-A');
    const forB = await openFor('item-B');
    const forBAgain = await openFor('item-B');
    const forNone = await openFor(undefined);
    expect([first.item, forA.item, forB.item, forBAgain.item, forNone.item]).to.deep.equal([undefined, 'item-A', 'item-B', 'item-B', undefined]);
    expect(forBAgain.n, 'the same Item: the same token').to.equal(forB.n);
    expect(new Set([first.n, forA.n, forB.n, forNone.n]).size, 'another Item: a new token').to.equal(4);
  });

  for (const [reply, says] of [
    ['500', 'token-url answered 500'],
    ['html', 'token-url did not answer JSON'],
    ['no-token', 'without an accessToken'],
    ['expired', 'the token from token-url expired at'],
  ] as const) {
    it(`fails with TOKEN_FETCH_FAILED when token-url answers ${reply}`, async () => {
      const element = await fixture<PluggyConnectElement>(`<pluggy-connect token-url="/test/token?reply=${reply}" connect-url="${connectUrl}"></pluggy-connect>`);
      await expectFetchFailure(element, says);
    });
  }

  it('fails with TOKEN_FETCH_FAILED when token-url does not answer within load-timeout', async () => {
    const element = await fixture<PluggyConnectElement>(
      `<pluggy-connect token-url="/test/token?reply=hang" load-timeout="500" connect-url="${connectUrl}"></pluggy-connect>`,
    );
    await expectFetchFailure(element, 'token-url failed');
  });

  it('fails with TOKEN_FETCH_FAILED when tokenProvider rejects', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}"></pluggy-connect>`);
    element.tokenProvider = () => Promise.reject(new Error('backend unavailable'));
    await expectFetchFailure(element, 'tokenProvider failed: backend unavailable');
  });

  it('fails with TOKEN_FETCH_FAILED, without showing it, when tokenProvider returns the whole reply', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}"></pluggy-connect>`);
    const reply = { accessToken: jwt({ exp: now() + 1800 }) };
    element.tokenProvider = () => Promise.resolve(reply as unknown as string);
    await expectFetchFailure(element, 'gave an object');
  });

  it('fails with TOKEN_FETCH_FAILED when tokenProvider returns something that is not a JWT', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}"></pluggy-connect>`);
    element.tokenProvider = () => Promise.resolve('garbage');
    await expectFetchFailure(element, 'the token from tokenProvider is not a connect token');
  });
});
