// The emulator's own check of the connect token, seen through the SDK directly (other wrappers
// than <pluggy-connect> use it too; the element refuses such tokens before opening).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PluggyConnect } from 'pluggy-connect-sdk';
import { mintToken } from '../src/token.js';
import { emulator, heading, waitFor } from './helpers.js';

describe('the emulator and the connect token', function () {
  this.timeout(20_000);

  it('refuses an expired token: it says so, and reports it to onError', async () => {
    const errors: string[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const connect = new PluggyConnect({
      url: emulator.source,
      connectToken: mintToken({ expiresIn: -60 }),
      onError: ({ message }) => void errors.push(message),
    });
    await connect.init(container);
    await waitFor(heading('Token de conexão inválido'));
    await waitUntil(() => errors.length === 1, 'onError was not called');
    expect(errors[0]).to.match(/invalid connect token/i);
  });
});
