// The `scenario` query parameter: the emulator plays a whole flow by itself, for end-to-end
// tests that do not want to click through it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulator, emulatorFixture, heading, nextDetail, recordFlow, waitFor, webhooksFor } from './helpers.js';

async function play(scenario: string, attributes = 'include-sandbox') {
  const element = await emulatorFixture(attributes, { query: `/?scenario=${scenario}` });
  const flow = recordFlow(element);
  return { element, flow, shown: element.show() };
}

/** A connection's callbacks and events, but the item's updates. */
const connected = ['open', 'SUBMITTED_CONSENT', 'SELECTED_INSTITUTION', 'SUBMITTED_LOGIN', 'LOGIN_SUCCESS', 'LOGIN_STEP_COMPLETED', 'success'];

describe('the emulator plays the scenario of its URL', function () {
  this.timeout(20_000);

  it('success: the item is created, as the page and the webhooks tell', async () => {
    const { element, flow } = await play('success');
    const { item } = await nextDetail(element, 'pluggy-success');
    expect(flow.filter((name) => name !== 'ITEM_RESPONSE')).to.deep.equal(connected);
    expect((await webhooksFor(item.id, 2)).map((webhook) => webhook.event)).to.deep.equal(['item/login_succeeded', 'item/created']);
  });

  it('error: a wrong password ends in pluggy-error and item/error', async () => {
    const { element } = await play('error');
    const { data } = await nextDetail(element, 'pluggy-error');
    expect(data?.item.executionStatus).to.equal('INVALID_CREDENTIALS');
    expect((await webhooksFor(data!.item.id, 1))[0].event).to.equal('item/error');
  });

  it('mfa: the code step is played too, and the item is created', async () => {
    const { element, flow } = await play('mfa');
    const { item } = await nextDetail(element, 'pluggy-success');
    expect(flow).to.include.members(['SUBMITTED_MFA', 'LOGIN_MFA_SUCCESS']);
    expect((await webhooksFor(item.id, 3))[0].event).to.equal('item/waiting_user_input');
  });

  it('pending: pluggy-error with USER_AUTHORIZATION_PENDING, then item/updated by webhook only', async () => {
    const { element, flow } = await play('pending');
    const { data } = await nextDetail(element, 'pluggy-error');
    expect(data?.item.executionStatus).to.equal('USER_AUTHORIZATION_PENDING');
    expect((await webhooksFor(data!.item.id, 2)).map((webhook) => webhook.event)).to.deep.equal(['item/error', 'item/updated']);
    expect(flow).not.to.include('success');
  });

  it('hide: the widget minimises and the item is created in the background', async () => {
    const { element, flow } = await play('hide', 'include-sandbox allow-connect-in-background');
    await nextDetail(element, 'pluggy-success');
    expect(flow).to.include('hide');
    expect(flow.indexOf('hide')).to.be.lessThan(flow.indexOf('success'));
    expect(element.open).to.equal(true);
  });

  it('close: the user closes the widget at once', async () => {
    const { element, flow, shown } = await play('close');
    await oneEvent(element, 'pluggy-close');
    await shown;
    expect(flow.filter((name) => name !== 'open')).to.deep.equal(['close']);
  });

  it('oauth-success: the consent approved at the bank, the item created', async () => {
    const { element, flow } = await play('oauth-success', '');
    const { item } = await nextDetail(element, 'pluggy-success');
    expect(item.connector).to.include({ isOpenFinance: true });
    expect(flow.filter((name) => name !== 'ITEM_RESPONSE')).to.deep.equal(connected);
    expect((await webhooksFor(item.id, 3)).map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
  });

  it('oauth-denied: pluggy-error with USER_AUTHORIZATION_NOT_GRANTED, and item/error', async () => {
    const { element, flow } = await play('oauth-denied', '');
    const { data } = await nextDetail(element, 'pluggy-error');
    expect(data?.item.executionStatus).to.equal('USER_AUTHORIZATION_NOT_GRANTED');
    expect((await webhooksFor(data!.item.id, 2)).map((webhook) => webhook.event)).to.deep.equal(['item/waiting_user_input', 'item/error']);
    expect(flow).not.to.include('success');
  });

  it("oauth-closed and oauth-blocked: the widget waits for the person, with only the item's waiting reported", async () => {
    for (const [scenario, shown] of [
      ['oauth-closed', 'A janela do banco foi fechada'],
      ['oauth-blocked', 'Não foi possível abrir o banco'],
    ]) {
      const { element, flow } = await play(scenario, 'selected-connector-id="606"');
      await waitFor(heading(shown));
      await waitUntil(() => flow.length >= 5, `${scenario}: the waiting item was not reported`);
      expect(flow, scenario).to.deep.equal(['open', 'SUBMITTED_CONSENT', 'SUBMITTED_LOGIN', 'ITEM_RESPONSE', 'ITEM_RESPONSE']);
      await element.close();
    }
  });

  it('oauth-success, from the shipped build, with its own bank', async () => {
    const element = await emulatorFixture('', { url: emulator.built, query: '/?scenario=oauth-success' });
    void element.show();
    const { item } = await nextDetail(element, 'pluggy-success');
    expect(item.connector.isOpenFinance).to.equal(true);
  });

  it('success, from the shipped build served as static files', async () => {
    const element = await emulatorFixture('', { url: emulator.built, query: '/?scenario=success' });
    void element.show();
    const { item } = await nextDetail(element, 'pluggy-success');
    expect(item.connector.name).to.equal('Pluggy Bank');
  });
});
