// Open Finance through the element: the CPF in the widget, the consent at the emulated bank (a
// window of its own origin, opened by the widget on the person's click), and each way it ends:
// approved, denied, the bank's window closed, the window blocked. The widget learns the decision
// from the emulator's server; the page behind stays inert, and the focus comes back to the widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PluggyConnectElement } from '../../src/index.js';
import { mintToken } from '../src/token.js';
import { engine } from '../../test/engine.js';
import {
  answerAtBank,
  axe,
  blockPopups,
  button,
  click,
  closeBank,
  emulator,
  field,
  fill,
  heading,
  link,
  openFinanceBank as bank,
  nextDetail,
  read,
  recordFlow,
  toBank,
  waitFor,
  webhooksFor,
  widgetFrame,
} from './helpers.js';

/** To the CPF: the widget creates the item, which waits for the consent at the bank. */
const sentToBank = ['open', 'SUBMITTED_CONSENT', 'SELECTED_INSTITUTION', 'SUBMITTED_LOGIN', 'ITEM_RESPONSE', 'ITEM_RESPONSE'];
/** After the consent: logged in, the bank's four products collected, the item updated. */
const collected = ['LOGIN_SUCCESS', 'LOGIN_STEP_COMPLETED', ...Array<string>(5).fill('ITEM_RESPONSE'), 'success'];

let page: HTMLElement;
let element: PluggyConnectElement;
let flow: string[];

/** The page's modal dialogs on screen: the widget's, while it shows. */
const modals = () => [...document.querySelectorAll('dialog')].filter((dialog) => dialog.matches(':modal'));

/** What has the focus on the test page, by name (an element in a failure message would be inspected at length). */
const focused = () => `${document.activeElement?.localName ?? 'nothing'}${document.activeElement === widgetFrame() ? ' (the widget)' : ''}`;

/** The page behind the widget is inert: its link cannot take the focus, and the widget's dialog is the one modal. */
function expectPageInert(when: string): void {
  const after = page.querySelector('a')!;
  after.focus();
  expect(document.activeElement === after, `${when}: a link of the page behind took the focus`).to.equal(false);
  expect(modals().map((dialog) => dialog.getAttribute('aria-label')), when).to.deep.equal(['Pluggy Connect']);
}

