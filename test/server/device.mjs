/**
 * Test-runner plugin: the test's page on a phone, as Chrome's DevTools device mode shows it.
 *
 * - `device` (`{ phone: true }` / `{ phone: false }`): switches the page to an iPhone 13's screen
 *   (390×844 CSS px, device pixel ratio 3, touch, a mobile user agent) and back to the runner's
 *   desktop page, and answers true. Firefox and WebKit have no such emulation: there the page
 *   gets the phone's size alone (Firefox: its viewport, device pixel ratio 3, through WebDriver
 *   BiDi; WebKit: the window, sized so that its viewport is 390×844), and the answer is false.
 *   In Chromium, through puppeteer's own `page.emulate()`, but in place: puppeteer reloads the page when touch
 *   or mobile changes, which would start the test file over. Without that reload the page keeps
 *   what it read at load (`'ontouchstart' in window` stays false); its layout, media queries
 *   (`pointer: coarse`), `navigator.maxTouchPoints`, `devicePixelRatio` and user agent change.
 *   Chromium emulates the screen's metrics and touch for the top-level page only: a cross-origin
 *   frame (the widget's) gets the user agent, but reports a `devicePixelRatio` of 1 and no touch
 *   points (`Emulation.setDeviceMetricsOverride` "can only be executed on top-level targets").
 * - `touch`: a finger on the screen, through the DevTools protocol (the page sees `touchstart`,
 *   `pointerdown`…, and a tap's `click`): `{ action: 'tap', x, y }`, or `{ action: 'tap', target }`
 *   for a control in the widget's frame (`{ role, name }`, as the `emulator` command finds it);
 *   `{ action: 'down', x, y }`, then `{ action: 'up' }`;
 *   `{ action: 'swipe', x, y, toX, toY }` (the finger down, moved there in steps, held still, and
 *   lifted: a drag, without a fling).
 * - `device-screenshot` (`{ name, scale? }`): the screen as the user sees it (the viewport, the
 *   widget's frame included), saved as test-results/phone/`name`.png (`npm run screenshots` copies them to docs/screenshots/); `scale` renders it at that
 *   device pixel ratio instead of the phone's.
 */
