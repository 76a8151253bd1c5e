// Every screen of the emulator, in both themes: an axe audit, and a screenshot kept in
// test-results/emulator/ (the README's come from there: npm run screenshots).
import { expect } from '@open-wc/testing';
import { axe, button, click, emulatorFixture, heading, screenshot, signIn, waitFor } from './helpers.js';

const allProducts = 'ACCOUNTS CREDIT_CARDS TRANSACTIONS PAYMENT_DATA INVESTMENTS INVESTMENTS_TRANSACTIONS IDENTITY';

/** Each screen, and how a user gets there from the start. */
const screens: Record<string, () => Promise<unknown>> = {
  consent: () => waitFor(heading('Conecte sua conta com segurança')),
  connectors: () => click(button('Continuar')).then(() => waitFor(heading('Selecione sua instituição'))),
  credentials: async () => {
    await click(button('Continuar'));
    await click(button('Pluggy Bank'));
    await waitFor(heading('Entre na sua conta Pluggy Bank'));
  },
  mfa: () => signIn('user-mfa').then(() => waitFor(heading('Verificação em duas etapas'))),
  connecting: () => signIn('user-ok').then(() => waitFor(heading('Conectando com Pluggy Bank'))),
  success: () => signIn('user-ok').then(() => waitFor(heading('Conta conectada!'))),
  error: () => signIn('user-ok', { password: 'wrong' }).then(() => waitFor(heading('Não foi possível conectar'))),
  pending: () => signIn('user-pending').then(() => waitFor(heading('Autorize o acesso'))),
};

describe('the emulator screens', function () {
  this.timeout(20_000);

  for (const theme of ['light', 'dark']) {
    for (const [name, reach] of Object.entries(screens)) {
      it(`the ${name} screen in the ${theme} theme passes an axe audit`, async () => {
        const element = await emulatorFixture(`include-sandbox allow-connect-in-background theme="${theme}" products="${allProducts}"`);
        await element.show();
        await reach();
        await screenshot(`${name}-${theme}`);
        expect(await axe()).to.deep.equal([]);
      });
    }
  }
});
