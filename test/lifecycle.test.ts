// A session's life as pages make it happen (src/lifecycle.ts): frameworks that move the element
// in one task, and people who click a second trigger while the first one's token is on its way.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { connectUrl, openChild, recordChildren, recordEvents, token } from './helpers.js';

const lifecycle = ['pluggy-open', 'pluggy-close'];

/** Two places in a page, and an element with a token in the first, its trigger focused. */
async function movablePage() {
  const page = await fixture<HTMLElement>(html`<div><section></section><aside></aside></div>`);
  const element = document.createElement('pluggy-connect');
  Object.assign(element, { connectUrl, connectToken: token });
  page.querySelector('section')!.append(element);
  await element.updateComplete;
  const trigger = element.shadowRoot!.querySelector('button')!;
  trigger.focus();
  return { element, trigger, elsewhere: page.querySelector('aside')! };
}

/** Whether the focus is on `trigger`, in the element's shadow root. */
const focusedOn = (element: PluggyConnectElement, trigger: HTMLElement) => document.activeElement === element && element.shadowRoot!.activeElement === trigger;

/** Lets the task end, and the next one run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('the lifecycle on real pages', function () {
  this.timeout(10_000);

  it('a move within one task, as frameworks re-parent, keeps the widget; closing it then gives the focus back to the trigger', async () => {
    const { element, trigger, elsewhere } = await movablePage();
    await openChild(element);
    const seen = recordEvents(element, lifecycle);
    element.remove();
    await Promise.resolve();
    elsewhere.append(element);
    await nextTask();
    expect([element.open, document.querySelectorAll('body > [data-pluggy-connect]').length, seen.length]).to.deep.equal([true, 1, 0]);
    await element.close();
    expect(seen.map((event) => event.type)).to.deep.equal(['pluggy-close']);
    expect(focusedOn(element, trigger), 'focus is on the trigger').to.equal(true);
  });

  it('a session that ends while its trigger is being moved gives the focus back once the trigger is in the document again', async () => {
    const { element, trigger, elsewhere } = await movablePage();
    await openChild(element);
    element.remove();
    await element.close();
    elsewhere.append(element);
    await nextTask();
    expect(focusedOn(element, trigger), 'focus is on the trigger').to.equal(true);
  });

  it('the last click wins: a trigger clicked while another one waits for a slow token-url shows its widget alone', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <pluggy-connect id="slow" token-url="/test/token?delay=800" connect-url=${connectUrl}></pluggy-connect>
      <pluggy-connect id="quick" connect-url=${connectUrl}></pluggy-connect>
    </div>`);
    const [slow, quick] = [...page.querySelectorAll('pluggy-connect')];
    quick.connectToken = token;
    const seenSlow = recordEvents(slow, lifecycle);
    const seenQuick = recordEvents(quick, lifecycle);
    const { children, stop } = recordChildren();
    slow.shadowRoot!.querySelector('button')!.click();
    // The second click, while the first token is on its way.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const opened = oneEvent(quick, 'pluggy-open');
    quick.shadowRoot!.querySelector('button')!.click();
    // The slow one's session ends silently at the second click, and nothing of it may show after its
    // token would have arrived. A request like its own, sent now, is answered 100 ms after it would be.
    const slowTokenIsDue = fetch('/test/token?delay=800', { method: 'POST' }).then((response) => response.text());
    await opened;
    await slowTokenIsDue;
    stop();
    expect([slow.open, quick.open]).to.deep.equal([false, true]);
    expect(seenSlow, 'the slow one fired nothing').to.deep.equal([]);
    expect(seenQuick.map((event) => event.type)).to.deep.equal(['pluggy-open']);
    expect(children.map((config) => config.connectToken), 'the widgets ever rendered').to.deep.equal([token]);
    expect(document.querySelectorAll('body > [data-pluggy-connect]')).to.have.length(1);
    await quick.close();
  });
});