/* global document, innerWidth, innerHeight, requestAnimationFrame -- in the functions handed to evaluate(), which run in the browser */
import { mkdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { KnownDevices } from 'puppeteer-core';

const phone = KnownDevices['iPhone 13'];
const screenshots = new URL('../../test-results/phone/', import.meta.url);

/** The widget's frame: the SDK's iframe that is on the page (its title is the element's). */
async function widgetFrame(page, { wait = 10_000 } = {}) {
  const deadline = Date.now() + wait;
  for (;;) {
    for (const frame of page.frames().filter((candidate) => !candidate.detached && candidate !== page.mainFrame())) {
      const element = await frame.frameElement().catch(() => null);
      const onPage = await element?.evaluate((iframe) => iframe.isConnected && iframe.title === 'Pluggy Connect').catch(() => false);
      if (onPage) return frame;
    }
    if (Date.now() >= deadline) throw new Error('no widget frame on the page');
    await sleep(50);
  }
}

/**
 * Firefox and WebKit: the page at the phone's size (no touch, no phone user agent), and back.
 * `saved` keeps Firefox's viewport to restore, per session; WebKit's launcher gives each test file
 * the window's first size (scripts/engines.mjs).
 */
async function phoneSized(session, on, saved) {
  if (session.browser.type === 'webdriver') {
    if (!on) return false;
    const { driver } = session.browser;
    const rect = await driver.getWindowRect();
    // The window is the viewport and the browser's own frame around it: sized so the viewport is the phone's.
    const [width, height] = await driver.execute(() => [innerWidth, innerHeight]);
    await driver.setWindowRect(null, null, phone.viewport.width + rect.width - width, phone.viewport.height + rect.height - height);
    return false;
  }
  const page = session.browser.getPage(session.id);
  if (on) {
    saved.set(session.id, page.viewport());
    await page.setViewport({ width: phone.viewport.width, height: phone.viewport.height, deviceScaleFactor: phone.viewport.deviceScaleFactor });
  } else if (saved.has(session.id)) {
    await page.setViewport(saved.get(session.id));
    saved.delete(session.id);
  }
  return false;
}

export function deviceEmulation({ engine = 'chromium' } = {}) {
  /** Firefox: per session, the viewport to restore. */
  const sized = new Map();
  /** Per page on the phone: what to restore, and the finger that is down. */
  const phones = new Map();

  /** Puppeteer's own emulation, without the reload it does when touch or mobile changes. */
  async function inPlace(page, change) {
    page.reload = () => Promise.resolve(null);
    try {
      await change();
    } finally {
      delete page.reload;
    }
  }

  async function toPhone(page) {
    if (phones.has(page)) return;
    const state = { viewport: page.viewport(), userAgent: await page.browser().userAgent() };
    // The runner reuses its pages: when the test file's page goes (its session ends), so does the phone.
    state.navigated = (frame) => frame === page.mainFrame() && void toDesktop(page).catch(() => undefined);
    page.on('framenavigated', state.navigated);
    phones.set(page, state);
    await inPlace(page, () => page.emulate(phone));
  }

  async function toDesktop(page) {
    const state = phones.get(page);
    if (!state) return;
    phones.delete(page);
    page.off('framenavigated', state.navigated);
    await state.touch?.end().catch(() => undefined);
    await inPlace(page, async () => {
      await page.setUserAgent({ userAgent: state.userAgent });
      await page.setViewport(state.viewport);
    });
  }

  const commands = {
    device: async (page, { phone: on }) => {
      await (on ? toPhone(page) : toDesktop(page));
      return true;
    },

    touch: async (page, { action, x, y, toX, toY, target }) => {
      const state = phones.get(page);
      if (!state) throw new Error('touch: switch the page to the phone first ({ phone: true })');
      if (state.touch && action !== 'up') {
        // A finger a failed test left down would make every later touch a second finger.
        await state.touch.end().catch(() => undefined);
        state.touch = undefined;
      }
      if (action === 'tap' && target) {
        // A control in the widget, found as a user finds it (role and name), tapped in its middle.
        const control = await (await widgetFrame(page)).locator(`::-p-aria(${target.name}[role="${target.role}"])`).waitHandle();
        await control.scrollIntoView();
        const box = await control.boundingBox(); // on the page's screen, frames' offsets included
        await control.dispose();
        return page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      }
      if (action === 'tap') return page.touchscreen.tap(x, y);
      if (action === 'swipe') {
        const finger = await page.touchscreen.touchStart(x, y);
        const steps = 10;
        for (let step = 1; step <= steps; step++) {
          await finger.move(x + ((toX - x) * step) / steps, y + ((toY - y) * step) / steps);
          await sleep(16); // a frame apart, as a finger moves
        }
        await sleep(200); // held still before lifting: no fling goes on scrolling after the command
        return finger.end();
      }
      if (action === 'down') {
        state.touch = await page.touchscreen.touchStart(x, y);
        return undefined;
      }
      if (!state.touch) throw new Error(`touch ${action}: no finger is down`);
      if (action === 'up') {
        const touch = state.touch;
        state.touch = undefined;
        return touch.end();
      }
      throw new Error(`touch: unknown action ${action}`);
    },

    'device-screenshot': async (page, { name, scale }) => {
      if (!phones.has(page)) throw new Error('device-screenshot: switch the page to the phone first ({ phone: true })');
      await mkdir(screenshots, { recursive: true });
      await page.mouse.move(0, 0);
      if (scale) await page.setViewport({ ...phone.viewport, deviceScaleFactor: scale }); // touch and mobile stay: no reload
      try {
        // Animations that end (the overlay fading in, a screen's transition) ended, then two frames
        // painted, in the page and in the widget: the capture has what was just shown, still.
        const still = () =>
          Promise.race([
            Promise.allSettled(document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished)),
            new Promise((resolve) => setTimeout(resolve, 2000)), // one that never ends (paused…) does not hold the capture
          ]).then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await page.evaluate(still);
        const frame = await widgetFrame(page, { wait: 0 }).catch(() => undefined);
        await frame?.evaluate(still);
        const path = new URL(`${name}.png`, screenshots).pathname;
        await page.screenshot({ path, captureBeyondViewport: false });
        return path;
      } finally {
        if (scale) await page.setViewport(phone.viewport);
      }
    },
  };

  return {
    name: 'device-emulation',
    async executeCommand({ command, payload, session }) {
      if (!(command in commands)) return undefined;
      if (command === 'device' && engine !== 'chromium') return phoneSized(session, payload.phone, sized);
      // The other commands need Chromium's emulation (its touch input is the DevTools protocol's).
      if (engine !== 'chromium') throw new Error(`${command}: needs Chromium's device emulation`);
      const page = session.browser.getPage(session.id);
      return (await commands[command](page, payload ?? {})) ?? true;
    },
  };
}
