// <pluggy-connect> on a phone-sized touch screen: Chromium's device emulation of an iPhone 13
// (390×844 CSS px, device pixel ratio 3, touch, its user agent; see test/server/device.mjs), with
// the Connect emulator. What a user sees: the widget takes the whole screen (a modal with
// allow-fullscreen="false"), no screen of it scrolls sideways, a tap opens it (the finger going down
// already loads its code), and the page behind stays put while it shows. The screenshots of the
// phone layout land in test-results/phone/ (`npm run screenshots` copies them to docs/screenshots/).
// Firefox and WebKit have no device emulation: there the page gets the phone's size alone, and the
// layout tests run (the touch tests are Chromium's).
//
// The page declares its viewport as a page made for phones does (`width=device-width`): without
// one, a phone lays the page out 980 px wide, and the SDK's full-screen rule (`max-width: 500px`)
// never applies: the widget is then a 320×568 modal on a page shown at 40%.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PluggyConnectElement } from '../src/index.js';
import { mintToken } from '../emulator/src/token.js';
import { allProducts, button, emulator, emulatorFixture, field, heading, layout, screens, waitFor, widgetFrame, type Target } from '../emulator/test/helpers.js';
import { engine, itInChromiumOnly } from './engine.js';
import { centre, sdkLoaded } from './preload/helpers.js';

const screen = { width: 390, height: 844 };
const consent = heading('Conecte sua conta com segurança');

/** Switches the page to the phone and back: true with Chromium's device emulation, false with the phone's size alone (Firefox, WebKit). */
const device = (phone: boolean) => executeServerCommand<boolean, { phone: boolean }>('device', { phone });
/** A tap (the finger down and up at once) at a point of the screen, in CSS px. */
const tap = ([x, y]: [number, number]) => executeServerCommand('touch', { action: 'tap', x, y });
/** A tap on a control in the widget, found by role and name. */
const tapIn = (target: Target) => executeServerCommand('touch', { action: 'tap', target });
/** A finger dragged from one point to another, and lifted. */
const swipe = ([x, y]: [number, number], [toX, toY]: [number, number]) => executeServerCommand('touch', { action: 'swipe', x, y, toX, toY });
/** Why the touch tests are Chromium's. */
const touchOnly = "touch input is Chromium's DevTools protocol";
/** Saves the screen as test-results/phone/phone-`name`.png, at a device pixel ratio of 2 (3 makes big files). */
const screenshot = (name: string) => executeServerCommand('device-screenshot', { name: `phone-${name}`, scale: 2 });

const triggerOf = (element: PluggyConnectElement) => element.shadowRoot!.querySelector('button')!;
/** What a finger at this point of the screen touches: the widget's frame, the rest of the widget (its overlay, its box), or the page. */
function touched(x: number, y: number): 'frame' | 'widget' | 'page' {
  const target = document.elementFromPoint(x, y);
  if (target && target === widgetFrame()) return 'frame';
  return target?.closest('[data-pluggy-connect]') ? 'widget' : 'page';
}
/** Time for any scroll a swipe started to show. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Once the widget has loaded (`show()` on an open element resolves then), its consent screen is
 * on screen. (`pluggy-open` comes earlier, as the widget's box shows, while its frame may still be
 * loading: the `emulator` command can then lose the frame's document to that navigation.)
 */
async function consentShown(element: PluggyConnectElement): Promise<void> {
  await element.show();
  await waitFor(consent);
}

/** Taps the trigger (in Firefox and WebKit, which have no touch here, clicks it) and resolves once the widget shows its consent screen. */
async function tapOpen(element: PluggyConnectElement): Promise<void> {
  const opened = oneEvent(element, 'pluggy-open');
  const [x, y] = centre(triggerOf(element));
  await (engine === 'chromium' ? tap([x, y]) : sendMouse({ type: 'click', position: [x, y] }));
  await opened;
  await consentShown(element);
}

