// The emulator driven as a user drives it (clicks, typing, the keyboard), through the element
// and the real SDK: what the page hears (events, in order) and what the backend hears (webhooks).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PluggyConnectElement } from '../../src/index.js';
import { engine } from '../../test/engine.js';
import { button, click, emulatorFixture, field, fill, heading, isFocused, nextDetail, read, recordFlow, searchbox, signIn, waitFor, webhooksFor } from './helpers.js';

/** Every flow starts so: the widget opens, the user consents, picks, signs in; the item is created. */
const signedIn = ['open', 'SUBMITTED_CONSENT', 'SELECTED_INSTITUTION', 'SUBMITTED_LOGIN', 'ITEM_RESPONSE'];
/** The sandbox bank's products, collected one by one, then the item updated. */
const collecting = Array<string>(6).fill('ITEM_RESPONSE');

describe('the emulator, used like a user', function () {
  this.timeout(20_000);

  let element: PluggyConnectElement;
  let flow: string[];
  beforeEach(async () => {
    element = await emulatorFixture('include-sandbox');
    flow = recordFlow(element);
    await element.show();
  });

  it('connects the sandbox bank found by search, with user-ok, and reports it to the page and by webhook', async () => {
    await click(button('Continuar'));
    await fill(searchbox('Buscar instituição'), 'pluggy');
    await click(button('Pluggy Bank'));
    await fill(field('Usuário'), 'user-ok');
    await fill(field('Senha'), 'password-ok');
    const succeeded = nextDetail(element, 'pluggy-success');
    await click(button('Conectar'));
    const { item } = await succeeded;
    expect(flow).to.deep.equal([...signedIn, 'LOGIN_SUCCESS', 'LOGIN_STEP_COMPLETED', ...collecting, 'success']);
    expect(item).to.include({ status: 'UPDATED', executionStatus: 'SUCCESS', clientUserId: 'test-user' });
    expect(item.connector).to.include({ id: 0, name: 'Pluggy Bank', isSandbox: true });
    const webhooks = await webhooksFor(item.id, 2);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/login_succeeded', 'item/created']);
  });

  it('reports a wrong password as pluggy-error with the item, and by the item/error webhook', async () => {
    const failed = nextDetail(element, 'pluggy-error');
    await signIn('user-ok', { password: 'not-the-password' });
    const { message, data } = await failed;
    expect(message).to.equal('Invalid credentials');
    expect(data?.item).to.include({ status: 'LOGIN_ERROR', executionStatus: 'INVALID_CREDENTIALS' });
    expect(flow).to.deep.equal([...signedIn, 'ITEM_RESPONSE', 'error']);
    const [webhook] = await webhooksFor(data!.item.id, 1);
    expect(webhook).to.include({ event: 'item/error' });
    expect(webhook.error).to.deep.equal({ code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' });
    expect((await read()).text).to.contain('Usuário ou senha incorretos.');
  });

  it('lets the user try again after an error, and connect', async () => {
    await signIn('user-ok', { password: 'not-the-password' });
    await click(button('Tentar novamente'));
    await fill(field('Usuário'), 'user-ok');
    await fill(field('Senha'), 'password-ok');
    const succeeded = nextDetail(element, 'pluggy-success');
    await click(button('Conectar'));
    expect((await succeeded).item.status).to.equal('UPDATED');
  });

  it('asks user-mfa for a code, and connects with 123456', async () => {
    await signIn('user-mfa');
    await waitFor(heading('Verificação em duas etapas'));
    const succeeded = nextDetail(element, 'pluggy-success');
    await fill(field('Código de verificação'), '123456');
    await click(button('Enviar'));
    const { item } = await succeeded;
    expect(flow).to.deep.equal([
      ...signedIn,
      'ITEM_RESPONSE',
      'SUBMITTED_MFA',
      'ITEM_RESPONSE',
      'LOGIN_MFA_SUCCESS',
      'LOGIN_STEP_COMPLETED',
      ...collecting,
      'success',
    ]);
    const webhooks = await webhooksFor(item.id, 3);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
  });

  it('reports a wrong MFA code as pluggy-error', async () => {
    await signIn('user-mfa');
    const failed = nextDetail(element, 'pluggy-error');
    await fill(field('Código de verificação'), '000000');
    await click(button('Enviar'));
    expect((await failed).data?.item.executionStatus).to.equal('INVALID_CREDENTIALS_MFA');
  });

  it('reports user-pending as USER_AUTHORIZATION_PENDING to the page, and its success only by webhook', async () => {
    const failed = nextDetail(element, 'pluggy-error');
    await signIn('user-pending');
    const { data } = await failed;
    expect(data?.item).to.include({ executionStatus: 'USER_AUTHORIZATION_PENDING' });
    const webhooks = await webhooksFor(data!.item.id, 2);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/error', 'item/updated']);
    expect(webhooks[0].error?.code).to.equal('USER_AUTHORIZATION_PENDING');
    expect((await read()).text).to.contain('Acesso autorizado');
    expect(flow).not.to.include('success');
  });

  it('closes with its close button', async () => {
    const closed = oneEvent(element, 'pluggy-close');
    await click(button('Fechar'));
    await closed;
    expect(flow).to.deep.equal(['open', 'close']);
  });

  it('closes on Escape pressed inside the widget', async () => {
    await waitFor(heading('Conecte sua conta com segurança'));
    const closed = oneEvent(element, 'pluggy-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });

  it('goes back from the form to the list, and from the list to the consent', async () => {
    await click(button('Continuar'));
    await click(button('Pluggy Bank'));
    await click(button('Voltar'));
    await waitFor(heading('Selecione sua instituição'));
    await click(button('Voltar'));
    await waitFor(heading('Conecte sua conta com segurança'));
  });
});

describe('the emulator, used with the keyboard only', function () {
  this.timeout(20_000);

  it('connects from the trigger to the end with Tab, typing and Enter', async () => {
    const element = await emulatorFixture('include-sandbox');
    element.shadowRoot!.querySelector('button')!.focus();
    const press = (key: string) => sendKeys({ press: key });
    const consent = heading('Conecte sua conta com segurança');
    await press('Enter'); // the trigger: the widget opens, with the focus on its first heading
    await waitFor(consent);
    if (!(await isFocused(consent))) {
      // WebKit only, when the Connect app loaded after the key press's user gesture was over: see
      // "opened from code" in dialog.test.ts. The focus is on its document: Tab starts at the top.
      expect(engine, 'the Connect app could not focus its heading').to.equal('webkit');
      await press('Tab');
      expect(await isFocused(button('Fechar'))).to.equal(true);
    }
    await press('Tab');
    expect(await isFocused(button('Continuar'))).to.equal(true);
    await press('Enter'); // Continuar: the focus lands in the search field
    await waitFor(heading('Selecione sua instituição'));
    expect(await isFocused(searchbox('Buscar instituição'))).to.equal(true);
    await sendKeys({ type: 'pluggy' });
    await press('Tab');
    expect(await isFocused(button('Pluggy Bank')), 'Tab from the search reaches the one bank found').to.equal(true);
    await press('Enter'); // Pluggy Bank: the focus lands in the first field
    await waitFor(heading('Entre na sua conta Pluggy Bank'));
    expect(await isFocused(field('Usuário'))).to.equal(true);
    await sendKeys({ type: 'user-ok' });
    await press('Tab');
    await sendKeys({ type: 'password-ok' });
    const succeeded = nextDetail(element, 'pluggy-success');
    await press('Enter'); // submits the form
    await succeeded;
    await waitFor(heading('Conta conectada!'));
    const closed = oneEvent(element, 'pluggy-close');
    await press('Tab');
    await press('Enter'); // Concluir
    await closed;
  });
});
