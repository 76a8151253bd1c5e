import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { call, connectFixture, connectUrl, openChild, play, recordEvents } from './helpers.js';

const item = {
  id: 'a1b2c3',
  status: 'UPDATED',
  executionStatus: 'SUCCESS',
  connector: { id: 201, name: 'Pluggy Bank' },
  createdAt: '2026-11-26T12:00:00.000Z',
};

/** Every `onEvent` type the SDK declares, with its documented extra data, and its event name. */
const eventTypes = [
  ['SUBMITTED_CONSENT', {}, 'pluggy-submitted-consent'],
  ['SELECTED_INSTITUTION', { connector: item.connector }, 'pluggy-selected-institution'],
  ['SUBMITTED_LOGIN', {}, 'pluggy-submitted-login'],
  ['SUBMITTED_MFA', {}, 'pluggy-submitted-mfa'],
  ['LOGIN_SUCCESS', { item }, 'pluggy-login-success'],
  ['LOGIN_MFA_SUCCESS', { item }, 'pluggy-login-mfa-success'],
  ['LOGIN_STEP_COMPLETED', { item }, 'pluggy-login-step-completed'],
  ['ITEM_RESPONSE', { item }, 'pluggy-item-response'],
] as const;

describe('events', () => {
  it('fires pluggy-open, bubbling and composed, when the widget is displayed', async () => {
    const element = await connectFixture();
    const opened = oneEvent(document, 'pluggy-open');
    void element.show();
    const event = await opened;
    expect(event.target).to.equal(element);
    expect([event.bubbles, event.composed, event.detail]).to.deep.equal([true, true, null]);
  });

  it('fires pluggy-success with the onSuccess payload as detail', async () => {
    const element = await connectFixture();
    const child = await openChild(element);
    const success = oneEvent(document, 'pluggy-success');
    await play(child, call('onSuccessProp', { item }));
    expect((await success).detail).to.deep.equal({ item });
  });

  it('fires pluggy-error with the onError payload as detail', async () => {
    const element = await connectFixture();
    const child = await openChild(element);
    const error = oneEvent(document, 'pluggy-error');
    await play(child, call('onErrorProp', { message: 'Invalid credentials', data: { item } }));
    expect((await error).detail).to.deep.equal({ message: 'Invalid credentials', data: { item } });
  });

  for (const [type, extra, name] of eventTypes) {
    it(`fires pluggy-event and ${name} for an onEvent of type ${type}`, async () => {
      const element = await connectFixture();
      const child = await openChild(element);
      const seen = recordEvents(document, ['pluggy-event', name]);
      const payload = { event: type, timestamp: 1764158400000, ...extra };
      await play(child, call('onEventProp', payload));
      expect(seen).to.deep.equal([
        { type: 'pluggy-event', detail: payload },
        { type: name, detail: payload },
      ]);
    });
  }

  it('gives an onEvent type the SDK does not know yet its own event, by rule', async () => {
    const element = await connectFixture();
    const child = await openChild(element);
    const future = oneEvent(element, 'pluggy-consent-revoked-by-user');
    await play(child, call('onEventProp', { event: 'CONSENT_REVOKED_BY_USER', timestamp: 1 }));
    expect((await future).detail).to.deep.equal({ event: 'CONSENT_REVOKED_BY_USER', timestamp: 1 });
  });

  it('fires pluggy-hide when the user minimises the widget, which stays open', async () => {
    const element = await connectFixture('allow-connect-in-background');
    const child = await openChild(element);
    const hidden = oneEvent(element, 'pluggy-hide');
    await play(
      child,
      { action: 'post', message: JSON.stringify({ type: 'CONTINUE_IN_BACKGROUND' }) },
      call('hide'),
      call('onHideProp'),
    );
    expect((await hidden).detail).to.equal(null);
    expect(element.open).to.equal(true);
    expect(document.body.className).to.equal('');
  });

  it('takes the scroll lock off a minimised widget whose connect-url the SDK cannot match (a query)', async () => {
    const element = await connectFixture('allow-connect-in-background');
    element.connectUrl = `${connectUrl}?from=test`;
    const child = await openChild(element);
    expect(child.config.url).to.equal(`${connectUrl}/?from=test`);
    expect(document.body.className).not.to.equal('');
    const hidden = oneEvent(element, 'pluggy-hide');
    await play(child, call('hide'), call('onHideProp'));
    await hidden;
    expect(document.body.className).to.equal('');
  });

  it('fires pluggy-close once when the user closes the widget', async () => {
    const element = await connectFixture();
    const child = await openChild(element);
    const seen = recordEvents(element, ['pluggy-close']);
    await play(child, call('close'));
    expect(seen).to.have.length(1);
    expect(element.open).to.equal(false);
    expect(element.hasAttribute('open')).to.equal(false);
  });
});
