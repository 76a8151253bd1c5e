import { expect, oneEvent } from '@open-wc/testing';
import { button, click, emulatorFixture, field, fill, recordFlow, webhooksFor } from './helpers.js';

describe('the emulator, used like a user', function () {
  this.timeout(20_000);

  it('connects the sandbox bank with user-ok and password-ok, reporting to the page and by webhook', async () => {
    const element = await emulatorFixture('include-sandbox');
    const flow = recordFlow(element);
    await element.show();
    await click(button('Continuar'));
    await fill({ role: 'searchbox', name: 'Buscar instituição' }, 'pluggy');
    await click(button('Pluggy Bank'));
    await fill(field('Usuário'), 'user-ok');
    await fill(field('Senha'), 'password-ok');
    const succeeded = oneEvent(element, 'pluggy-success');
    await click(button('Conectar'));
    const { item } = (await succeeded).detail;
    expect(flow).to.deep.equal([
      'open',
      'SUBMITTED_CONSENT',
      'SELECTED_INSTITUTION',
      'SUBMITTED_LOGIN',
      'ITEM_RESPONSE',
      'LOGIN_SUCCESS',
      'LOGIN_STEP_COMPLETED',
      ...Array(6).fill('ITEM_RESPONSE'),
      'success',
    ]);
    expect(item).to.include({ status: 'UPDATED', executionStatus: 'SUCCESS' });
    const webhooks = await webhooksFor(item.id, 2);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/login_succeeded', 'item/created']);
  });
});
