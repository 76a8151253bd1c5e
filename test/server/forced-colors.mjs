/**
 * Test-runner command `forced-colors-screenshot` (Chromium only: its DevTools protocol emulates
 * `forced-colors: active`, as Windows High Contrast sets it): `{ clip: { x, y, width, height } }`
 * answers a PNG of that part of the page (base64) as it looks with forced colours, then turns the
 * emulation off again. Through the protocol itself: puppeteer's `page.emulateMediaFeatures()` refuses
 * `forced-colors` (puppeteer-core 24 allows only prefers-color-scheme, prefers-reduced-motion and
 * color-gamut).
 */
export function forcedColors() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const devTools = await page.createCDPSession();
      try {
        await devTools.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
        return await page.screenshot({ clip: payload.clip, encoding: 'base64' });
      } finally {
        await devTools.send('Emulation.setEmulatedMedia', { features: [] });
        await devTools.detach();
      }
    },
  };
}
