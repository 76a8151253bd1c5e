// Each widget option the emulator honours, as a user of the widget sees it.
import { expect, oneEvent } from '@open-wc/testing';
import { button, click, count, emulatorFixture, field, fill, heading, nextDetail, read, signIn, valueOf, waitFor, webhooksFor } from './helpers.js';

async function openWith(attributes: string) {
  const element = await emulatorFixture(attributes);
  await element.show();
  return element;
}

async function listed(attributes: string): Promise<string[]> {
  await openWith(attributes);
  await click(button('Continuar'));
  await waitFor(heading('Selecione sua instituição'));
  return (await read()).connectors;
}

describe('the emulator honours the widget options', function () {
  this.timeout(20_000);

  const headings = [
    ['', 'Portuguese by default', 'Conecte sua conta com segurança'],
    ['language="en"', 'English with language="en"', 'Connect your account securely'],
    ['language="es"', 'Spanish with language="es"', 'Conecta tu cuenta de forma segura'],
    ['language="fr"', 'Portuguese for a language it does not support', 'Conecte sua conta com segurança'],
  ];
  for (const [attribute, speaks, heading] of headings) {
    it(`speaks ${speaks}`, async () => {
      await openWith(attribute);
      expect((await read()).heading).to.equal(heading);
    });
  }

  it('is light by default and dark with theme="dark"', async () => {
    await openWith('');
    expect((await read()).background).to.equal('rgb(255, 255, 255)');
    await openWith('theme="dark"');
    expect((await read()).background).to.equal('rgb(18, 18, 18)');
  });

  it('lists no sandbox connector without include-sandbox', async () => {
    expect(await listed('')).not.to.include('Pluggy Bank');
  });

  it('lists the sandbox bank first with include-sandbox', async () => {
    expect((await listed('include-sandbox'))[0]).to.equal('Pluggy Bank');
  });

  it('lists only the connector types of connector-types', async () => {
    expect(await listed('connector-types="BUSINESS_BANK"')).to.deep.equal(['Meridiano Empresas', 'Meridiano Empresas Open Finance']);
  });

  it('lists only the countries of countries', async () => {
    expect(await listed('countries="MX"')).to.deep.equal(['Banco del Sol']);
  });

  it('lists only the connectors of connector-ids', async () => {
    expect(await listed('include-sandbox connector-ids="0, 603"')).to.deep.equal(['Pluggy Bank', 'Corretora Horizonte']);
  });

  it('sorts the list A–Z with connector-sort-alphabetically', async () => {
    const names = await listed('connector-sort-alphabetically');
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('skips the list for selected-connector-id, without a SELECTED_INSTITUTION event', async () => {
    const element = await openWith('selected-connector-id="603"');
    const events: string[] = [];
    element.addEventListener('pluggy-event', ({ detail }) => events.push(detail.event));
    await click(button('Continuar'));
    await waitFor(heading('Entre na sua conta Corretora Horizonte'));
    expect(events).to.deep.equal(['SUBMITTED_CONSENT']);
  });

  it('shows the products of products on the consent, and collects only those', async () => {
    const element = await openWith('include-sandbox products="ACCOUNTS TRANSACTIONS"');
    expect((await read()).text).to.contain('Contas').and.to.contain('Transações').and.not.to.contain('Investimentos');
    const statuses: string[] = [];
    element.addEventListener('pluggy-item-response', ({ detail }) => statuses.push(detail.item.executionStatus));
    const succeeded = nextDetail(element, 'pluggy-success');
    await signIn('user-ok');
    await succeeded;
    expect(statuses).to.deep.equal(['LOGIN_IN_PROGRESS', 'ACCOUNTS_IN_PROGRESS', 'TRANSACTIONS_IN_PROGRESS', 'SUCCESS']);
  });

  it('pre-fills the CPF of open-finance-parameters on an Open Finance connector', async () => {
    await openWith(`selected-connector-id="604" open-finance-parameters='{"cpf":"123.456.789-09"}'`);
    await click(button('Continuar'));
    expect(await valueOf(field('CPF'))).to.equal('123.456.789-09');
  });

  it('pre-fills the CNPJ of open-finance-parameters on an Open Finance business connector', async () => {
    await openWith(`selected-connector-id="606" open-finance-parameters='{"cnpj":"12.345.678/0001-95"}'`);
    await click(button('Continuar'));
    expect(await valueOf(field('CNPJ'))).to.equal('12.345.678/0001-95');
  });

  it('opens on the credentials of the item of update-item, and reports the same item updated', async () => {
    const first = await openWith('include-sandbox');
    const created = nextDetail(first, 'pluggy-success');
    await signIn('user-ok', { connector: 'Banco Aurora' });
    const { item } = await created;
    // Its webhooks leave from the emulator's page, one after another: closing it at once would drop
    // those still queued (docs/emulator.md).
    await webhooksFor(item.id, 2);
    await first.close();

    const element = await openWith(`update-item="${item.id}"`);
    await waitFor(heading('Atualize sua conexão com Banco Aurora'));
    await fill(field('Usuário'), 'user-ok');
    await fill(field('Senha'), 'password-ok');
    const updated = nextDetail(element, 'pluggy-success');
    await click(button('Conectar'));
    expect((await updated).item.id).to.equal(item.id);
    const webhooks = await webhooksFor(item.id, 4);
    expect(webhooks.map((webhook) => webhook.event).slice(2)).to.deep.equal(['item/login_succeeded', 'item/updated']);
  });

  it('offers no minimise control without allow-connect-in-background', async () => {
    await openWith('');
    expect(await count(button('Continuar em segundo plano'))).to.equal(0);
  });

  it('minimises with allow-connect-in-background, and keeps connecting in the background', async () => {
    const element = await openWith('include-sandbox allow-connect-in-background');
    await signIn('user-ok');
    const hidden = oneEvent(element, 'pluggy-hide');
    const succeeded = nextDetail(element, 'pluggy-success');
    await click(button('Continuar em segundo plano'));
    await hidden;
    await succeeded;
    expect(element.open).to.equal(true);
    expect(document.body.className).to.equal('');
  });
});