describe('Open Finance: the consent at the bank, through the element', function () {
  this.timeout(40_000);

  beforeEach(async () => {
    page = await fixture(html`
      <main>
        <button type="button">before</button>
        <pluggy-connect connect-url=${emulator.source}></pluggy-connect>
        <a href="#after">after</a>
      </main>
    `);
    element = page.querySelector('pluggy-connect')!;
    element.connectToken = mintToken({ webhookUrl: `${location.origin}/webhooks`, clientUserId: 'test-user' });
    flow = recordFlow(element);
    await element.show();
  });

  afterEach(async () => {
    if (element.open) await element.close();
  });

  it('approved at the bank: pluggy-success with the item, and the webhooks; the page stays inert and the focus comes back to the widget', async () => {
    const items: string[] = [];
    element.addEventListener('pluggy-event', ({ detail }) => {
      if (detail.event === 'ITEM_RESPONSE') items.push(`${detail.item.status}/${detail.item.executionStatus}`);
    });
    await toBank();
    await click(button(`Ir para o ${bank}`));
    await waitFor(heading('Aguardando sua autorização'));
    expect(await axe(), 'the waiting screen').to.deep.equal([]);
    expectPageInert('while the bank is open');
    const succeeded = nextDetail(element, 'pluggy-success');
    await answerAtBank('Autorizar');
    const { item } = await succeeded;
    await waitFor(heading('Conta conectada!'));
    expect(flow).to.deep.equal([...sentToBank, ...collected]);
    expect(items.slice(0, 2)).to.deep.equal(['UPDATING/LOGIN_IN_PROGRESS', 'WAITING_USER_INPUT/WAITING_USER_INPUT']);
    expect(item).to.include({ status: 'UPDATED', executionStatus: 'SUCCESS', clientUserId: 'test-user', parameter: null });
    expect(item.connector).to.include({ id: 604, isOpenFinance: true, oauth: true });
    const webhooks = await webhooksFor(item.id, 3);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
    expectPageInert('after the bank closed');
    expect(focused(), 'the focus is back in the widget, not on the page behind').to.equal('iframe (the widget)');
  });

  it("the bank's sign-in and consent pages pass an axe audit", async () => {
    await toBank();
    await click(button(`Ir para o ${bank}`));
    await waitFor(heading(`Entre no ${bank}`), emulator.bank);
    expect(await axe(emulator.bank), 'sign-in').to.deep.equal([]);
    await fill(field('Senha'), 'qualquer', emulator.bank);
    await click(button('Entrar'), emulator.bank);
    await waitFor(heading('Confirme o compartilhamento'), emulator.bank);
    expect(await axe(emulator.bank), 'consent').to.deep.equal([]);
    await closeBank();
  });

  it("the item waiting for the consent carries the bank's URL, as the API's item does", async () => {
    const payloads: Array<{ status: string; data?: string }> = [];
    element.addEventListener('pluggy-event', ({ detail }) => {
      if (detail.event === 'ITEM_RESPONSE') payloads.push({ status: detail.item.status, data: detail.item.parameter?.data });
    });
    await toBank();
    await waitUntil(() => payloads.some((payload) => payload.status === 'WAITING_USER_INPUT'), 'no item waiting for the consent');
    const waiting = payloads.find((payload) => payload.status === 'WAITING_USER_INPUT');
    expect(waiting?.data).to.match(new RegExp(`^${emulator.bank}/\\?item=`));
    expect(waiting?.data).to.contain('document=123.456.789-09');
  });

  it('denied at the bank: pluggy-error USER_AUTHORIZATION_NOT_GRANTED and item/error; the widget says so and offers to try again', async () => {
    await toBank();
    await click(button(`Ir para o ${bank}`));
    const failed = nextDetail(element, 'pluggy-error');
    await answerAtBank('Recusar');
    const { message, data } = await failed;
    expect(message).to.equal('User did not authorize the access at the institution');
    expect(data?.item).to.include({ status: 'LOGIN_ERROR', executionStatus: 'USER_AUTHORIZATION_NOT_GRANTED' });
    expect(flow).to.deep.equal([...sentToBank, 'ITEM_RESPONSE', 'error']);
    const webhooks = await webhooksFor(data!.item.id, 2);
    expect(webhooks.map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/error']);
    expect(webhooks[1].error).to.deep.equal({ code: 'USER_AUTHORIZATION_NOT_GRANTED', message });
    await waitFor(heading('Não foi possível conectar'));
    expect((await read()).text).to.contain('Você não autorizou o compartilhamento dos dados no banco.');
    expectPageInert('after the bank closed');
    expect(focused()).to.equal('iframe (the widget)');
    await click(button('Tentar novamente'));
    await waitFor(heading(`Entre na sua conta ${bank}`));
  });

  it("the bank's window closed without an answer: no callback; the person opens it again and approves", async () => {
    await toBank();
    await click(button(`Ir para o ${bank}`));
    await waitFor(heading(`Entre no ${bank}`), emulator.bank);
    expectPageInert('while the bank is open');
    await closeBank();
    await waitFor(heading('A janela do banco foi fechada'));
    expect(flow).to.deep.equal(sentToBank);
    expectPageInert('after the bank was closed');
    expect(focused(), 'the focus is back in the widget').to.equal('iframe (the widget)');
    const succeeded = nextDetail(element, 'pluggy-success');
    await click(button('Abrir o banco de novo'));
    await answerAtBank('Autorizar');
    const { item } = await succeeded;
    expect(flow).to.deep.equal([...sentToBank, ...collected]);
    expect((await webhooksFor(item.id, 3)).map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
  });

  it("the bank's window closed without an answer: the person goes back to the CPF", async () => {
    await toBank();
    await click(button(`Ir para o ${bank}`));
    await waitFor(heading(`Entre no ${bank}`), emulator.bank);
    await closeBank();
    await click(button('Voltar'));
    await waitFor(heading(`Entre na sua conta ${bank}`));
    expect(flow).to.deep.equal(sentToBank);
  });

  it('the window blocked by the browser: the widget offers a link, which opens the bank, and the consent connects', async () => {
    await toBank();
    await blockPopups();
    await click(button(`Ir para o ${bank}`));
    await waitFor(heading('Não foi possível abrir o banco'));
    const succeeded = nextDetail(element, 'pluggy-success');
    await click(link(`Abrir o ${bank}`));
    await waitFor(heading(`Entre no ${bank}`), emulator.bank);
    expectPageInert('while the bank is open');
    await answerAtBank('Autorizar');
    const { item } = await succeeded;
    // Where the bank's tab (opened by a link, not by script) could not close itself, the person closes it.
    await closeBank();
    expect(flow).to.deep.equal([...sentToBank, ...collected]);
    expect((await webhooksFor(item.id, 3)).map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
    expectPageInert('after the bank closed');
    // WebKit's WebDriver must switch windows to close the bank's tab, and the switch back takes the
    // focus out of frames (nothing has it then, the page behind stays inert): elsewhere, the widget.
    expect(focused(), 'the focus is back in the widget').to.equal(engine === 'webkit' ? 'body' : 'iframe (the widget)');
  });
});

describe('Open Finance: force-oauth-in-browser', function () {
  this.timeout(20_000);

  it('says the person goes on in their browser', async () => {
    element = await fixture(html`<pluggy-connect connect-url=${emulator.source} force-oauth-in-browser></pluggy-connect>`);
    element.connectToken = mintToken();
    await element.show();
    await toBank();
    expect((await read()).text).to.contain('pelo seu navegador');
    await element.close();
  });
});
