// The default trigger: feedback from the moment of the click (`open` at once, custom states, a busy
// button), `disabled`, and what keyboard and screen-reader users get (its focus ring, an axe audit).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { connectFixture, nextChild, openChild } from './helpers.js';

const buttonOf = (element: PluggyConnectElement) => element.shadowRoot!.querySelector('button')!;
const states = (element: PluggyConnectElement) => ['opening', 'open', 'hidden'].filter((state) => element.matches(`:state(${state})`));

/** The relative luminance of an `rgb(…)` colour (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

describe('the trigger', () => {
  it('is open at once on show(), with :state(opening) and aria-busy until the widget is on screen', async () => {
    const element = await connectFixture();
    const button = buttonOf(element);
    const samples: Array<{ busy: string | null; states: string[] }> = [];
    const sample = () => samples.push({ busy: button.getAttribute('aria-busy'), states: states(element) });
    const opened = oneEvent(element, 'pluggy-open');
    const child = nextChild();
    void element.show();
    expect(element.open).to.equal(true);
    expect(element.hasAttribute('open')).to.equal(false); // reflected on the next update
    await element.updateComplete;
    expect(element.hasAttribute('open')).to.equal(true);
    const widget = { visible: false };
    void opened.then(() => (widget.visible = true));
    // Every frame until the widget is on screen.
    while (!widget.visible) {
      sample();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(samples.length).to.be.greaterThan(0);
    expect(samples.every((seen) => seen.busy === 'true' && seen.states.join() === 'opening'), JSON.stringify(samples)).to.equal(true);
    await child;
    await element.updateComplete;
    expect([button.getAttribute('aria-busy'), states(element)]).to.deep.equal(['false', ['open']]);
    await element.hide();
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['hidden']);
    await element.close();
    await element.updateComplete;
    expect([element.open, states(element), button.getAttribute('aria-expanded')]).to.deep.equal([false, [], 'false']);
  });

  it('shows that it is busy in its label while the widget opens', async () => {
    const element = await connectFixture('language="en"');
    const button = buttonOf(element);
    expect(button.textContent).to.equal('Connect account');
    void element.show();
    await element.updateComplete;
    expect(button.textContent).to.equal('Connecting…');
    await oneEvent(element, 'pluggy-open');
    await element.updateComplete;
    expect(button.textContent).to.equal('Connect account');
    await element.close();
  });

  it('disabled: a click opens nothing, the button says so, and show() from code still opens', async () => {
    const element = await connectFixture('disabled');
    const button = buttonOf(element);
    expect(button.disabled).to.equal(true);
    element.click();
    button.click();
    expect(element.open, 'show() sets open at once: a click that opened would show here').to.equal(false);
    await openChild(element);
    expect(element.open).to.equal(true);
    await element.close();
  });

  it('has a two-tone focus ring that shows on light and on dark pages (3:1 or more)', async () => {
    const element = await connectFixture();
    const button = buttonOf(element);
    button.focus();
    await sendKeys({ press: 'Shift' }); // a keyboard event: :focus-visible
    const style = getComputedStyle(button);
    expect(button.matches(':focus-visible')).to.equal(true);
    const outer = style.outlineColor;
    const inner = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? '';
    expect(contrast(outer, inner), 'the two tones').to.be.at.least(3);
    for (const page of ['rgb(255, 255, 255)', 'rgb(17, 17, 17)']) {
      expect(Math.max(contrast(outer, page), contrast(inner, page)), `on ${page}`).to.be.at.least(3);
    }
  });

  for (const [theme, background] of [
    ['light', '#fff'],
    ['dark', '#111'],
  ] as const) {
    it(`passes an axe audit closed and open, on a ${theme} page`, async () => {
      document.body.style.background = background;
      try {
        const element = await connectFixture(`theme="${theme}"`);
        await expect(element).to.be.accessible();
        await openChild(element);
        await element.updateComplete;
        await expect(element).to.be.accessible();
        await element.close();
      } finally {
        document.body.style.background = '';
      }
    });
  }
});