describe('on a phone-sized screen', function () {
  this.timeout(15_000); // a few seconds each: a failure shows before the runner's 120 s for the file

  let viewport: HTMLMetaElement | undefined;
  /** The page's size on the phone: the phone's screen, but in WebKit (see below). */
  let size = screen;
  before(async () => {
    const emulated = await device(true);
    expect(emulated, "Chromium's device emulation").to.equal(engine === 'chromium');
    viewport = Object.assign(document.createElement('meta'), { name: 'viewport', content: 'width=device-width, initial-scale=1' });
    document.head.append(viewport);
    size = { width: innerWidth, height: innerHeight };
    expect(size.height).to.equal(screen.height);
    // WebKitGTK's MiniBrowser cannot make its window narrower than its toolbar: the page is a
    // little wider than the phone's screen there (447 px), and still under the SDK's full-screen
    // width (500 px).
    if (engine === 'webkit') expect(size.width).to.be.within(screen.width, 499);
    else expect(size.width).to.equal(screen.width);
    if (emulated) expect([devicePixelRatio, navigator.maxTouchPoints > 0]).to.deep.equal([3, true]);
  });
  after(async () => {
    await device(false);
    viewport?.remove();
  });

  // First in this file: the SDK loads once per page, and this shows a touch loading it.
  itInChromiumOnly("a finger going down on the trigger loads the widget's code before any click; lifting it (a tap) opens the widget", touchOnly, async () => {
    const element = await emulatorFixture('include-sandbox');
    expect(sdkLoaded(), 'the SDK was loaded before the touch: this test must run first in its page').to.equal(false);
    let clicks = 0;
    element.addEventListener('click', () => clicks++);
    const opened = oneEvent(element, 'pluggy-open');
    const [x, y] = centre(triggerOf(element));
    await executeServerCommand('touch', { action: 'down', x, y });
    try {
      await waitUntil(sdkLoaded, 'the finger going down did not load the SDK', { timeout: 3000 });
      expect(clicks, 'no click while the finger is down').to.equal(0);
      expect(element.open).to.equal(false);
    } finally {
      await executeServerCommand('touch', { action: 'up' });
    }
    await opened;
    expect(clicks, 'lifting the finger clicked once').to.equal(1);
    await consentShown(element);
    await element.close();
  });

  it('by default the widget takes the whole screen', async () => {
    const element = await emulatorFixture('include-sandbox');
    await tapOpen(element);
    const frame = widgetFrame()!;
    // Rounded: WebKit lays the frame out a fraction of a pixel short of the page (843.98 px).
    const { x, y, width, height } = frame.getBoundingClientRect();
    expect([x, y, width, height].map(Math.round)).to.deep.equal([0, 0, size.width, size.height]);
    // The very corners are the widget's box (the SDK rounds its content's corners, 10 px, even
    // full screen); a little inside them, and in the middle, is the Connect app itself.
    const [right, bottom] = [size.width - 1, size.height - 1];
    for (const [px, py] of [[0, 0], [right, 0], [0, bottom], [right, bottom]] as const) {
      expect(touched(px, py), `at ${px},${py}`).not.to.equal('page');
    }
    for (const [px, py] of [[10, 10], [right - 10, 10], [10, bottom - 10], [right - 10, bottom - 10], [Math.round(size.width / 2), Math.round(size.height / 2)]] as const) {
      expect(touched(px, py), `at ${px},${py}`).to.equal('frame');
    }
    // With Chromium's emulation, the Connect app in it is told it runs on a phone (Chromium
    // emulates the screen's metrics and touch for the page's own target only: the cross-origin
    // frame still reports a devicePixelRatio of 1 and no touch points).
    if (engine === 'chromium') expect((await layout()).userAgent).to.contain('iPhone');
    await element.close();
  });

  it('with allow-fullscreen="false" it is a modal: smaller than the screen, which shows around it', async () => {
    const element = await emulatorFixture('include-sandbox allow-fullscreen="false"');
    await tapOpen(element);
    const frame = widgetFrame()!;
    const box = frame.getBoundingClientRect();
    expect(box.width).to.be.below(size.width);
    expect(box.height).to.be.below(size.height);
    expect(box.left).to.be.greaterThan(0);
    expect(box.top).to.be.greaterThan(0);
    expect(box.right).to.be.below(size.width);
    expect(box.bottom).to.be.below(size.height);
    expect(touched(1, 1), "the screen's corner shows the overlay").to.equal('widget');
    expect(touched(...centre(frame))).to.equal('frame');
    await element.close();
  });

  for (const [mode, attributes] of [
    ['full screen', ''],
    ['modal', 'allow-fullscreen="false"'],
  ]) {
    for (const [name, reach] of Object.entries(screens)) {
      it(`the ${name} screen does not scroll sideways (${mode})`, async () => {
        const element = await emulatorFixture(`include-sandbox allow-connect-in-background products="${allProducts}" ${attributes}`);
        await element.show();
        await reach();
        const widget = await layout();
        expect(widget.innerWidth, 'the widget is as wide as its frame').to.equal(Math.round(widgetFrame()!.getBoundingClientRect().width));
        expect(widget.scrollWidth, 'the document is no wider than the frame').to.be.at.most(widget.clientWidth);
        expect(widget.sideways, 'boxes that scroll sideways').to.deep.equal([]);
        await element.close();
      });
    }
  }

  for (const [mode, attributes, where] of [
    ['full screen', '', 'on the widget'],
    ['modal', 'allow-fullscreen="false"', 'on the overlay around the widget'],
  ] as const) {
    itInChromiumOnly(`the page behind does not scroll while the widget shows, ${where} (${mode}), and scrolls again once it closes`, touchOnly, async () => {
      const page = await fixture<HTMLElement>(html`
        <main>
          <pluggy-connect connect-url=${emulator.source} include-sandbox allow-fullscreen=${attributes ? 'false' : 'true'}></pluggy-connect>
          <div style="height: ${screen.height * 4}px">A page taller than the screen</div>
        </main>
      `);
      const element = page.querySelector('pluggy-connect')!;
      element.connectToken = mintToken();
      window.scrollTo(0, 0);
      await tapOpen(element);
      expect(getComputedStyle(document.body).overflow, 'the page is locked').to.equal('hidden');
      // Upwards from low on the screen: in the widget, or on the overlay above it.
      const from: [number, number] = where === 'on the widget' ? [195, 700] : [195, 100];
      const to: [number, number] = where === 'on the widget' ? [195, 200] : [195, 10];
      expect(touched(...from)).to.equal(where === 'on the widget' ? 'frame' : 'widget');
      await swipe(from, to);
      await settled();
      expect(scrollY, 'swiping scrolled the page behind the widget').to.equal(0);

      const closed = oneEvent(element, 'pluggy-close');
      await tapIn(button('Fechar'));
      await closed;
      expect(getComputedStyle(document.body).overflow, 'the page is unlocked').to.equal('visible');
      await swipe([195, 700], [195, 200]);
      await waitUntil(() => scrollY > 100, 'the same swipe did not scroll the page once the widget closed');
      window.scrollTo(0, 0);
    });
  }

  itInChromiumOnly('a connection made by taps alone, from the trigger to Concluir (and screenshots of each screen)', touchOnly, async () => {
    const page = await fixture<HTMLElement>(html`
      <main style="font: 16px/1.5 system-ui, sans-serif; padding: 16px">
        <h1 style="font-size: 22px">Conecte seu banco</h1>
        <p>Traga suas contas para o app em poucos passos, com segurança.</p>
        <pluggy-connect connect-url=${emulator.source} include-sandbox></pluggy-connect>
      </main>
    `);
    const element = page.querySelector('pluggy-connect')!;
    element.connectToken = mintToken();
    await element.updateComplete;
    await screenshot('trigger');
    await tapOpen(element);
    await screenshot('consent');
    await tapIn(button('Continuar'));
    await waitFor(heading('Selecione sua instituição'));
    await screenshot('connectors');
    await tapIn(button('Pluggy Bank'));
    await waitFor(heading('Entre na sua conta Pluggy Bank'));
    await screenshot('credentials');
    await tapIn(field('Usuário'));
    await sendKeys({ type: 'user-ok' });
    await tapIn(field('Senha'));
    await sendKeys({ type: 'password-ok' });
    const succeeded = oneEvent(element, 'pluggy-success');
    await tapIn(button('Conectar'));
    await waitFor(heading('Conta conectada!'));
    await succeeded;
    await screenshot('success');
    const closed = oneEvent(element, 'pluggy-close');
    await tapIn(button('Concluir'));
    await closed;
  });
});
