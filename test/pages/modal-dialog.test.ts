// The trigger inside the page's own modal <dialog> (opened with showModal()), as onboarding wizards
// and settings modals have it: the widget must be on top of it, usable, and the page's dialog must
// be as it was afterwards.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { PluggyConnectElement } from '../../src/index.js';
import { mintToken } from '../../emulator/src/token.js';
import { button, click, emulator, heading, signIn, waitFor, widgetFrame } from '../../emulator/test/helpers.js';

/** The centre of a box, in the viewport's pixels. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe("inside the page's own modal dialog", function () {
  this.timeout(20_000);

  it('the widget opens on top of it, connects, and leaves the dialog open with the focus on the trigger', async () => {
    const settings = await fixture<HTMLDialogElement>(html`
      <dialog aria-label="Settings">
        <p>Link the account your payments come from.</p>
        <pluggy-connect connect-url=${emulator.source} include-sandbox></pluggy-connect>
        <button type="button">Cancel</button>
      </dialog>
    `);
    settings.showModal();
    const element = settings.querySelector<PluggyConnectElement>('pluggy-connect')!;
    element.connectToken = mintToken();
    await element.updateComplete;
    const trigger = element.shadowRoot!.querySelector('button')!;

    await sendMouse({ type: 'click', position: centre(trigger) });
    await waitFor(heading('Conecte sua conta com segurança'));
    const frame = widgetFrame()!;
    expect(document.elementFromPoint(...centre(frame)), "what is at the widget's centre").to.equal(frame);

    const succeeded = oneEvent(element, 'pluggy-success');
    await signIn('user-ok');
    await succeeded;
    const closed = oneEvent(element, 'pluggy-close');
    await click(button('Concluir'));
    await closed;

    expect(settings.open && settings.matches(':modal'), "the page's dialog is still open, and modal").to.equal(true);
    expect([document.activeElement, element.shadowRoot!.activeElement], 'focus is back on the trigger').to.deep.equal([element, trigger]);
  });
});
